using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text.Tokens;

namespace Vigie.Text.Time;

/// <summary>A pattern matched at a place: the span's token range and the filled slots.</summary>
public sealed record TimeMatch(TimePattern Pattern, int SpanStart, int SpanEnd, int MatchLength, TimeFrame Frame);

/// <summary>
/// A language's time knowledge, loaded once from data/lang/xx/: <c>time.tsv</c> (words and
/// phrases by class: months, weekdays, units, directions...), <c>time-patterns.tsv</c> (token
/// patterns with their TIMEX type and resolving operation), <c>time-tense.tsv</c> (cues of the
/// future and the past) and <c>number-words.tsv</c>. Phrases are compiled into tries and
/// patterns indexed by their first element, so matching never scans a word list.
/// </summary>
public sealed class TimeLexicon
{
    private readonly Dictionary<string, PhraseMatcher<string>> _classes = new(StringComparer.Ordinal);
    /// <summary>Single-word forms by class, for regex groups and hyphenated compounds ("fifty-year").</summary>
    private readonly Dictionary<string, Dictionary<string, string>> _classWords = new(StringComparer.Ordinal);
    /// <summary>Forms that match only as written ("May", not the verb "may"), by folded form.</summary>
    private readonly Dictionary<string, string> _exactCase = new(StringComparer.Ordinal);
    /// <summary>The classes having a phrase that starts with a word, so a token only tries those tries.</summary>
    private readonly Dictionary<string, HashSet<string>> _classesByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TimePattern>> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tenseWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tenseSuffixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tenseExceptions = new(StringComparer.Ordinal);
    private int _longestSuffix;

    public string Lang { get; }
    public NumberWords Numbers { get; }
    public IReadOnlyList<TimePattern> Patterns { get; private set; } = [];

    private TimeLexicon(string lang, NumberWords numbers) { Lang = lang; Numbers = numbers; }

    private static readonly Dictionary<string, TimeLexicon> _cache = new();

    /// <summary>The lexicon of a language, loaded once from the data folder.</summary>
    public static TimeLexicon For(string lang)
    {
        lock (_cache)
        {
            if (!_cache.TryGetValue(lang, out var lex))
                _cache[lang] = lex = Load(lang, DataDirectory.Path("lang", lang), TokenizerRules.For(lang));
            return lex;
        }
    }

