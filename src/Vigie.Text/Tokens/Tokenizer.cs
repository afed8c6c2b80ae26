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
        int i = range.Start, end = range.End;
        bool space = true;
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
            tokens.Add(Make(text, start, i, kind, space, tokens.Count, rules));
            space = false;
        }
        return tokens;
    }

    private static Token Make(string text, int start, int end, TokenKind kind, bool space, int index, TokenizerRules rules)
    {
        var surface = text[start..end];
        var norm = TextNormalizer.Norm(surface);
        return new Token
        {
            Index = index,
            Span = TextSpan.FromBounds(start, end),
            Text = surface,
            Norm = norm,
            Fold = TextNormalizer.Fold(surface),
            Kind = kind,
            SpaceBefore = space,
            Expansion = rules.Contractions.TryGetValue(norm, out var words) ? words : null,
        };
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
                var withApostrophe = TextNormalizer.Norm(text[start..(i + 1)]);
                if (rules.Elisions.Contains(withApostrophe)) return i + 1;
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
            var candidate = text[start..j];
            if (groups > 1 || rules.Abbreviations.Contains(candidate)) return j;
        }
        var word = text[start..(k + 1)];
        if (rules.Abbreviations.Contains(word) || rules.Abbreviations.Contains(TextNormalizer.Norm(word))) return k + 1;
        // A single capital letter and a period is an initial (J. Smith).
        if (letters == 1 && char.IsUpper(text[start]) && k + 2 < end && text[k + 1] == ' ' && char.IsUpper(text[k + 2])) return k + 1;
        return 0;
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
