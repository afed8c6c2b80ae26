namespace Vigie.Coding.Lexicon;

/// <summary>
/// A lemma ending as written in conjugations.tsv: literal letters, at most one letter class
/// <c>[bcd]</c> (one letter) or <c>[bcd]+</c> (one or more), and an optional leading <c>^</c>
/// when the pattern must be the whole lemma ("^aller" is aller, not installer). The letters
/// matched by the class are the pattern's captured part, which endings re-insert with
/// <c>*</c> ("e[bdfjklmnpqrstvz]er" strips "ever" from "lever", and the ending "è*e" gives "lève").
/// </summary>
/// <remarks>Matching is done by hand from the end of the lemma: it runs for every class on every registered lemma.</remarks>
internal sealed class SuffixPattern
{
    private readonly bool _anchored;
    private readonly string _head;       // literal letters before the class ("e" in "e[lt]er")
    private readonly string? _class;     // the letters of the class, null when there is none
    private readonly bool _plus;         // the class matches one or more letters
    private readonly string _tail;       // literal letters after the class (all of a plain pattern)

    public string Text { get; }

    /// <summary>The last letter a lemma must end with, or null when the pattern ends in its letter class.</summary>
    public char? LastLetter => _tail.Length > 0 ? _tail[^1] : null;

    /// <summary>
    /// How specific the pattern is: the longest suffix wins. A literal letter counts 2, a letter
    /// class 1 (so "eler" beats "e[...]er"), a whole-lemma pattern beats every suffix.
    /// </summary>
    public int Specificity { get; }

    private SuffixPattern(string text, bool anchored, string head, string? cls, bool plus, string tail)
    {
        Text = text;
        _anchored = anchored;
        _head = head;
        _class = cls;
        _plus = plus;
        _tail = tail;
        Specificity = (anchored ? 1000 : 0) + 2 * (head.Length + tail.Length) + (cls is null ? 0 : 1);
    }

    /// <exception cref="FormatException">the pattern is malformed.</exception>
    public static SuffixPattern Parse(string text)
    {
        bool anchored = text.StartsWith('^');
        var body = anchored ? text[1..] : text;
        if (body.Length == 0) throw new FormatException("empty pattern");
        int open = body.IndexOf('[');
        string head = body, tail = "";
        string? cls = null;
        bool plus = false;
        if (open >= 0)
        {
            int close = body.IndexOf(']', open);
            if (close < 0) throw new FormatException($"unclosed '[' in '{text}'");
            head = body[..open];
            cls = body[(open + 1)..close];
            if (cls.Length == 0) throw new FormatException($"empty letter class in '{text}'");
            plus = close + 1 < body.Length && body[close + 1] == '+';
            tail = body[(close + (plus ? 2 : 1))..];
            if (tail.Contains('[')) throw new FormatException($"more than one letter class in '{text}'");
        }
        else
        {
            tail = body;
            head = "";
        }
        foreach (var c in head + tail + (cls ?? ""))
            if (!char.IsLetter(c) && c is not ('-' or '\''))
                throw new FormatException($"unexpected '{c}' in '{text}'");
        return new SuffixPattern(text, anchored, head, cls, plus, tail);
    }

    /// <summary>Matches a lemma: the stem before the pattern and the letters of its class ("" when none), or null.</summary>
    public (string Stem, string Captured)? Match(string lemma)
    {
        if (!lemma.EndsWith(_tail, StringComparison.Ordinal)) return null;
        int end = lemma.Length - _tail.Length; // the class (or head) ends here
        if (_class is null) return Finish(lemma, end, end);
        // The class takes one letter, or with '+' as many as it can; shorter runs are tried
        // too, in case the head's own last letter belongs to the class.
        int start = end;
        while (start > 0 && _class.Contains(lemma[start - 1]) && (_plus || start == end)) start--;
        for (int s = start; s < end; s++)
            if (Finish(lemma, s, end) is { } m) return m;
        return null;
    }

    private (string Stem, string Captured)? Finish(string lemma, int classStart, int classEnd)
    {
        int stemEnd = classStart - _head.Length;
        if (stemEnd < 0 || string.CompareOrdinal(lemma, stemEnd, _head, 0, _head.Length) != 0) return null;
        if (_anchored && stemEnd != 0) return null;
        return (lemma[..stemEnd], lemma[classStart..classEnd]);
    }

    public override string ToString() => Text;
}
