using Vigie.Core;

namespace Vigie.Text.Time;

/// <summary>
/// Finds time expressions (TIMEX3: DATE, TIME, DURATION, SET) in each sentence and normalises
/// them against the document date, filling <see cref="Document.Timex"/>. The longest pattern of
/// time-patterns.tsv at each token is found; overlapping matches keep the longest span. A bare
/// weekday or month takes its direction from the tense of the words around it (time-tense.tsv):
/// the past by default.
/// Clock times attach to the last day-precise date written before them, else the anchor.
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

    /// <summary>How far into the body a dateline may stand (the headline and the date line).</summary>
    private const int DatelineReach = 200;

    /// <summary>
    /// The time expressions of a tokenised document (pure: the document is not changed). A
    /// document without a date is anchored on its dateline when it has one: a full calendar date
    /// written in its first lines ("March 01, 2008" under the headline).
    /// </summary>
    public static List<TimeMention> Recognize(Document document, TimeLexicon lexicon)
    {
        var found = Recognize(document, lexicon, document.Date);
        if (document.Date is null
            && found.FirstOrDefault(t => t.Span.Start < document.Body.Start + DatelineReach && t.Date is { Precision: DatePrecision.Day }) is { Date: { } dateline })
            found = Recognize(document, lexicon, dateline);
        return found;
    }

    private static List<TimeMention> Recognize(Document document, TimeLexicon lexicon, PartialDate? anchor)
    {
        var found = new List<TimeMention>();
        var tokens = document.Tokens;
        // Clock times attach to the last day-precise date written before them ("samedi 24 juillet.
        // Rendez-vous à 15 h").
        PartialDate? reference = null;
        var matches = new List<TimeMatch>();
        foreach (var sentence in document.Sentences)
        {
            // The best match at every token, then the longest ones first, so that a short match
            // ("en février") never hides a longer one starting a token later ("février de l'année dernière").
            matches.Clear();
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                if (lexicon.Match(tokens, i, sentence.EndToken) is { } m) matches.Add(m);
            if (matches.Count == 0) continue;   // most sentences: no sorting, no lists
            var chosen = new List<TimeMatch>();
            foreach (var m in matches.OrderByDescending(m => m.SpanEnd - m.SpanStart).ThenBy(m => m.SpanStart))
                if (!chosen.Any(c => c.SpanStart < m.SpanEnd && m.SpanStart < c.SpanEnd)) chosen.Add(m);
            foreach (var m in chosen.OrderBy(m => m.SpanStart))
            {
                int tense = lexicon.Tense(tokens, sentence, m.SpanStart, m.SpanEnd);
                if (TimeResolver.Resolve(m.Pattern.Op, m.Pattern.Type, m.Frame, anchor, reference, tense) is not { } value) continue;
                var span = TextSpan.FromBounds(tokens[m.SpanStart].Span.Start, tokens[m.SpanEnd - 1].Span.End);
                found.Add(new TimeMention(span, value.Type, value.Value, document[span]) { Rule = m.Pattern.Id, Date = value.Date });
                if (value.Date is { Precision: DatePrecision.Day } day) reference = day;
            }
        }
        return found;
    }
}