    /// <exception cref="DataFileException">a file is missing or malformed (the message names file:line).</exception>
    public static TimeLexicon Load(string lang, string folder, TokenizerRules rules)
    {
        var lex = new TimeLexicon(lang, NumberWords.Load(lang, Path.Combine(folder, "number-words.tsv")));
        foreach (var row in DataFile.Load(Path.Combine(folder, "time.tsv"), "form", "class").Rows)
        {
            var cls = row["class"];
            var value = row.Optional("value") ?? "";
            if (TimeFrame.Slots.Contains(cls) && !new TimeFrame().Set(cls, value.Length == 0 ? "1" : value))
                throw row.Error($"value '{value}' is not valid for class '{cls}'", "TIME001");
            if (!lex._classes.TryGetValue(cls, out var trie))
            {
                lex._classes[cls] = trie = new PhraseMatcher<string>();
                lex._classWords[cls] = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            foreach (var form in row.List("form"))
            {
                trie.Add(form, value, rules);
                var first = Tokenizer.Tokenize(form, new TextSpan(0, form.Length), rules)[0].Fold;
                (lex._classesByFirstWord.TryGetValue(first, out var set) ? set : lex._classesByFirstWord[first] = []).Add(cls);
                if (!form.Contains(' ')) lex._classWords[cls].TryAdd(TextNormalizer.Fold(form), value);
                if (row.Optional("case") == "exact") lex._exactCase[TextNormalizer.Fold(form)] = form;
            }
        }
        var patterns = new List<TimePattern>();
        foreach (var row in DataFile.Load(Path.Combine(folder, "time-patterns.tsv"), "id", "pattern", "type", "op").Rows)
        {
            var p = TimePattern.Parse(row, lex._classes.ContainsKey, patterns.Count);
            if (patterns.Any(q => q.Id == p.Id)) throw row.Error($"duplicate id '{p.Id}'", "TIME008");
            patterns.Add(p);
            foreach (var tag in FirstTags(p)) (lex._index.TryGetValue(tag, out var list) ? list : lex._index[tag] = []).Add(p);
        }
        lex.Patterns = patterns;
        lex.CompileStarts();
        foreach (var row in DataFile.Load(Path.Combine(folder, "time-tense.tsv"), "cue", "match", "tense").Rows)
        {
            int tense = row["tense"] switch
            {
                "future" => 1, "past" => -1, "none" => 0,
                var t => throw row.Error($"unknown tense '{t}' (future, past, none)", "TIME009"),
            };
            // Tense cues keep their accents: folded, the preposition "à" would read as the verb "a".
            var cue = TextNormalizer.Norm(row["cue"]);
            switch (row["match"])
            {
                case "word": lex._tenseWords[cue] = tense; break;
                case "suffix": lex._tenseSuffixes[cue] = tense; lex._longestSuffix = Math.Max(lex._longestSuffix, cue.Length); break;
                case "except": lex._tenseExceptions.Add(cue); break;
                default: throw row.Error($"unknown match '{row["match"]}' (word, suffix, except)", "TIME009");
            }
        }
        return lex;
    }

    /// <summary>Index keys of the tokens a pattern can start with (optional and context elements included).</summary>
    private static IEnumerable<string> FirstTags(TimePattern p)
    {
        foreach (var e in p.Elements)
        {
            switch (e)
            {
                case LiteralElement l: foreach (var f in l.Folds) yield return "w:" + f; break;
                case ClassElement c: yield return "c:" + c.Class; break;
                case BuiltinElement b: yield return "b:" + b.Name; break;
                default: yield return "re"; break;
            }
            if (!e.Optional) yield break;
        }
    }

    /// <summary>The longest pattern match starting at token <paramref name="start"/> (ties: the earlier pattern).</summary>
    public TimeMatch? Match(IReadOnlyList<Token> tokens, int start, int limit)
    {
        var t = tokens[start];
        // Candidate patterns come from the index, each once (a pattern may be reached by several keys).
        Span<bool> seen = stackalloc bool[Patterns.Count];
        TimeMatch? best = null;
        Try(_index.GetValueOrDefault(WordKey(t.Fold)), tokens, start, limit, seen, ref best);
        if (_classStartsByWord.TryGetValue(t.Fold, out var starts))
            foreach (var (trie, list) in starts)
                if (trie.Match(tokens, start, limit).Length > 0) Try(list, tokens, start, limit, seen, ref best);
        if (t.Text.Length > 0 && char.IsAsciiDigit(t.Text[0])) Try(_digitStarts, tokens, start, limit, seen, ref best);
        else if (t.IsWord && Numbers.IsNumberWord(t.Fold)) Try(_index.GetValueOrDefault("b:num"), tokens, start, limit, seen, ref best);
        if (t.IsWord && t.Fold.Contains('-')) Try(_index.GetValueOrDefault("b:numunit"), tokens, start, limit, seen, ref best);
        if (t.Kind == TokenKind.Punctuation) Try(_index.GetValueOrDefault("b:punct"), tokens, start, limit, seen, ref best);
        Try(_index.GetValueOrDefault("re"), tokens, start, limit, seen, ref best);
        return best;
    }

    private void Try(List<TimePattern>? list, IReadOnlyList<Token> tokens, int start, int limit, Span<bool> seen, ref TimeMatch? best)
    {
        if (list is null) return;
        foreach (var p in list)
        {
            if (seen[p.Priority]) continue;
            seen[p.Priority] = true;
            Walk(p, 0, tokens, start, start, limit, p.Prototype.Clone(), -1, -1, ref best);
        }
    }

    private static string WordKey(string fold) => "w:" + fold;

    /// <summary>Built-ins that only a token starting with a digit can match.</summary>
    private static readonly string[] DigitBuiltins = ["b:num", "b:day", "b:dayx", "b:year", "b:year2", "b:monthnum", "b:hour", "b:minute"];

    /// <summary>Compiles the per-class and digit start lists once, after the patterns are indexed.</summary>
    private void CompileStarts()
    {
        foreach (var (word, classes) in _classesByFirstWord)
        {
            var starts = classes.Where(c => _index.ContainsKey("c:" + c)).Select(c => (_classes[c], _index["c:" + c])).ToArray();
            if (starts.Length > 0) _classStartsByWord[word] = starts;
        }
        _digitStarts = DigitBuiltins.SelectMany(k => _index.GetValueOrDefault(k) ?? []).Distinct().ToList();
    }

    private readonly Dictionary<string, (PhraseMatcher<string> Trie, List<TimePattern> Patterns)[]> _classStartsByWord = new(StringComparer.Ordinal);
    private List<TimePattern> _digitStarts = [];

    private void Walk(TimePattern p, int e, IReadOnlyList<Token> tokens, int start, int i, int limit, TimeFrame f,
        int spanStart, int spanEnd, ref TimeMatch? best)
    {
        if (e == p.Elements.Count)
        {
            if (spanStart < 0 || spanEnd <= spanStart) return;
            int length = i - start;
            if (best is null || length > best.MatchLength || (length == best.MatchLength && p.Priority < best.Pattern.Priority))
                best = new TimeMatch(p, spanStart, spanEnd, length, f);
            return;
        }
        var el = p.Elements[e];
        if (el.Optional) Walk(p, e + 1, tokens, start, i, limit, f, spanStart, spanEnd, ref best);
        if (i >= limit) return;
        // Literals and punctuation fill no slot: no need to copy the frame for them.
        var next = el is LiteralElement || el is BuiltinElement { Name: "punct" } ? f : f.Clone();
        int len = MatchElement(el, tokens, i, limit, next);
        if (len == 0) return;
        if (!el.Context) { if (spanStart < 0) spanStart = i; spanEnd = i + len; }
        Walk(p, e + 1, tokens, start, i + len, limit, next, spanStart, spanEnd, ref best);
    }

    /// <summary>Tokens consumed by one element at <paramref name="i"/> (0: no match); fills slots of <paramref name="f"/>.</summary>
    private int MatchElement(TimeElement el, IReadOnlyList<Token> tokens, int i, int limit, TimeFrame f)
    {
        var t = tokens[i];
        switch (el)
        {
            case LiteralElement l:
                return l.Folds.Contains(t.Fold) ? 1 : 0;
            case ClassElement c:
            {
                var (len, values) = _classes[c.Class].Match(tokens, i, limit);
                if (len == 0) return 0;
                if (len == 1 && _exactCase.TryGetValue(t.Fold, out var exact) && t.Text != exact) return 0;
                return SetClass(c.Class, values[0], f) ? len : 0;
            }
            case RegexElement r:
            {
                var m = r.Regex.Match(t.Norm);
                if (!m.Success) return 0;
                foreach (var name in r.Regex.GetGroupNames())
                {
                    var g = m.Groups[name];
                    if (!g.Success || char.IsDigit(name[0])) continue;
                    bool ok = name switch
                    {
                        "monthname" => LookUp("month", g.Value, f),
                        "unitname" => LookUp("unit", g.Value, f),
                        "year" when g.Value.Length == 2 => f.Set("year", Year2(int.Parse(g.Value)).ToString()),
                        _ => f.Set(name, g.Value),
                    };
                    if (!ok) return 0;
                }
                return 1;
            }
            case BuiltinElement b:
                return MatchBuiltin(b.Name, tokens, i, limit, f);
        }
        return 0;
    }

    private bool LookUp(string cls, string word, TimeFrame f) =>
        _classWords.TryGetValue(cls, out var words) && words.TryGetValue(TextNormalizer.Fold(word), out var v) && SetClass(cls, v, f);

    /// <summary>A class value is either the value of the slot named like the class, or "slot=value" pairs.</summary>
    private static bool SetClass(string cls, string value, TimeFrame f)
    {
        if (value.Contains('='))
        {
            foreach (var pair in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = pair.IndexOf('=');
                if (eq <= 0 || !f.Set(pair[..eq], pair[(eq + 1)..])) return false;
            }
            return true;
        }
        return !TimeFrame.Slots.Contains(cls) || f.Set(cls, value.Length == 0 ? "1" : value);
    }

    private static int Year2(int v) => v < 50 ? 2000 + v : 1900 + v;

    private int MatchBuiltin(string name, IReadOnlyList<Token> tokens, int i, int limit, TimeFrame f)
    {
        var t = tokens[i];
        bool digits = t.Kind == TokenKind.Number && t.Text.All(char.IsAsciiDigit);
        int v = digits && t.Text.Length <= 4 ? int.Parse(t.Text) : -1;
        switch (name)
        {
            case "num":
                if (!Numbers.TryParse(tokens, i, limit, out var n, out var len)) return 0;
                f.Num = n;
                return len;
            case "dayx":
                return MatchBuiltin("day", tokens, i, limit, f.Clone());
            case "day":
                if (digits && t.Text.Length <= 2 && v is >= 1 and <= 31) { f.Day = v; return 1; }
                // 1er, 2nd, 21st: digits and an ordinal suffix listed in time.tsv.
                int k = 0;
                while (k < t.Text.Length && char.IsAsciiDigit(t.Text[k])) k++;
                if (t.Kind == TokenKind.Word && k is 1 or 2 && _classWords.TryGetValue("ordsuffix", out var suffixes)
                    && suffixes.ContainsKey(t.Fold[k..]) && int.Parse(t.Text[..k]) is >= 1 and <= 31 and var d)
                { f.Day = d; return 1; }
                return 0;
            case "year":
                if (digits && t.Text.Length == 4 && v is >= 1000 and <= 2199) { f.Year = v; return 1; }
                return 0;
            case "year2":
                if (digits && t.Text.Length == 2) { f.Year = Year2(v); return 1; }
                return 0;
            case "monthnum":
                if (digits && t.Text.Length <= 2 && v is >= 1 and <= 12) { f.Month = v; return 1; }
                return 0;
            case "hour":
                if (digits && t.Text.Length <= 2 && v is >= 0 and <= 24) { f.Hour = v; return 1; }
                return 0;
            case "minute":
                if (digits && t.Text.Length == 2 && v is >= 0 and <= 59) { f.Minute = v; return 1; }
                return 0;
            case "numunit":
            {
                // "fifty-year", "two-day": a number word, a hyphen and a unit, as one token.
                int dash = t.Fold.LastIndexOf('-');
                if (t.Kind != TokenKind.Word || dash <= 0) return 0;
                var left = t.Fold[..dash];
                if (!(Numbers.TryParseWord(left, out var count) || Numbers.TryParseDigits(left, out count))) return 0;
                if (!LookUp("unit", t.Fold[(dash + 1)..], f)) return 0;
                f.Num = count;
                return 1;
            }
            case "punct":
                return t.Kind == TokenKind.Punctuation ? 1 : 0;
        }
        return 0;
    }

    /// <summary>
    /// The tense around tokens [first, end) of a sentence: +1 when the nearest cue is a future
    /// form (-era, -ront, va + infinitive, will), -1 when it is a past one, 0 when none is found
    /// within the sentence.
    /// </summary>
    public int Tense(IReadOnlyList<Token> tokens, Sentence sentence, int first, int end)
    {
        for (int d = 1; d <= sentence.TokenCount; d++)
        {
            int l = first - d, r = end - 1 + d;
            bool any = false;
            if (l >= sentence.FirstToken) { any = true; if (Cue(tokens[l], l == sentence.FirstToken) is int c and not 0) return c; }
            if (r < sentence.EndToken) { any = true; if (Cue(tokens[r], false) is int c and not 0) return c; }
            if (!any) break;
        }
        return 0;
    }

    private int Cue(Token t, bool sentenceStart)
    {
        if (!t.IsWord) return 0;
        if (_tenseWords.TryGetValue(t.Norm, out var w)) return w;
        // Capitalised words inside a sentence are names: "Vera", "Sahara" are not verbs.
        if (_tenseExceptions.Contains(t.Norm) || (t.IsCapitalized && !sentenceStart)) return 0;
        var s = t.Norm;
        for (int n = Math.Min(_longestSuffix, s.Length - 2); n >= 1; n--)
            if (_tenseSuffixes.TryGetValue(s[^n..], out var tense)) return tense;
        return 0;
    }
}
