using System.Text;
using System.Text.RegularExpressions;

namespace Vigie.Coding.Lexicon;

/// <summary>
/// A lemma ending as written in conjugations.tsv: literal letters, at most one letter class
/// <c>[bcd]</c> (one letter) or <c>[bcd]+</c> (one or more), and an optional leading <c>^</c>
/// when the pattern must be the whole lemma ("^aller" is aller, not installer). The letters
/// matched by the class are the pattern's <see cref="Match.Captured"/> part, which endings
/// re-insert with <c>*</c> ("e[bcdfglmnpqrstvz]er" strips "ever" from "lever", and the ending
/// "è*e" gives "lève").
/// </summary>
internal sealed class SuffixPattern
{
    private readonly Regex _regex;

    public string Text { get; }

    /// <summary>
    /// How specific the pattern is: the longest suffix wins. A literal letter counts 2, a letter
    /// class 1 (so "eler" beats "e[...]er"), a whole-lemma pattern beats every suffix.
    /// </summary>
    public int Specificity { get; }

    private SuffixPattern(string text, Regex regex, int specificity) { Text = text; _regex = regex; Specificity = specificity; }

    /// <exception cref="FormatException">the pattern is malformed.</exception>
    public static SuffixPattern Parse(string text)
    {
        var sb = new StringBuilder();
        bool anchored = text.StartsWith('^');
        sb.Append(anchored ? "^(?<stem>)" : "^(?<stem>.*?)");
        int spec = anchored ? 1000 : 0, groups = 0;
        for (int i = anchored ? 1 : 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '[')
            {
                int end = text.IndexOf(']', i);
                if (end < 0) throw new FormatException($"unclosed '[' in '{text}'");
                if (++groups > 1) throw new FormatException($"more than one letter class in '{text}'");
                bool plus = end + 1 < text.Length && text[end + 1] == '+';
                sb.Append("(?<cap>[").Append(Regex.Escape(text[(i + 1)..end])).Append(plus ? "]+)" : "])");
                spec += 1;
                i = plus ? end + 1 : end;
            }
            else if (char.IsLetter(c) || c == '-' || c == '\'')
            {
                sb.Append(Regex.Escape(c.ToString()));
                spec += 2;
            }
            else throw new FormatException($"unexpected '{c}' in '{text}'");
        }
        sb.Append('$');
        return new SuffixPattern(text, new Regex(sb.ToString(), RegexOptions.CultureInvariant), spec);
    }

    /// <summary>Matches a lemma: the stem before the pattern and the letters of its class ("" when none), or null.</summary>
    public (string Stem, string Captured)? Match(string lemma)
    {
        var m = _regex.Match(lemma);
        if (!m.Success) return null;
        return (m.Groups["stem"].Value, m.Groups["cap"].Success ? m.Groups["cap"].Value : "");
    }

    public override string ToString() => Text;
}
