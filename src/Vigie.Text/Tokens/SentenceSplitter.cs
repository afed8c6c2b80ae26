using Vigie.Core;

namespace Vigie.Text.Tokens;

/// <summary>
/// Splits tokens into sentences: after '.', '!', '?', '…' (a closing quotation mark stays with
/// its sentence) when the next token starts a sentence; at blank lines; at single line breaks
/// that end a short line (headlines, datelines) or follow final punctuation.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A line shorter than this that ends without punctuation is a heading.</summary>
    private const int HeadingLength = 90;

    public static List<Sentence> Split(string text, List<Token> tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            bool last = t == tokens.Count - 1;
            if (!last && !EndsAfter(text, tokens, t)) continue;
            var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[t].Span.End);
            int index = sentences.Count;
            for (int k = first; k <= t; k++) tokens[k].Sentence = index;
            sentences.Add(new Sentence(index, span, first, t - first + 1));
            first = t + 1;
        }
        return sentences;
    }

    private static bool IsTerminal(Token t) => t.Kind == TokenKind.Punctuation && t.Text is "." or "!" or "?" or "…" or "..." or "?!" or "!?";

    private static bool EndsAfter(string text, List<Token> tokens, int t)
    {
        var tok = tokens[t];
        var next = tokens[t + 1];
        int gapStart = tok.Span.End, gapEnd = next.Span.Start;
        int newlines = 0;
        for (int k = gapStart; k < gapEnd; k++) if (text[k] == '\n') newlines++;
        if (newlines >= 2) return true;

        bool terminal = IsTerminal(tok);
        // ". »" or '."': the closing mark belongs to this sentence; split after it instead.
        if (terminal && next.Kind == TokenKind.Quote && IsClosingQuote(text, tokens, t + 1)) return false;
        bool closingAfterTerminal = tok.Kind == TokenKind.Quote && t > 0 && IsTerminal(tokens[t - 1]) && IsClosingQuote(text, tokens, t);

        if (newlines == 1)
        {
            if (terminal || closingAfterTerminal || tok.Text is ":" or "–" or "—" or "-") return true;
            int lineStart = text.LastIndexOf('\n', Math.Max(0, tok.Span.Start - 1)) + 1;
            return tok.Span.End - lineStart < HeadingLength || next.IsCapitalized;
        }
        if (!(terminal || closingAfterTerminal) || gapEnd == gapStart) return false;
        return next.IsCapitalized || next.Kind is TokenKind.Quote or TokenKind.Number || next.Text is "–" or "—" or "-" or "(";
    }

    /// <summary>A quotation mark closes when it is a closing form or a straight mark with no space before it.</summary>
    private static bool IsClosingQuote(string text, List<Token> tokens, int t)
    {
        var q = tokens[t].Text;
        if (q is "»" or "”" or "›") return true;
        if (q is "«" or "“" or "‹" or "„") return false;
        return !tokens[t].SpaceBefore;
    }
}
