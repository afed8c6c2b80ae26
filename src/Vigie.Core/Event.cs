namespace Vigie.Core;

/// <summary>Event modalities, as written in the output contract.</summary>
public static class Modalities
{
    public const string Asserted = "asserted";
    public const string Reported = "reported";
    public const string Alleged = "alleged";
    public const string Future = "future";
    public const string Hypothetical = "hypothetical";
}

/// <summary>An actor as an event argument: the words of the text and what they resolve to.</summary>
public sealed record ActorRef(string Text, string? Code, string? Country, string? Name, TextSpan Span);

/// <summary>Where an event happened.</summary>
public sealed record EventLocation(string Text, string Name, string? Country, double? Lat, double? Lon, TextSpan Span);

/// <summary>One place in the text that states an event.</summary>
public sealed record EventMention(int Sentence, TextSpan Trigger, string TriggerText);

/// <summary>
/// A coded event. Root, PLOVER type, Goldstein score and QuadClass are derived from
/// <see cref="Cameo"/> through the ontology when written, never stored twice.
/// </summary>
public sealed class Event
{
    public ActorRef? Source { get; set; }
    public ActorRef? Target { get; set; }
    public required string Cameo { get; set; }
    public string Modality { get; set; } = Modalities.Asserted;
    public ActorRef? ReportedBy { get; set; }
    /// <summary>TIMEX value of when the event happened.</summary>
    public string? Date { get; set; }
    /// <summary>"text" when a time expression of the clause dated it, "publication" otherwise.</summary>
    public string DateSource { get; set; } = "publication";
    public EventLocation? Location { get; set; }
    public List<EventMention> Mentions { get; } = [];
    public required string Rule { get; set; }

    public string Root => Cameo[..2];
}
