using System.Globalization;
using System.Text;

namespace Vigie.Text;

/// <summary>The two normal forms every lookup uses: <see cref="Norm"/> and <see cref="Fold"/>.</summary>
public static class TextNormalizer
{
    /// <summary>Lower case, typographic apostrophes and hyphens unified.</summary>
    /// <remarks>Returns <paramref name="s"/> itself when it is already normal (most words are), so that no copy is made.</remarks>
    public static string Norm(string s)
    {
        int i = 0;
        while (i < s.Length && NormChar(s[i]) == s[i]) i++;
        if (i == s.Length) return s;
        return Norm(s.AsSpan());
    }

    /// <summary><see cref="Norm(string)"/> of a span of text.</summary>
    public static string Norm(ReadOnlySpan<char> s)
    {
        Span<char> buf = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        Norm(s, buf);
        return new string(buf);
    }

    /// <summary>Writes the normal form of <paramref name="s"/> into <paramref name="destination"/> (as long as <paramref name="s"/>).</summary>
    public static void Norm(ReadOnlySpan<char> s, Span<char> destination)
    {
        for (int i = 0; i < s.Length; i++) destination[i] = NormChar(s[i]);
    }

    public static char NormChar(char c) => c < TableEnd ? NormTable[c] : NormCharSlow(c);

    private static char NormCharSlow(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>
    /// <see cref="NormChar"/> of every character below this, computed once: for non-ASCII letters
    /// char.ToLowerInvariant calls into ICU, one interop call per accented letter of every word.
    /// </summary>
    private const char TableEnd = '\u0800';

    private static readonly char[] NormTable = BuildNormTable();

    private static char[] BuildNormTable()
    {
        var table = new char[TableEnd];
        for (int c = 0; c < TableEnd; c++) table[c] = NormCharSlow((char)c);
        return table;
    }

    /// <summary><see cref="Norm(string)"/> without diacritics ("février" → "fevrier", "Élysée" → "elysee").</summary>
    public static string Fold(string s) => FoldNorm(Norm(s));

    /// <summary><see cref="Fold"/> of a string already in <see cref="Norm(string)"/> form (returned itself when it is ASCII).</summary>
    public static string FoldNorm(string norm)
    {
        bool ascii = true, latin = true;
        foreach (var c in norm)
        {
            if (c <= 0x7F) continue;
            ascii = false;
            if (c >= LatinEnd) { latin = false; break; }
        }
        if (ascii) return norm;
        return latin ? FoldLatin(norm) : FoldSlow(norm);
    }

    /// <summary>
    /// Characters below this (Latin-1 Supplement, Latin Extended-A and -B) fold one by one
    /// through <see cref="LatinFolds"/>: each decomposes to a base letter and non-spacing marks
    /// only, all of combining class 0 or dropped, so folding the characters one at a time gives
    /// exactly what <see cref="FoldSlow"/> gives for the whole string, without Normalize and a
    /// StringBuilder per word.
    /// </summary>
    private const char LatinEnd = '\u0250';

    /// <summary>The fold of each character from U+0080 to <see cref="LatinEnd"/>, computed with <see cref="FoldSlow"/>.</summary>
    private static readonly string[] LatinFolds = BuildLatinFolds();

    /// <summary>The longest fold of one character in <see cref="LatinFolds"/> (2: "œ" → "oe").</summary>
    private static readonly int LatinFoldMax = LatinFolds.Max(f => f.Length);

    private static string[] BuildLatinFolds()
    {
        var folds = new string[LatinEnd - 0x80];
        for (int c = 0x80; c < LatinEnd; c++) folds[c - 0x80] = FoldSlow(((char)c).ToString());
        return folds;
    }

    private static string FoldLatin(string norm)
    {
        int max = norm.Length * LatinFoldMax;
        Span<char> buf = max <= 256 ? stackalloc char[max] : new char[max];
        int n = 0;
        foreach (var c in norm)
        {
            if (c <= 0x7F) { buf[n++] = c; continue; }
            var f = LatinFolds[c - 0x80];
            f.AsSpan().CopyTo(buf[n..]);
            n += f.Length;
        }
        return new string(buf[..n]);
    }

    /// <summary>The general fold: canonical decomposition, non-spacing marks dropped, œ æ ß spelt out.</summary>
    private static string FoldSlow(string norm)
    {
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
