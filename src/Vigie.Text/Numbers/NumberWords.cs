using System.Globalization;
using Vigie.Core;
using Vigie.Core.Data;

namespace Vigie.Text.Numbers;

/// <summary>
/// Reads cardinal numbers written in words ("trois", "vingt-et-un", "quatre-vingt-dix",
/// "deux cents", "twenty-one", "two hundred and five") or in digits ("1 000", "1,5", "1,000"),
/// from data/lang/xx/number-words.tsv and number-format.tsv. Hyphenated compounds are one token;
/// spaced ones span several tokens. The one reader of numbers for every stage that needs them
/// (time expressions, amounts).
/// </summary>
public sealed class NumberWords
{
    private enum Kind
    {
        Unit, Article, Tens, Hundred,
        /// <summary>Closes a group and may open a number ("mille soldats").</summary>
        Thousand,
        /// <summary>Closes a group but needs a count before it ("un million", "a thousand").</summary>
        Multiplier,
        And,
    }

    private readonly Dictionary<string, (decimal Value, Kind Kind)> _words = new(StringComparer.Ordinal);
    private char _decimalMark, _groupMark;
    private static readonly LanguageCache<NumberWords> _cache = new(lang => Load(lang, DataDirectory.Path("lang", lang)));

    public string Lang { get; }

    private NumberWords(string lang) => Lang = lang;

    /// <summary>The number words of a language, loaded once from the data folder.</summary>
    public static NumberWords For(string lang) => _cache.For(lang);

    /// <summary>Loads number-words.tsv and number-format.tsv from a language folder.</summary>
    /// <exception cref="DataFileException">a file is missing or a row is malformed (file:line).</exception>
    public static NumberWords Load(string lang, string folder)
    {
        var n = new NumberWords(lang);
        foreach (var row in DataFile.Load(Path.Combine(folder, "number-words.tsv"), "word", "value", "kind").Rows)
        {
            var kind = row["kind"] switch
            {
                "unit" => Kind.Unit, "article" => Kind.Article, "tens" => Kind.Tens,
                "hundred" => Kind.Hundred, "thousand" => Kind.Thousand, "multiplier" => Kind.Multiplier, "and" => Kind.And,
                var k => throw row.Error($"unknown kind '{k}' (unit, article, tens, hundred, thousand, multiplier, and)", "NUM001"),
            };
            var value = (decimal)(row.Number("value") ?? 0);
            var key = TextNormalizer.Fold(row["word"]);
            if (!n._words.TryAdd(key, (value, kind))) throw row.Error($"duplicate word '{row["word"]}'", "NUM002");
        }
        var format = DataFile.Load(Path.Combine(folder, "number-format.tsv"), "mark", "character");
        foreach (var row in format.Rows)
        {
            var c = row["character"];
            if (c.Length != 1) throw row.Error($"'{c}' is not one character", "NUM003");
            switch (row["mark"])
            {
                case "decimal": n._decimalMark = c[0]; break;
                case "group": n._groupMark = c[0]; break;
                case var m: throw row.Error($"unknown mark '{m}' (decimal, group)", "NUM001");
            }
        }
        if (n._decimalMark == default || n._groupMark == default || n._decimalMark == n._groupMark)
            throw new DataFileException("NUM004", format.Path, 0, "needs one 'decimal' and one different 'group' mark");
        return n;
    }

    /// <summary>
    /// The number starting at token <paramref name="start"/>: digits, or number words over one
    /// or more tokens (a connector "et"/"and" only between words). Returns false when the token
    /// is neither.
    /// </summary>
    public bool TryParse(IReadOnlyList<Token> tokens, int start, int limit, out decimal value, out int length)
    {
        if (start < limit && tokens[start].Kind == TokenKind.Number)
        {
            length = 0;
            if (ParseDigits(tokens[start].Text) is not { } digits) { value = 0; return false; }
            value = digits; length = 1;
            return true;
        }
        return TryParseWords(tokens, start, limit, null, out value, out length, out _);
    }

