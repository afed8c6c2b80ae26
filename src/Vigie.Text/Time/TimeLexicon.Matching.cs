using Vigie.Core;
using Vigie.Text.Numbers;
using Vigie.Text.Tokens;

namespace Vigie.Text.Time;

public sealed partial class TimeLexicon
{
    /// <summary>The longest pattern match starting at token <paramref name="start"/> (ties: the earlier pattern).</summary>
    public TimeMatch? Match(IReadOnlyList<Token> tokens, int start, int limit)
    {
        var t = tokens[start];
        // What a word can start is looked up once per word form; most tokens start nothing.
        var facts = FactsOf(t);
        var ws = facts.Starts.StartsAny ? facts.Starts : null;
        bool digit = t.Text.Length > 0 && char.IsAsciiDigit(t.Text[0]);
        bool hyphenated = t.IsWord && t.Fold.Contains('-');
        bool punct = t.Kind == TokenKind.Punctuation;
        if (ws is null && !digit && !hyphenated && !punct && facts.RegexStarts == 0) return null;
        // Candidate patterns come from the index, each once (a pattern may be reached by several keys).
        Span<bool> seen = stackalloc bool[Patterns.Count];
        TimeMatch? best = null;
        var frames = WalkFrames();
        if (ws is not null)
        {
            Try(ws.Patterns, tokens, start, limit, seen, frames, ref best);
            if (ws.ClassStarts is { } starts)
                foreach (var (trie, list) in starts)
                    if (trie.Match(tokens, start, limit).Length > 0) Try(list, tokens, start, limit, seen, frames, ref best);
        }
        if (digit) Try(_digitStarts, tokens, start, limit, seen, frames, ref best);
        else if (t.IsWord && _numStarts is not null && (hyphenated ? Numbers.IsNumberWord(t.Fold) : ws is { NumberWord: true }))
            Try(_numStarts, tokens, start, limit, seen, frames, ref best);
        if (hyphenated) Try(_numUnitStarts, tokens, start, limit, seen, frames, ref best);
        if (punct) Try(_punctStarts, tokens, start, limit, seen, frames, ref best);
        // Patterns that begin with a regex: only those whose leading regex this word form matches.
        for (ulong bits = facts.RegexStarts; bits != 0; bits &= bits - 1)
            Try(_regexStarts![System.Numerics.BitOperations.TrailingZeroCount(bits)], tokens, start, limit, seen, frames, ref best);
        return best;
    }

    private void Try(List<TimePattern>? list, IReadOnlyList<Token> tokens, int start, int limit, Span<bool> seen,
        TimeFrame[] frames, ref TimeMatch? best)
    {
        if (list is null) return;
        foreach (var p in list) Try(p, tokens, start, limit, seen, frames, ref best);
    }

    private void Try(TimePattern p, IReadOnlyList<Token> tokens, int start, int limit, Span<bool> seen,
        TimeFrame[] frames, ref TimeMatch? best)
    {
        if (seen[p.Priority]) return;
        seen[p.Priority] = true;
        Walk(p, 0, tokens, start, start, limit, p.Prototype, frames, -1, -1, ref best);
    }

    /// <summary>What a word (by fold) can start: patterns beginning with it, class phrases beginning
    /// with it (with those classes' patterns, and the mask of all the classes it can start), and
    /// whether it is a number word.</summary>
    private sealed class WordStarts(TimeLexicon lexicon)
    {
        /// <summary>The lexicon that computed this (a word form's fact is valid only for it).</summary>
        public readonly TimeLexicon Lexicon = lexicon;
        public List<TimePattern>? Patterns;
        public (PhraseMatcher<string> Trie, List<TimePattern> Patterns)[]? ClassStarts;
        public ulong ClassMask;
        /// <summary>The bits of the literal elements the word is one of the words of.</summary>
        public ulong LiteralMask;
        public bool NumberWord;
        /// <summary>False for a word that only belongs to classes or literals further in patterns.</summary>
        public bool StartsAny => Patterns is not null || ClassStarts is not null || NumberWord;
    }

    /// <summary>
    /// Every word that can start a pattern, keyed by fold: one lookup per token replaces one per
    /// kind of start (and builds no "w:" + fold key string).
    /// </summary>
    private readonly Dictionary<string, WordStarts> _wordStarts = new(StringComparer.Ordinal);

    /// <summary>Built-ins that only a token starting with a digit can match.</summary>
    private static readonly string[] DigitBuiltins = ["b:num", "b:day", "b:dayx", "b:year", "b:year2", "b:monthnum", "b:hour", "b:minute"];

    private WordStarts StartsFor(string fold) =>
        _wordStarts.TryGetValue(fold, out var ws) ? ws : _wordStarts[fold] = new WordStarts(this);

