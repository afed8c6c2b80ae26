namespace Vigie.Core;

public enum TokenKind { Word, Number, Punctuation, Quote, Symbol }

/// <summary>
/// One token of the document. <see cref="Norm"/> is the lower-cased form with typographic
/// apostrophes unified to '; <see cref="Fold"/> is <see cref="Norm"/> without diacritics, used
/// for name lookups that must survive missing accents. A French contraction ("du", "aux")
/// stays one token; <see cref="Expansion"/> gives its words ("de le").
/// </summary>
public sealed class Token
{
    public required int Index { get; init; }
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public required string Norm { get; init; }
    public required string Fold { get; init; }
    public required TokenKind Kind { get; init; }
    /// <summary>Index of the sentence holding the token (set by the sentence splitter).</summary>
    public int Sentence { get; set; }
    /// <summary>True when whitespace precedes the token in the text.</summary>
    public bool SpaceBefore { get; init; }
    /// <summary>The words a contraction stands for ("du" → ["de", "le"]), else null.</summary>
    public string[]? Expansion { get; init; }
    /// <summary>The word form this token is an occurrence of, shared with the other tokens of the
    /// same surface (where stages keep what they computed about the word once).</summary>
    public required WordForm Form { get; init; }

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsWord => Kind == TokenKind.Word;

    public override string ToString() => Text;
}

/// <summary>A sentence: a span of text and the range of its tokens.</summary>
public sealed record Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
