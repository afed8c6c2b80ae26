using Vigie.Core;

namespace Vigie.Text.Tokens;

/// <summary>
/// Splits text into tokens with offsets into the original text. Keeps whole: hyphenated names
/// (Maison-Blanche, Jong-Un), abbreviations (M., janv., U.S.), numbers with thousands separators
/// ("1 000", "300 000", "1,000") and decimals ("1,5"). Splits: French elisions (l', qu'),
/// clitics (a-t-il → a -t-il; didn't → did n't; Russia's → Russia 's), punctuation.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan range, TokenizerRules rules)
    {
        var tokens = new List<Token>();
        TokenizeInto(text, range, rules, tokens);
        return tokens;
    }

    /// <summary>
    /// Appends the tokens of <paramref name="range"/> to <paramref name="tokens"/> (their indexes
    /// count from the first appended), so that a document's token list is filled in place rather
    /// than built aside and copied.
    /// </summary>
    public static void TokenizeInto(string text, TextSpan range, TokenizerRules rules, List<Token> tokens)
    {
        int first = tokens.Count;
        // About one token per six characters of news text: room for most documents at once.
        tokens.EnsureCapacity(first + range.Length / 6 + 4);
        int i = range.Start, end = range.End;
        bool space = true;
        var forms = Forms.Of(rules);
        while (i < end)
        {
            char c = text[i];
            if (TextNormalizer.IsSpace(c)) { space = true; i++; continue; }
            int start = i;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end);
                kind = TokenKind.Number;
                if (i < end && char.IsLetter(text[i]))
                {
                    i = ScanWord(text, i, end, rules, out _);
                    kind = TokenKind.Word;
                }
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(text, i, end, rules, out _);
                kind = TokenKind.Word;
            }
            else if (TextNormalizer.IsQuoteMark(c))
            {
                i++;
                kind = TokenKind.Quote;
            }
            else if (TextNormalizer.IsApostrophe(c))
            {
                // A clitic of its own ('s after a closing quote) or a single quotation mark.
                int cl = MatchClitic(text, i, end, rules);
                if (cl > 0) { i += cl; kind = TokenKind.Word; }
                else { i++; kind = TokenKind.Quote; }
            }
            else if (TextNormalizer.IsHyphen(c) && !space && MatchClitic(text, i, end, rules) is > 0 and var hyphenClitic)
            {
                i += hyphenClitic;   // -t-il after its verb
                kind = TokenKind.Word;
            }
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                i += 3;
                kind = TokenKind.Punctuation;
            }
            else if (char.IsPunctuation(c))
            {
                i++;
                kind = TokenKind.Punctuation;
            }
            else
            {
                i++;
                kind = TokenKind.Symbol;
            }
            tokens.Add(Make(forms, text, start, i, kind, space, tokens.Count - first));
            space = false;
        }
    }

    private static Token Make(Forms forms, string text, int start, int end, TokenKind kind, bool space, int index)
    {
        var form = forms.Get(text.AsSpan(start, end - start));
        return new Token
        {
            Index = index,
            Span = TextSpan.FromBounds(start, end),
            Text = form.Text,
            Norm = form.Norm,
            Fold = form.Fold,
            Kind = kind,
            SpaceBefore = space,
            Expansion = form.Expansion,
            Form = form,
        };
    }

    /// <summary>
    /// The word forms (<see cref="WordForm"/>: the strings of a token, its expansion, and the
    /// facts stages keep about the word) shared between tokens of the same surface: news text
    /// repeats a few thousand words, and making three strings per token was most of the
    /// tokenizer's allocation. One cache per thread and language (no lock; the pipeline runs a
    /// document on one thread; the expansion depends on the language's rules), looked up by span
    /// so that a known word allocates nothing, and emptied when it grows past
    /// <see cref="MaxEntries"/> so that memory stays bounded on any input. Strings are
    /// immutable, so sharing them is invisible to the stages.
    /// The tokenizer fetches the thread's cache once per call, not once per token: a thread-static
    /// read goes through a runtime helper here, and so does making the span lookup.
    /// </summary>
    private sealed class Forms
    {
        private const int MaxEntries = 50_000;
        private const int MaxLength = 40;

        /// <summary>This thread's caches, one per language's rules (a handful: searched in order).</summary>
        [ThreadStatic] private static List<Forms>? t_forms;

        public static Forms Of(TokenizerRules rules)
        {
            var all = t_forms ??= [];
            foreach (var f in all) if (f._rules == rules) return f;
            // Two languages in use; more rules only come from tests loading their own: keep a few.
            if (all.Count >= 4) all.RemoveAt(0);
            var made = new Forms(rules);
            all.Add(made);
            return made;
        }

        private readonly TokenizerRules _rules;
        private readonly Dictionary<string, WordForm> _cache;
        private readonly Dictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        private Forms(TokenizerRules rules)
        {
            _rules = rules;
            _cache = new Dictionary<string, WordForm>(1024, StringComparer.Ordinal);
            _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public WordForm Get(ReadOnlySpan<char> surface)
        {
            if (surface.Length > MaxLength) return Make(surface.ToString());
            if (_lookup.TryGetValue(surface, out var form)) return form;
            if (_cache.Count >= MaxEntries) _cache.Clear();
            var made = Make(surface.ToString());
            _cache[made.Text] = made;
            return made;
        }

        private WordForm Make(string surface)
        {
            var norm = TextNormalizer.Norm(surface);
            return new WordForm(surface, norm, TextNormalizer.FoldNorm(norm), _rules.Contractions.GetValueOrDefault(norm));
        }
    }

    private static int ScanNumber(string text, int i, int end)
    {
        int start = i;
        while (i < end && char.IsDigit(text[i])) i++;
        bool grouped = false;
        while (i < end)
        {
            char c = text[i];
            // Decimal or grouping mark between digits: 1,5 · 1.68 · 1,000 · 1.000
            if ((c == ',' || c == '.') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
                while (i < end && char.IsDigit(text[i])) i++;
                continue;
            }
            // A space-like thousands separator followed by exactly three digits (1 000 · 300 000);
            // the first group has at most three digits, so "en 2022 100 soldats" stays two numbers.
            if (c is ' ' or '\u00A0' or '\u202F' or '\u2009' && (grouped || i - start <= 3)
                && IsDigits(text, i + 1, 3, end) && (i + 4 >= end || !char.IsDigit(text[i + 4])))
            {
                i += 4;
                grouped = true;
                continue;
            }
            break;
        }
        return i;
    }

    private static bool IsDigits(string text, int from, int count, int end)
    {
        if (from + count > end) return false;
        for (int k = from; k < from + count; k++) if (!char.IsDigit(text[k])) return false;
        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static int ScanWord(string text, int i, int end, TokenizerRules rules, out bool split)
    {
        int start = i;
        split = false;
        while (true)
        {
            while (i < end && IsWordChar(text[i])) i++;
            if (i >= end) return i;
            char c = text[i];
            if (TextNormalizer.IsApostrophe(c))
            {
                // Elision: l'ONU, qu'il, jusqu'à — the elided word ends the token.
                if (IsElision(text.AsSpan(start, i + 1 - start), rules)) return i + 1;
                // English "n't": did|n't
                if (i - 1 > start && char.ToLowerInvariant(text[i - 1]) == 'n' && i + 1 < end && char.ToLowerInvariant(text[i + 1]) == 't'
                    && (i + 2 >= end || !char.IsLetter(text[i + 2])) && Array.IndexOf(rules.Clitics, "n't") >= 0)
                    return i - 1;
                if (MatchClitic(text, i, end, rules) > 0) return i;
                if (i + 1 < end && char.IsLetter(text[i + 1])) { i++; continue; }  // aujourd'hui, O'Brien
                return i;
            }
            if (TextNormalizer.IsHyphen(c) && i + 1 < end && IsWordChar(text[i + 1]))
            {
                if (MatchClitic(text, i, end, rules) > 0) return i;   // a-t-il → a | -t-il
                i++;
                continue;
            }
            if (c == '.')
            {
                // Abbreviation (M., janv., U.S.) or a dotted acronym (U.N.).
                int abbrevEnd = MatchAbbreviation(text, start, i, end, rules);
                if (abbrevEnd > 0) return abbrevEnd;
            }
            return i;
        }
    }

    /// <summary>True when the normal form of <paramref name="word"/> (ending with its apostrophe) is an elision, looked up without a string.</summary>
    private static bool IsElision(ReadOnlySpan<char> word, TokenizerRules rules)
    {
        if (word.Length > 64) return rules.Elisions.Contains(TextNormalizer.Norm(word));
        Span<char> norm = stackalloc char[word.Length];
        TextNormalizer.Norm(word, norm);
        return rules.ElisionLookup.Contains(norm);
    }

    private static int MatchAbbreviation(string text, int start, int dot, int end, TokenizerRules rules)
    {
        // Dotted acronyms: a letter and a period, repeated (U.S., U.N.S.C., J.-C.).
        int k = dot;
        int letters = dot - start;
        if (letters == 1)
        {
            int j = dot + 1;
            int groups = 1;
            while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.') { j += 2; groups++; }
            if (groups > 1 || rules.AbbreviationLookup.Contains(text.AsSpan(start, j - start))) return j;
        }
        var word = text.AsSpan(start, k + 1 - start);
        if (IsAbbreviation(word, rules)) return k + 1;
        // A single capital letter and a period is an initial (J. Smith).
        if (letters == 1 && char.IsUpper(text[start]) && k + 2 < end && text[k + 1] == ' ' && char.IsUpper(text[k + 2])) return k + 1;
        return 0;
    }

    /// <summary>True when <paramref name="word"/> or its normal form is a listed abbreviation (looked up by span: no substring per sentence end).</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> word, TokenizerRules rules)
    {
        if (rules.AbbreviationLookup.Contains(word)) return true;
        if (word.Length > 64) return rules.Abbreviations.Contains(TextNormalizer.Norm(word));
        Span<char> norm = stackalloc char[word.Length];
        TextNormalizer.Norm(word, norm);
        return rules.AbbreviationLookup.Contains(norm);
    }

    /// <summary>Length of a clitic starting at <paramref name="i"/> and ending the word, or 0.</summary>
    private static int MatchClitic(string text, int i, int end, TokenizerRules rules)
    {
        foreach (var clitic in rules.Clitics)
        {
            int n = clitic.Length;
            if (i + n > end) continue;
            bool same = true;
            for (int k = 0; k < n && same; k++) same = TextNormalizer.NormChar(text[i + k]) == clitic[k];
            if (same && (i + n >= end || !IsWordChar(text[i + n]))) return n;
        }
        return 0;
    }
}
