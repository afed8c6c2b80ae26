using System.Globalization;
using Vigie.Core;
using Vigie.Core.Data;

namespace Vigie.Text.Time;

/// <summary>
/// Reads cardinal numbers written in words ("trois", "vingt-et-un", "quatre-vingt-dix",
/// "deux cents", "twenty-one", "two hundred and five") or in digits ("1 000", "1,5", "1,000"),
/// from data/lang/xx/number-words.tsv. Hyphenated compounds are one token; spaced ones span
/// several tokens. Reusable by any stage that needs counts (time expressions, amounts).
/// </summary>
public sealed class NumberWords
{
    private enum Kind { Unit, Article, Tens, Hundred, Thousand, And }

    private readonly Dictionary<string, (decimal Value, Kind Kind)> _words = new(StringComparer.Ordinal);
    private static readonly LanguageCache<NumberWords> _cache = new(lang => Load(lang, DataDirectory.Lang(lang, "number-words.tsv")));

    public string Lang { get; }

    private NumberWords(string lang) => Lang = lang;

    /// <summary>The number words of a language, loaded once from the data folder.</summary>
    public static NumberWords For(string lang) => _cache.For(lang);

    /// <exception cref="DataFileException">the file is missing or a row is malformed (file:line).</exception>
    public static NumberWords Load(string lang, string path)
    {
        var n = new NumberWords(lang);
        foreach (var row in DataFile.Load(path, "word", "value", "kind").Rows)
        {
            var kind = row["kind"] switch
            {
                "unit" => Kind.Unit, "article" => Kind.Article, "tens" => Kind.Tens,
                "hundred" => Kind.Hundred, "thousand" => Kind.Thousand, "and" => Kind.And,
                var k => throw row.Error($"unknown kind '{k}' (unit, article, tens, hundred, thousand, and)", "NUM001"),
            };
            var value = (decimal)(row.Number("value") ?? 0);
            var key = TextNormalizer.Fold(row["word"]);
            if (!n._words.TryAdd(key, (value, kind))) throw row.Error($"duplicate word '{row["word"]}'", "NUM002");
        }
        return n;
    }

    /// <summary>
    /// The number starting at token <paramref name="start"/>: digits, or number words over one
    /// or more tokens (a connector "et"/"and" only between words). Returns false when the token
    /// is neither.
    /// </summary>
    public bool TryParse(IReadOnlyList<Token> tokens, int start, int limit, out decimal value, out int length)
    {
        value = 0; length = 0;
        if (start >= limit) return false;
        var first = tokens[start];
        if (first.Kind == TokenKind.Number)
        {
            if (!TryParseDigits(first.Text, out value)) return false;
            length = 1;
            return true;
        }
        var words = new List<string>();
        int ok = 0;           // tokens consumed by the last valid reading
        decimal okValue = 0;
        for (int i = start; i < limit && tokens[i].IsWord; i++)
        {
            var parts = tokens[i].Fold.Split('-');
            if (!parts.All(p => _words.ContainsKey(p))) break;
            words.AddRange(parts);
            if (Combine(words, out var v)) { ok = i - start + 1; okValue = v; }
            else if (_words[parts[^1]].Kind != Kind.And) break;
        }
        if (ok == 0) return false;
        value = okValue; length = ok;
        return true;
    }

    /// <summary>True when the folded word (or the first part of a hyphenated compound) is a number word.</summary>
    public bool IsNumberWord(string word)
    {
        int dash = word.IndexOf('-');
        if (dash <= 0) return _words.ContainsKey(word);
        // The part before the hyphen, looked up as a span: no substring per hyphenated word.
        return _words.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word.AsSpan(0, dash));
    }

    /// <summary>The value of one word or hyphenated compound ("dix-huit" → 18), if it is a number.</summary>
    public bool TryParseWord(string word, out decimal value)
    {
        value = 0;
        var parts = TextNormalizer.Fold(word).Split('-');
        return parts.All(p => _words.ContainsKey(p)) && Combine(parts, out value);
    }

    /// <summary>Digits with thousands separators (space, no-break space, or the language's group mark) and a decimal mark.</summary>
    public bool TryParseDigits(string text, out decimal value)
    {
        var s = new string(text.Where(c => !TextNormalizer.IsSpace(c)).ToArray());
        // French writes 1,5 and 1.000; English 1.5 and 1,000. A mark followed by exactly three
        // digits (and no other mark of the same kind later) is a group mark in either language.
        char group = Lang == "fr" ? '.' : ',', dec = Lang == "fr" ? ',' : '.';
        s = s.Replace(group.ToString(), "");
        s = s.Replace(dec, '.');
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private bool Combine(IReadOnlyList<string> words, out decimal value)
    {
        decimal total = 0, current = 0;
        Kind? last = null;
        value = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var (v, kind) = _words[words[i]];
            switch (kind)
            {
                case Kind.And:
                    // Only between two number words: "vingt-et-un", "hundred and five".
                    if (last is null or Kind.And || i == words.Count - 1) return false;
                    break;
                case Kind.Article:
                    // "un"/"a" alone, after a connector ("vingt-et-un"), or before a multiplier ("a hundred").
                    bool beforeMultiplier = i + 1 < words.Count && _words[words[i + 1]].Kind is Kind.Hundred or Kind.Thousand;
                    if (last is not (null or Kind.And) && !(last is Kind.Tens)) return false;
                    if (last is null && words.Count > 1 && !beforeMultiplier) return false;
                    current += v;
                    break;
                case Kind.Unit:
                    // Units do not follow units, except the French teens over ten (dix-sept = 10 + 7).
                    if (last is Kind.Unit or Kind.Article && !(current % 100 % 20 == 10 && v < 10)) return false;
                    current += v;
                    break;
                case Kind.Tens:
                    // "quatre-vingt(s)": tens after a unit multiply it.
                    if (last is Kind.Unit && current % 100 is > 1 and < 10 && v == 20) current = current - current % 100 + current % 100 * v;
                    else if (last is Kind.Unit or Kind.Tens or Kind.Article) return false;
                    else current += v;
                    break;
                case Kind.Hundred:
                    if (last is Kind.Hundred) return false;
                    current = (current == 0 ? 1 : current) * v;
                    break;
                case Kind.Thousand:
                    if (last is Kind.Thousand && current == 0) return false;
                    total += (current == 0 ? 1 : current) * v;
                    current = 0;
                    break;
            }
            last = kind;
        }
        if (last is null or Kind.And) return false;
        value = total + current;
        return true;
    }
}