    /// <summary>
    /// What a word form can start: its word's <see cref="WordStarts"/> (shared by every form of the
    /// fold), and the bits of the regex-start patterns whose leading regex matches the form (a
    /// regex reads the normal form, which may differ between forms of one fold).
    /// </summary>
    private sealed record FormFacts(TimeLexicon Lexicon, WordStarts Starts, ulong RegexStarts);

    /// <summary>The slot of a word form where its <see cref="FormFacts"/> are kept.</summary>
    private static readonly int FactsSlot = WordForm.NewSlot();

    /// <summary>What token <paramref name="t"/> can start, computed once per word form.</summary>
    private FormFacts FactsOf(Token t)
    {
        if (t.Form.Fact(FactsSlot) is FormFacts known && known.Lexicon == this) return known;
        var facts = new FormFacts(this, _wordStarts.GetValueOrDefault(t.Fold) ?? _startsNothing, RegexStartsOf(t.Norm));
        t.Form.SetFact(FactsSlot, facts);
        return facts;
    }

    private WordStarts StartsOf(Token t) => FactsOf(t).Starts;

    /// <summary>
    /// The regex-start patterns (bit j: <c>_regexStarts[j]</c>) that can match from a token of
    /// normal form <paramref name="norm"/>: those with a leading regex (one not preceded by a
    /// required element) that matches it. The others cannot: a leading element other than a regex
    /// that consumed the token would have brought the pattern in through its own index key first
    /// (<see cref="Match"/> tries those keys before the regex starts, and walks a pattern once).
    /// </summary>
    private ulong RegexStartsOf(string norm)
    {
        ulong bits = 0;
        for (int j = 0; j < _leadingRegexes.Length; j++)
            foreach (var re in _leadingRegexes[j])
                if (re.IsMatch(norm)) { bits |= 1UL << j; break; }
        return bits;
    }

    /// <summary>For each regex-start pattern, its leading regexes.</summary>
    private System.Text.RegularExpressions.Regex[][] _leadingRegexes = [];

    private readonly WordStarts _startsNothing;

    /// <summary>Compiles the per-word and digit start lists once, after the patterns are indexed.</summary>
    private void CompileStarts()
    {
        foreach (var (key, list) in _index)
            if (key.StartsWith("w:", StringComparison.Ordinal)) StartsFor(key[2..]).Patterns = list;
        foreach (var (word, classes) in _classesByFirstWord)
        {
            var starts = classes.Where(c => _index.ContainsKey("c:" + c)).Select(c => (_classes[c], _index["c:" + c])).ToArray();
            var ws = StartsFor(word);
            if (starts.Length > 0) ws.ClassStarts = starts;
            foreach (var c in classes) ws.ClassMask |= _classBits[c];
        }
        _digitStarts = DigitBuiltins.SelectMany(k => _index.GetValueOrDefault(k) ?? []).Distinct().ToList();
        _numStarts = _index.GetValueOrDefault("b:num");
        if (_numStarts is not null)
            foreach (var word in Numbers.Words) StartsFor(word).NumberWord = true;
        _numUnitStarts = _index.GetValueOrDefault("b:numunit");
        _punctStarts = _index.GetValueOrDefault("b:punct");
        // A pattern reached through several leading regexes is listed once.
        _regexStarts = _index.GetValueOrDefault("re")?.Distinct().ToList();
        if (_regexStarts is { Count: > 64 }) throw new InvalidOperationException($"time-patterns.tsv ({Lang}): more than 64 patterns begin with a regex, the most the start index can hold");
        _leadingRegexes = (_regexStarts ?? []).Select(LeadingRegexes).ToArray();
        int literals = 0;
        foreach (var l in Patterns.SelectMany(p => p.Elements).OfType<LiteralElement>())
        {
            l.Bit = 1UL << (literals++ % 64);
            foreach (var fold in l.Folds) StartsFor(fold).LiteralMask |= l.Bit;
        }
        _maxElements = Patterns.Select(p => p.Elements.Length).DefaultIfEmpty(0).Max();
    }

    private List<TimePattern> _digitStarts = [];

    private static System.Text.RegularExpressions.Regex[] LeadingRegexes(TimePattern p)
    {
        var found = new List<System.Text.RegularExpressions.Regex>();
        foreach (var e in p.Elements)
        {
            if (e is RegexElement r) found.Add(r.Regex);
            if (!e.Optional) break;
        }
        return [.. found];
    }

    /// <summary>The index entries that <see cref="Match"/> consults for every token, looked up once.</summary>
    private List<TimePattern>? _numStarts, _numUnitStarts, _punctStarts;
    private List<TimePattern>? _regexStarts;

