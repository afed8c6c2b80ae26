using System.Globalization;
using System.Text;

namespace Vigie.Text;

/// <summary>The two normal forms every lookup uses: <see cref="Norm"/> and <see cref="Fold"/>.</summary>
public static class TextNormalizer
{
    /// <summary>Lower case, typographic apostrophes and hyphens unified.</summary>
    public static string Norm(string s)
    {
        Span<char> buf = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        for (int i = 0; i < s.Length; i++) buf[i] = NormChar(s[i]);
        return new string(buf);
    }

    public static char NormChar(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary><see cref="Norm"/> without diacritics ("février" → "fevrier", "Élysée" → "elysee").</summary>
    public static string Fold(string s)
    {
        var norm = Norm(s);
        bool ascii = true;
        foreach (var c in norm) if (c > 0x7F) { ascii = false; break; }
        if (ascii) return norm;
        var decomposed = norm.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'œ' => "oe", 'æ' => "ae", 'ß' => "ss", _ => c.ToString() });
        }
        return sb.ToString();
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    public static bool IsQuoteMark(char c) => c is '"' or '«' or '»' or '“' or '”' or '„' or '‟' or '‹' or '›';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F' or '\u2009' or '\u2007';
}
