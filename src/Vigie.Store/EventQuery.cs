using Vigie.Core;

namespace Vigie.Store;

/// <summary>
/// A filter over stored events; every part is optional. <see cref="Actor"/> and
/// <see cref="Target"/> match an actor whose code starts with the key or whose country is the
/// key ("PRK" matches PRKGOV and a Pyongyang-based PRKMIL). <see cref="Code"/> matches the CAMEO
/// code prefix ("07" all of root 07, "072" only military aid). <see cref="From"/> and
/// <see cref="To"/> keep events whose date overlaps the period: an event of 2023-10 is within
/// 2023-09 … 2023-10, and also within 2023-10-15 … 2023-12.
/// </summary>
public sealed record EventQuery
{
    public string? Actor { get; init; }
    public string? Target { get; init; }
    public string? Code { get; init; }
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    /// <summary>Only events of this document.</summary>
    public string? DocumentId { get; init; }
    public int? Limit { get; init; }
}

/// <summary>An event read from the store, with the document it came from.</summary>
public sealed record StoredEvent(string DocumentId, string? DocumentTitle, Event Event);

/// <summary>What ingesting a document did.</summary>
public enum IngestOutcome { New, Updated, Unchanged }