    /// <summary>The most elements in one pattern: the depth of <see cref="Walk"/>'s frame stack.</summary>
    private int _maxElements;

    /// <summary>
    /// Reusable frames for <see cref="Walk"/>, one per element depth (index e: the frame that
    /// element e writes to) plus a scratch frame at index <see cref="_maxElements"/> for "dayx".
    /// Thread-static because a lexicon is shared by the pipeline's threads; Match does not
    /// re-enter itself, so one stack per thread suffices (and serves every lexicon, grown as needed).
    /// </summary>
    [ThreadStatic] private static TimeFrame[]? t_frames;

    private TimeFrame[] WalkFrames()
    {
        var frames = t_frames;
        if (frames is null || frames.Length <= _maxElements)
        {
            frames = new TimeFrame[_maxElements + 1];
            for (int k = 0; k < frames.Length; k++) frames[k] = new TimeFrame();
            t_frames = frames;
        }
        return frames;
    }

    /// <summary>
    /// A frame that is copied only when an element writes to it: most candidate patterns fail on
    /// their first element. The copy goes into <paramref name="target"/>, a reusable frame of the
    /// walk's stack, instead of a new object: allocating a clone per candidate element was the
    /// time stage's main cost, and most of those clones died when the pattern failed later.
    /// </summary>
    private struct LazyFrame(TimeFrame source, TimeFrame target)
    {
        private bool _written;
        public readonly TimeFrame Read => _written ? target : source;
        public TimeFrame Write
        {
            get
            {
                if (!_written) { target.CopyFrom(source); _written = true; }
                return target;
            }
        }
    }

    /// <summary>
    /// Matches elements <paramref name="e"/>... of <paramref name="p"/> from token <paramref name="i"/>.
    /// <paramref name="f"/> is never written to: an element that fills slots writes to its own copy,
    /// in <c>frames[e]</c>. That is safe because <paramref name="f"/> is the pattern's prototype or
    /// <c>frames[k]</c> for some k &lt; e (an optional element passes its own input on unchanged),
    /// and deeper calls write only to <c>frames[e + 1]</c> and beyond, so the frames of the path
    /// being walked stay intact while it is walked. Only a winning match gets a frame of its own.
    /// </summary>
    private void Walk(TimePattern p, int e, IReadOnlyList<Token> tokens, int start, int i, int limit, TimeFrame f,
        TimeFrame[] frames, int spanStart, int spanEnd, ref TimeMatch? best)
    {
        if (e == p.Elements.Length)
        {
            if (spanStart < 0 || spanEnd <= spanStart) return;
            int length = i - start;
            if (best is null || length > best.MatchLength || (length == best.MatchLength && p.Priority < best.Pattern.Priority))
                best = new TimeMatch(p, spanStart, spanEnd, length, f.Clone());   // f may be a reused stack frame; the resolver may complete its own
            return;
        }
        var el = p.Elements[e];
        if (el.Optional) Walk(p, e + 1, tokens, start, i, limit, f, frames, spanStart, spanEnd, ref best);
        if (i >= limit) return;
        var next = new LazyFrame(f, frames[e]);
        int len = MatchElement(el, tokens, i, limit, frames, ref next);
        if (len == 0) return;
        if (!el.Context) { if (spanStart < 0) spanStart = i; spanEnd = i + len; }
        Walk(p, e + 1, tokens, start, i + len, limit, next.Read, frames, spanStart, spanEnd, ref best);
    }

    /// <summary>Tokens consumed by one element at <paramref name="i"/> (0: no match); fills slots of <paramref name="f"/>.</summary>
    private int MatchElement(TimeElement el, IReadOnlyList<Token> tokens, int i, int limit, TimeFrame[] frames, ref LazyFrame f)
    {
        var t = tokens[i];
        switch (el)
        {
            case LiteralElement l:
                return (StartsOf(t).LiteralMask & l.Bit) != 0 && l.Folds.Contains(t.Fold) ? 1 : 0;
            case ClassElement c:
            {
                // Most tries are asked about words they cannot start: a bit of the word form's mask says so.
                if (c.Bit != 0 && (StartsOf(t).ClassMask & c.Bit) == 0) return 0;
                var (len, values) = c.Trie.Match(tokens, i, limit);
                if (len == 0) return 0;
                if (len == 1 && _exactCase.TryGetValue(t.Fold, out var exact) && t.Text != exact) return 0;
                return SetClass(c.Class, values[0], ref f) ? len : 0;
            }
            case RegexElement r:
            {
                var m = r.Regex.Match(t.Norm);
                if (!m.Success) return 0;
                foreach (var name in r.GroupNames)
                {
                    var g = m.Groups[name];
                    if (!g.Success || char.IsDigit(name[0])) continue;
                    bool ok = name switch
                    {
                        "monthname" => LookUp("month", g.Value, ref f),
                        "unitname" => LookUp("unit", g.Value, ref f),
                        "year" when g.Value.Length == 2 => f.Write.Set("year", Year2(int.Parse(g.Value)).ToString()),
                        _ => f.Write.Set(name, g.Value),
                    };
                    if (!ok) return 0;
                }
                return 1;
            }
            case BuiltinElement b:
                return MatchBuiltin(b.Name, tokens, i, limit, frames, ref f);
        }
        return 0;
    }

