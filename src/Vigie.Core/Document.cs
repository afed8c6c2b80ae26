namespace Vigie.Core;

/// <summary>
/// The unit that travels through the pipeline. <see cref="Text"/> is the original text (all
/// offsets refer to it); <see cref="Body"/> is the part that is analysed (a metadata header is
/// left out). Each stage adds its layer.
/// </summary>
public sealed class Document
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public string? Lang { get; set; }
    /// <summary>The publication date, the anchor of relative time expressions.</summary>
    public PartialDate? Date { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    /// <summary>The outlet (from a "source" field or the url's host).</summary>
    public string? Source { get; set; }
    public TextSpan Body { get; set; }
    /// <summary>GDELT-style tone: 100 × (positive − negative words) / words; null when not measured or without words.</summary>
    public double? Tone { get; set; }

    public List<Token> Tokens { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    public List<EntityMention> Entities { get; } = [];
    public List<TimeMention> Timex { get; } = [];
    public List<AmountMention> Amounts { get; } = [];
    public List<QuoteMention> Quotes { get; } = [];
    public List<Event> Events { get; } = [];

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public IEnumerable<Token> TokensOf(Sentence s)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++) yield return Tokens[i];
    }

    public static Document FromText(string id, string text, string? lang = null, PartialDate? date = null) =>
        new() { Id = id, Text = text, Lang = lang, Date = date, Body = new TextSpan(0, text.Length) };
}