    /// <summary>
    /// Number words from token <paramref name="start"/>, stopping before a word that
    /// <paramref name="stopBefore"/> accepts unless it is the first one (amounts read their
    /// multipliers "millions", "mille" themselves). <paramref name="articleOnly"/> tells a reading
    /// made of "un"/"one"/"a" alone, which counts only before a multiplier.
    /// </summary>
    [ThreadStatic] private static List<string>? t_words;

    public bool TryParseWords(IReadOnlyList<Token> tokens, int start, int limit, Func<Token, bool>? stopBefore,
                              out decimal value, out int length, out bool articleOnly)
    {
        value = 0; length = 0; articleOnly = false;
        // Most words are no number: leave before allocating anything.
        if (start >= limit || !tokens[start].IsWord || !IsNumberWord(tokens[start].Fold)) return false;
        // The words read so far (hyphenated compounds split): a scratch list per thread, as this
        // runs for every article ("a", "un" are number words) and allocated a list and an array each time.
        var words = t_words ??= [];
        words.Clear();
        int ok = 0;           // tokens consumed by the last valid reading
        int okWords = 0;      // words of those tokens
        decimal okValue = 0;
        for (int i = start; i < limit && tokens[i].IsWord; i++)
        {
            if (i > start && stopBefore is not null && stopBefore(tokens[i])) break;
            var fold = tokens[i].Fold;
            if (fold.Contains('-'))
            {
                var parts = fold.Split('-');
                if (!parts.All(p => _words.ContainsKey(p))) break;
                words.AddRange(parts);
            }
            else if (_words.ContainsKey(fold)) words.Add(fold);
            else break;
            if (Combine(words, out var v)) { ok = i - start + 1; okWords = words.Count; okValue = v; }
            else if (_words[words[^1]].Kind != Kind.And) break;
        }
        if (ok == 0) return false;
        value = okValue; length = ok;
        articleOnly = true;
        for (int w = 0; w < okWords && articleOnly; w++)
            if (_words[words[w]].Kind != Kind.Article) articleOnly = false;
        return true;
    }

    /// <summary>True when the folded word (or the first part of a hyphenated compound) is a number word.</summary>
    /// <summary>Every listed number word (folded), for indexes built over them.</summary>
    public IEnumerable<string> Words => _words.Keys;

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

    /// <summary>
    /// Digits as the language writes them: French "1 000", "3,5", "1.000"; English "1,000",
    /// "1.68". Spaces group thousands. The group mark is one only when every group after it has
    /// three digits; otherwise a lone group mark is taken as a decimal mark ("2.5" in French).
    /// </summary>
    public decimal? ParseDigits(string text)
    {
        var s = new string(text.Where(c => !TextNormalizer.IsSpace(c)).ToArray());
        if (s.Length == 0) return null;
        char dec = _decimalMark, group = _groupMark;
        if (s.Contains(group))
        {
            var groups = s.Split(group);
            if (groups.Skip(1).All(g => g.Length == 3 || (g.Length > 3 && !char.IsDigit(g[3])))) s = s.Replace(group.ToString(), "");
            else if (s.Count(c => c == group) == 1 && !s.Contains(dec)) s = s.Replace(group, dec);
        }
        // "1,000,000" in French text: a repeated decimal mark groups thousands.
        if (s.Count(c => c == dec) > 1) s = s.Replace(dec.ToString(), "");
        s = s.Replace(dec, '.');
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
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
                    bool beforeMultiplier = i + 1 < words.Count && _words[words[i + 1]].Kind is Kind.Hundred or Kind.Thousand or Kind.Multiplier;
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
                case Kind.Multiplier when last is null:
                    return false;
                case Kind.Thousand:
                case Kind.Multiplier:
                    if (last is Kind.Thousand or Kind.Multiplier && current == 0) return false;
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
