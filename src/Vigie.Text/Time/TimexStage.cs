using Vigie.Core;

namespace Vigie.Text.Time;

/// <summary>
/// Finds time expressions (TIMEX3: DATE, TIME, DURATION, SET) in each sentence and normalises
/// them against the document date, filling <see cref="Document.Timex"/>. Matching is left to
/// right, the longest pattern of time-patterns.tsv at each token. A bare weekday or month takes
/// its direction from the tense of the words around it (time-tense.tsv): the past by default.
/// Clock times attach to the last day-precise date of the same sentence, else the anchor.
/// </summary>
public sealed class TimexStage : IDocumentStage
{
    public string Name => "timex";
    public Layers Requires => Layers.Tokens | Layers.Sentences;
    public Layers Provides => Layers.Timex;

    public void Process(Document document)
    {
        document.Timex.Clear();
        if (document.Lang is null) return;
        var lexicon = TimeLexicon.For(document.Lang);
        document.Timex.AddRange(Recognize(document, lexicon));
    }

    /// <summary>The time expressions of a tokenised document (pure: the document is not changed).</summary>
    public static List<TimeMention> Recognize(Document document, TimeLexicon lexicon)
    {
        var found = new List<TimeMention>();
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            PartialDate? reference = null;
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var m = lexicon.Match(tokens, i, sentence.EndToken);
                if (m is null) { i++; continue; }
                int tense = lexicon.Tense(tokens, sentence, m.SpanStart, m.SpanEnd);
                var v = TimeResolver.Resolve(m.Pattern.Op, m.Pattern.Type, m.Frame, document.Date, reference, tense);
                if (v is { } value)
                {
                    var span = TextSpan.FromBounds(tokens[m.SpanStart].Span.Start, tokens[m.SpanEnd - 1].Span.End);
                    found.Add(new TimeMention(span, value.Type, value.Value, document[span]) { Rule = m.Pattern.Id, Date = value.Date });
                    if (value.Date is { Precision: DatePrecision.Day } day) reference = day;
                    i = Math.Max(i + 1, m.SpanEnd);
                }
                else i++;
            }
        }
        return found;
    }
}