    private bool LookUp(string cls, string word, ref LazyFrame f) =>
        _classWords.TryGetValue(cls, out var words) && words.TryGetValue(TextNormalizer.Fold(word), out var v) && SetClass(cls, v, ref f);

    /// <summary>A class value is either the value of the slot named like the class, or "slot=value" pairs.</summary>
    private static bool SetClass(string cls, string value, ref LazyFrame f)
    {
        if (value.Contains('='))
        {
            foreach (var pair in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = pair.IndexOf('=');
                if (eq <= 0 || !f.Write.Set(pair[..eq], pair[(eq + 1)..])) return false;
            }
            return true;
        }
        return !TimeFrame.Slots.Contains(cls) || f.Write.Set(cls, value.Length == 0 ? "1" : value);
    }

    private static int Year2(int v) => v < 50 ? 2000 + v : 1900 + v;

    private int MatchBuiltin(string name, IReadOnlyList<Token> tokens, int i, int limit, TimeFrame[] frames, ref LazyFrame f)
    {
        var t = tokens[i];
        bool digits = t.Kind == TokenKind.Number && !t.Text.AsSpan().ContainsAnyExceptInRange('0', '9');
        int v = digits && t.Text.Length <= 4 ? int.Parse(t.Text) : -1;
        switch (name)
        {
            case "num":
                if (!Numbers.TryParse(tokens, i, limit, out var n, out var len)) return 0;
                f.Write.Num = n;
                return len;
            case "dayx":
                // The other end of a range fills no slot: "day" writes to the scratch frame, which
                // is nobody's input, so the path's frame (frames[e]) stays untouched.
                var scratch = new LazyFrame(f.Read, frames[_maxElements]);
                return MatchBuiltin("day", tokens, i, limit, frames, ref scratch);
            case "day":
                if (digits && t.Text.Length <= 2 && v is >= 1 and <= 31) { f.Write.Day = v; return 1; }
                // 1er, 2nd, 21st: digits and an ordinal suffix listed in time.tsv.
                int k = 0;
                while (k < t.Text.Length && char.IsAsciiDigit(t.Text[k])) k++;
                if (t.Kind == TokenKind.Word && k is 1 or 2 && _classWords.TryGetValue("ordsuffix", out var suffixes)
                    && suffixes.ContainsKey(t.Fold[k..]) && int.Parse(t.Text[..k]) is >= 1 and <= 31 and var d)
                { f.Write.Day = d; return 1; }
                return 0;
            case "year":
                if (digits && t.Text.Length == 4 && v is >= 1000 and <= 2199) { f.Write.Year = v; return 1; }
                return 0;
            case "year2":
                if (digits && t.Text.Length == 2) { f.Write.Year = Year2(v); return 1; }
                return 0;
            case "monthnum":
                if (digits && t.Text.Length <= 2 && v is >= 1 and <= 12) { f.Write.Month = v; return 1; }
                return 0;
            case "hour":
                if (digits && t.Text.Length <= 2 && v is >= 0 and <= 24) { f.Write.Hour = v; return 1; }
                return 0;
            case "minute":
                if (digits && t.Text.Length == 2 && v is >= 0 and <= 59) { f.Write.Minute = v; return 1; }
                return 0;
            case "numunit":
            {
                // "fifty-year", "two-day": a number word, a hyphen and a unit, as one token.
                int dash = t.Fold.LastIndexOf('-');
                if (t.Kind != TokenKind.Word || dash <= 0) return 0;
                var left = t.Fold[..dash];
                decimal count;
                if (Numbers.TryParseWord(left, out var word)) count = word;
                else if (Numbers.ParseDigits(left) is { } written) count = written;
                else return 0;
                if (!LookUp("unit", t.Fold[(dash + 1)..], ref f)) return 0;
                f.Write.Num = count;
                return 1;
            }
            case "punct":
                return t.Kind == TokenKind.Punctuation ? 1 : 0;
        }
        return 0;
    }
}
