using Vigie.Core;

namespace Vigie.Store;

/// <summary>
/// The corpus Vigie has read: documents with their layers, their events, and the corpus events
/// those events make together. One interface for every command and the server; the embedded
/// SQLite file (<see cref="VigieStore"/>) and PostgreSQL (<see cref="PostgresStore"/>) implement
/// it with the same SQL where they can (<see cref="SqlCorpusStore"/>). Open one with
/// <see cref="CorpusStores.Open"/>. An instance is not thread-safe: use it from one thread at a time.
/// </summary>
public interface ICorpusStore : IDisposable
{
    /// <summary>What to call the store in messages: the file path, or the PostgreSQL host and database (never the password).</summary>
    string Name { get; }

    int SchemaVersion { get; }

    /// <summary>What storing a document with this id and hash would do.</summary>
    IngestOutcome Check(string id, string contentHash);

    /// <summary>
    /// Stores analysed documents in one transaction: unchanged ones (same id and hash) are left as
    /// they are, changed ones replaced with all their layers; the corpus events they touch are updated.
    /// </summary>
    IReadOnlyList<IngestOutcome> SaveBatch(IReadOnlyList<Document> documents);

    /// <summary>
    /// Replaces every stored document with its new analysis, in one transaction: either all of
    /// them are recoded, or (on any error) none. <paramref name="analysed"/> is consumed once.
    /// </summary>
    int ReplaceAll(IEnumerable<Document> analysed);

    /// <summary>The stored documents as read (text and metadata, no layers), for recoding.</summary>
    IReadOnlyList<Document> StoredDocuments();

    /// <summary>Stored events (one per document that states them) matching a query.</summary>
    IReadOnlyList<StoredEvent> Events(EventQuery query);

    /// <summary>A page of corpus events matching a query, by date then id.</summary>
    CorpusPage CorpusEvents(CorpusQuery query);

    /// <summary>One corpus event with its mentions, or null.</summary>
    CorpusEventView? CorpusEvent(long id);

    /// <summary>Every corpus event with its mentions, by date then id (for exports).</summary>
    IEnumerable<CorpusEventView> AllCorpusEvents();

    /// <summary>A document with its layers and events, or null.</summary>
    DocumentView? Document(string id);

    /// <summary>Actors seen in corpus events whose code or name starts with the prefix, most events first.</summary>
    IReadOnlyList<ActorCount> Actors(string? prefix, int limit = 50);

    StatsView Stats();

    /// <summary>Documents matching a full-text query, best first, with a snippet.</summary>
    /// <exception cref="StoreException">the query is not valid.</exception>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);

    /// <summary>Number of rows of one of the store's tables (<see cref="SqlCorpusStore.Tables"/>).</summary>
    long Count(string table);
}

/// <summary>A filter over corpus events; every part optional (as <see cref="EventQuery"/>, plus the root code and a full-text query over the mentions' documents).</summary>
public sealed record CorpusQuery
{
    public string? Actor { get; init; }
    public string? Target { get; init; }
    public string? Code { get; init; }
    public string? Root { get; init; }
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    public string? Text { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

public sealed record CorpusPage(IReadOnlyList<CorpusEventView> Items, long Total, int Page, int PageSize);

public sealed record ActorView(string? Code, string? Name, string? Country);

public sealed record LocationView(string Name, string? Country, double? Lat, double? Lon);

/// <summary>
/// A corpus event: the events of every document that share source actor code, target actor
/// code, CAMEO code and date (at its precision). <see cref="Goldstein"/> is the CAMEO code's
/// score. <see cref="NumSources"/> counts distinct outlets. <see cref="AvgTone"/> is the mean tone
/// of the distinct documents that state it (each document's tone is GDELT's: 100 × (positive −
/// negative words) / words, from data/lang/xx/tone.tsv), recomputed with the counts.
/// </summary>
public sealed record CorpusEventView(
    long Id, string? Date, ActorView? Source, ActorView? Target,
    string Cameo, string? CameoName, string Root, string? Plover, int? Quad, double? Goldstein,
    int NumMentions, int NumSources, int NumArticles, string? FirstSeen, string? LastSeen,
    LocationView? Location)
{
    /// <summary>Only when asked for one event or an export; left out of lists.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CorpusMention>? Mentions { get; init; }

    /// <summary>Url of the first document that stated it (GDELT's SOURCEURL).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? FirstUrl { get; init; }

    /// <summary>When its first document was stored (ISO 8601, UTC): GDELT's DATEADDED.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? AddedAt { get; init; }

    /// <summary>Mean tone of its documents (GDELT's AvgTone); null when none was measured (stored before tone was).</summary>
    public double? AvgTone { get; init; }
}

/// <summary>One place in one document where a corpus event is stated.</summary>
public sealed record CorpusMention(
    string DocumentId, string? Title, string? Url, string? Source, string? Date,
    int Sentence, int Start, int End, string Trigger, string Modality, string Rule, ActorView? ReportedBy)
{
    /// <summary>Length of the document's text (GDELT's MentionDocLen).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int DocumentLength { get; init; }

    /// <summary>When the document was stored (ISO 8601, UTC).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? AddedAt { get; init; }

    /// <summary>Tone of the document (GDELT's MentionDocTone).</summary>
    public double? DocumentTone { get; init; }
}

public sealed record DocumentView(
    string Id, string? Title, string? Url, string? Source, string? Date, string? Lang, string Text,
    IReadOnlyList<EntityView> Entities, IReadOnlyList<TimexView> Timex, IReadOnlyList<AmountView> Amounts,
    IReadOnlyList<QuoteView> Quotes, IReadOnlyList<DocumentEventView> Events)
{
    /// <summary>GDELT-style tone: 100 × (positive − negative words) / words; null when not measured.</summary>
    public double? Tone { get; init; }
}

public sealed record EntityView(int Start, int End, string Text, string Kind, string? Code, string? Country);
public sealed record TimexView(int Start, int End, string Text, string Type, string Value);
public sealed record AmountView(int Start, int End, string Text, double? Value, string Qualifier, string? Unit);
public sealed record QuoteView(int Start, int End, string Text, string? Speaker);

/// <summary>An event as one document states it; <see cref="Start"/>/<see cref="End"/> are its first trigger's offsets.</summary>
public sealed record DocumentEventView(
    long Id, long? CorpusEventId, int Start, int End, string? Trigger, ActorView? Source, ActorView? Target,
    string Cameo, string? CameoName, string? Date, string DateFrom, string Modality, string Rule, LocationView? Location);

public sealed record ActorCount(string Code, string? Name, string? Country, long Events);

public sealed record SearchHit(string Id, string? Date, string? Title, string Snippet);

public sealed record DayCount(string Date, long Quad1, long Quad2, long Quad3, long Quad4);
public sealed record CountryPairCount(string Source, string Target, long Count, long Conflict, long Cooperation);
public sealed record CountryCount(string Country, long Count);
public sealed record Totals(long Documents, long Events, long CorpusEvents, long Mentions, long Sources);
public sealed record StatsView(IReadOnlyList<DayCount> ByDay, IReadOnlyList<CountryPairCount> ByCountryPair, IReadOnlyList<CountryCount> ByCountry, Totals Totals);
