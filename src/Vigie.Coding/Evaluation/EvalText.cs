using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigie.Coding.Evaluation;

/// <summary>
/// Text normalisation of the scorer: quotes (<see cref="NormText"/>), speaker names
/// (<see cref="NormName"/>, <see cref="SpeakerOk"/>), and Python-style JSON text (<see cref="Json"/>).
/// </summary>
public static class EvalText
{
    private static bool IsApostrophe(char c) => c is '\u2019' or '\u2018' or '\u201b' or '\u02bc' or '\u2032' or '`' or '\u00b4';

    private static bool IsQuotationMark(char c) => c is '\u00ab' or '\u00bb' or '\u201c' or '\u201d' or '\u201e' or '\u201f'
        or '\u2033' or '\u301d' or '\u301e' or '\uff02' or '\u2039' or '\u203a';

    private static readonly Regex SpacedQuote = new(" ?\" ?", RegexOptions.CultureInvariant);

    /// <summary>
    /// Quote text for containment: NFC, apostrophes → <c>'</c>, quotation marks → <c>"</c>,
    /// whitespace runs → one space, the spaces around quotation marks dropped, trimmed.
    /// </summary>
    public static string NormText(string? s)
    {
        s = Normalize(PyValues.Strip(s ?? ""), NormalizationForm.FormC);
        var b = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c0 in s)
        {
            var c = IsApostrophe(c0) ? '\'' : IsQuotationMark(c0) ? '"' : c0;
            if (PyValues.IsSpace(c)) { space = true; continue; }
            if (space) { b.Append(' '); space = false; }
            b.Append(c);
        }
        if (space) b.Append(' ');
        return PyValues.Strip(SpacedQuote.Replace(b.ToString(), "\""));
    }

    /// <summary>Unicode normalisation that, as Python's, keeps lone surrogates (left unchanged) instead of refusing the text.</summary>
    private static string Normalize(string s, NormalizationForm form)
    {
        bool lone = false;
        for (int i = 0; i < s.Length && !lone; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) lone = true;
        }
        if (!lone) return s.Normalize(form);
        var b = new StringBuilder(s.Length);
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (!char.IsSurrogate(s[i])) continue;
            b.Append(s[start..i].Normalize(form)).Append(s[i]);
            start = i + 1;
        }
        return b.Append(s[start..].Normalize(form)).ToString();
    }

    /// <summary>Accents removed: compatibility decomposition, combining marks dropped.</summary>
    public static string StripAccents(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var r in Normalize(s, NormalizationForm.FormKD).EnumerateRunes())
            if (!IsCombining(r)) b.Append(r.ToString());
        return b.ToString();
    }

    /// <summary>
    /// Python's <c>unicodedata.combining(c) != 0</c>: a non-zero canonical combining class, found
    /// from canonical reordering, as .NET has no direct access to it: a mark of class 1 after it
    /// moves before it when its class is above 1, and it moves before a mark of class 230 when its
    /// class is between 1 and 229.
    /// </summary>
    private static bool IsCombining(Rune r)
    {
        if (r.Value < 0x300 || Rune.GetUnicodeCategory(r) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            return false;
        var c = r.ToString();
        return ("a" + c + "\u0334").Normalize(NormalizationForm.FormD) != "a" + c + "\u0334"
            || ("a\u0301" + c).Normalize(NormalizationForm.FormD) != "a\u0301" + c;
    }

    /// <summary>A name for comparison: apostrophes unified, accents removed, case folded, runs of other than letters, digits, _ and ' → one space.</summary>
    public static string NormName(string? s)
    {
        s = PyValues.Strip(s ?? "");
        var ap = new StringBuilder(s.Length);
        foreach (var c in s) ap.Append(IsApostrophe(c) ? '\'' : c);
        var folded = PyValues.CaseFold(StripAccents(ap.ToString()));
        var b = new StringBuilder(folded.Length);
        bool gap = false;
        foreach (var r in folded.EnumerateRunes())
        {
            if (IsWord(r)) { if (gap) b.Append(' '); gap = false; b.Append(r.ToString()); }
            else gap = true;
        }
        if (gap) b.Append(' ');
        return PyValues.Strip(b.ToString());
    }

    /// <summary>Python's <c>\w</c> plus the apostrophe.</summary>
    private static bool IsWord(Rune r)
    {
        if (r.Value is '_' or '\'') return true;
        return Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>The system speaker is right when, normalised, it equals a gold name or ends with it after a space.</summary>
    public static bool SpeakerOk(string? systemSpeaker, IEnumerable<string> goldNames)
    {
        var s = NormName(systemSpeaker);
        if (s.Length == 0) return false;
        foreach (var g in goldNames)
        {
            var n = NormName(g);
            if (n.Length > 0 && (s == n || s.EndsWith(" " + n, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>A JSON string literal as Python's <c>json.dumps</c> writes it (<paramref name="ensureAscii"/> as its option).</summary>
    public static string Json(string s, bool ensureAscii)
    {
        var b = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case '\b': b.Append("\\b"); break;
                case '\f': b.Append("\\f"); break;
                default:
                    if (c < 0x20 || (ensureAscii && c > 0x7e)) b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else b.Append(c);
                    break;
            }
        }
        return b.Append('"').ToString();
    }

    /// <summary><c>json.dumps</c> of a list of strings.</summary>
    internal static string JsonList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(i => Json(i, true))) + "]";
}
