using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigie.Coding.Ontology;
using Vigie.Core;

namespace Vigie.Store;

/// <summary>
/// The corpus store over any SQL database: every statement is parameterised (<c>@name</c>, which
/// both SQLite and Npgsql read) and written in the SQL both dialects share. A subclass gives the
/// schema (<see cref="Steps"/>) and full-text search, the only parts that differ.
/// </summary>
public abstract class SqlCorpusStore : ICorpusStore
{
    public static readonly string[] Tables = ["documents", "entities", "timex", "amounts", "quotes", "events", "event_mentions", "corpus_events"];

    /// <summary>
    /// The outlet of a document (alias d) as counted in NumSources: its source (readers fill it
    /// with the url's host when missing); a document with neither is an outlet of its own, since
    /// nothing says it shares one with another.
    /// </summary>
    private const string Outlet = "coalesce(d.source, 'doc:' || d.id)";

    protected DbConnection Db { get; }

    public string Name { get; }

    protected SqlCorpusStore(string name, DbConnection db) { Name = name; Db = db; }

    /// <summary>The schema as numbered steps; a new version appends a step, applied steps are never edited.</summary>
    protected abstract IReadOnlyList<(int Version, string Name, string Sql)> Steps { get; }

    /// <summary>SQL selecting the ids of the documents matching the full-text query <c>@q</c>.</summary>
    protected abstract string MatchingDocumentIds { get; }

    /// <summary>SQL selecting id, date, title and a snippet of the documents matching <c>@q</c>, best first, at most <c>@limit</c>.</summary>
    protected abstract string SearchSql { get; }

    /// <summary>Brings the schema up to date and gives events stored before corpus events existed their corpus event.</summary>
    protected void Initialise()
    {
        Exec("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        int have = SchemaVersion;
        int latest = Steps[^1].Version;
        if (have > latest) throw new StoreException($"{Name}: schema version {have} is newer than this Vigie knows ({latest}); use a newer vigie");
        foreach (var (version, name, sql) in Steps)
        {
            if (version <= have) continue;
            using var tx = Db.BeginTransaction();
            Exec(sql, tx);
            Execute("INSERT INTO migrations (version, name, applied_at) VALUES (@v, @n, @t)", tx,
                ("@v", version), ("@n", name), ("@t", Now()));
            tx.Commit();
        }
        using (var tx = Db.BeginTransaction())
        {
            var affected = new HashSet<long>();
            AssignCorpusEvents(tx, affected);
            Refresh(affected, tx);
            tx.Commit();
        }
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT coalesce(max(version), 0) FROM migrations"), CultureInfo.InvariantCulture);

    /// <summary>SHA-256 of a document's text, in hex: what "the same document" means.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public IngestOutcome Check(string id, string contentHash) => Check(id, contentHash, null);

    private IngestOutcome Check(string id, string contentHash, DbTransaction? tx)
    {
        var stored = Scalar("SELECT content_hash FROM documents WHERE id = @id", tx, ("@id", id)) as string;
        return stored is null ? IngestOutcome.New : stored == contentHash ? IngestOutcome.Unchanged : IngestOutcome.Updated;
    }

    public IReadOnlyList<IngestOutcome> SaveBatch(IReadOnlyList<Document> documents)
    {
        var outcomes = new List<IngestOutcome>(documents.Count);
        var affected = new HashSet<long>();
        using var tx = Db.BeginTransaction();
        foreach (var d in documents)
        {
            var hash = ContentHash(d.Text);
            var outcome = Check(d.Id, hash, tx);
            outcomes.Add(outcome);
            if (outcome == IngestOutcome.Unchanged) continue;
            if (outcome == IngestOutcome.Updated) Delete(d.Id, tx, affected);
            Insert(d, hash, Now(), tx);
        }
        AssignCorpusEvents(tx, affected);
        Refresh(affected, tx);
        tx.Commit();
        return outcomes;
    }

    public int ReplaceAll(IEnumerable<Document> analysed)
    {
        var affected = new HashSet<long>();
        int n = 0;
        using var tx = Db.BeginTransaction();
        foreach (var d in analysed)
        {
            // A recoded document keeps the time it was first stored (GDELT's DATEADDED).
            var storedAt = Delete(d.Id, tx, affected);
            Insert(d, ContentHash(d.Text), storedAt ?? Now(), tx);
            n++;
        }
        // Corpus events are matched by key after every document is in, so an event that is still
        // stated keeps its id; those left with no mention are dropped by the refresh.
        AssignCorpusEvents(tx, affected);
        Refresh(affected, tx);
        tx.Commit();
        return n;
    }

    public IReadOnlyList<Document> StoredDocuments()
    {
        var docs = new List<Document>();
        using var cmd = Command("SELECT id, text, lang, date, title, url, source, body_start, body_end FROM documents ORDER BY id", null);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            docs.Add(new Document
            {
                Id = r.GetString(0), Text = r.GetString(1), Lang = Str(r, 2),
                Date = Str(r, 3) is { } date && PartialDate.TryParse(date, out var pd) ? pd : null,
                Title = Str(r, 4), Url = Str(r, 5), Source = Str(r, 6),
                Body = TextSpan.FromBounds(Int(r, 7), Int(r, 8)),
            });
        return docs;
    }

    /// <summary>Deletes a document and its layers, noting its corpus events; returns when it had been stored (null if it was not).</summary>
    private string? Delete(string id, DbTransaction tx, HashSet<long> affected)
    {
        var storedAt = Scalar("SELECT ingested_at FROM documents WHERE id = @id", tx, ("@id", id)) as string;
        using (var cmd = Command("SELECT DISTINCT corpus_event_id FROM events WHERE doc_id = @id AND corpus_event_id IS NOT NULL", tx, ("@id", id)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) affected.Add(Long(r, 0));
        Execute("DELETE FROM documents WHERE id = @id", tx, ("@id", id));
        return storedAt;
    }

    private void Insert(Document d, string hash, string storedAt, DbTransaction tx)
    {
        Execute("""
            INSERT INTO documents (id, content_hash, lang, date, title, url, source, text, body_start, body_end, ingested_at, tone)
            VALUES (@id, @hash, @lang, @date, @title, @url, @source, @text, @bs, @be, @at, @tone)
            """, tx, ("@id", d.Id), ("@hash", hash), ("@lang", d.Lang), ("@date", d.Date?.ToString()), ("@title", d.Title),
            ("@url", d.Url), ("@source", d.Source), ("@text", d.Text), ("@bs", d.Body.Start), ("@be", d.Body.End), ("@at", storedAt),
            ("@tone", d.Tone));

        int i = 0;
        foreach (var e in d.Entities)
            Execute("INSERT INTO entities (doc_id, ordinal, span_start, span_end, text, type, code, country, name) VALUES (@doc, @i, @s, @e, @text, @type, @code, @country, @name)", tx,
                ("@doc", d.Id), ("@i", i++), ("@s", e.Span.Start), ("@e", e.Span.End), ("@text", e.Text), ("@type", e.Type),
                ("@code", e.Code), ("@country", e.Country), ("@name", e.Name));
        i = 0;
        foreach (var t in d.Timex)
            Execute("INSERT INTO timex (doc_id, ordinal, span_start, span_end, text, type, value) VALUES (@doc, @i, @s, @e, @text, @type, @value)", tx,
                ("@doc", d.Id), ("@i", i++), ("@s", t.Span.Start), ("@e", t.Span.End), ("@text", t.Text), ("@type", t.Type), ("@value", t.Value));
        i = 0;
        foreach (var a in d.Amounts)
            Execute("INSERT INTO amounts (doc_id, ordinal, span_start, span_end, text, value, qualifier, unit) VALUES (@doc, @i, @s, @e, @text, @value, @q, @unit)", tx,
                ("@doc", d.Id), ("@i", i++), ("@s", a.Span.Start), ("@e", a.Span.End), ("@text", a.Text),
                ("@value", a.Value is { } v ? (double)v : null), ("@q", a.Qualifier), ("@unit", a.Unit));
        i = 0;
        foreach (var q in d.Quotes)
            Execute("INSERT INTO quotes (doc_id, ordinal, span_start, span_end, text, speaker, speaker_code, verb) VALUES (@doc, @i, @s, @e, @text, @speaker, @code, @verb)", tx,
                ("@doc", d.Id), ("@i", i++), ("@s", q.Span.Start), ("@e", q.Span.End), ("@text", q.Text),
                ("@speaker", q.Speaker), ("@code", q.SpeakerCode), ("@verb", q.Verb));
        i = 0;
        foreach (var e in d.Events)
        {
            var range = TimexRange.Of(e.Date);
            var eventId = Convert.ToInt64(Scalar("""
                INSERT INTO events (doc_id, ordinal, source_text, source_code, source_country, source_name,
                    target_text, target_code, target_country, target_name, cameo, root, date, date_first, date_last, date_source,
                    modality, reported_by_text, reported_by_code, reported_by_country,
                    location_text, location_name, location_country, location_lat, location_lon, rule)
                VALUES (@doc, @i, @st, @sc, @sn, @sname, @tt, @tc, @tn, @tname, @cameo, @root, @date, @first, @last, @dsrc,
                    @mod, @rt, @rc, @rn, @lt, @lname, @lc, @lat, @lon, @rule)
                RETURNING id
                """, tx, ("@doc", d.Id), ("@i", i++),
                ("@st", e.Source?.Text), ("@sc", e.Source?.Code), ("@sn", e.Source?.Country), ("@sname", e.Source?.Name),
                ("@tt", e.Target?.Text), ("@tc", e.Target?.Code), ("@tn", e.Target?.Country), ("@tname", e.Target?.Name),
                ("@cameo", e.Cameo), ("@root", e.Root), ("@date", e.Date), ("@first", range?.First), ("@last", range?.Last),
                ("@dsrc", e.DateSource), ("@mod", e.Modality),
                ("@rt", e.ReportedBy?.Text), ("@rc", e.ReportedBy?.Code), ("@rn", e.ReportedBy?.Country),
                ("@lt", e.Location?.Text), ("@lname", e.Location?.Name), ("@lc", e.Location?.Country),
                ("@lat", e.Location?.Lat), ("@lon", e.Location?.Lon), ("@rule", e.Rule)), CultureInfo.InvariantCulture);
            int m = 0;
            foreach (var mention in e.Mentions)
                Execute("INSERT INTO event_mentions (event_id, ordinal, sentence, span_start, span_end, trigger) VALUES (@ev, @i, @sent, @s, @e, @trigger)", tx,
                    ("@ev", eventId), ("@i", m++), ("@sent", mention.Sentence), ("@s", mention.Trigger.Start),
                    ("@e", mention.Trigger.End), ("@trigger", mention.TriggerText));
        }
    }

    /// <summary>Gives every event without a corpus event the one of its key, creating it when new.</summary>
    private void AssignCorpusEvents(DbTransaction tx, HashSet<long> affected)
    {
        var pending = new List<(long Id, string Key, string Cameo, string Root, string? Date, string? First, string? Last, string? Source, string? Target)>();
        using (var cmd = Command("""
            SELECT id, source_code, source_text, target_code, target_text, cameo, root, date, date_first, date_last
            FROM events WHERE corpus_event_id IS NULL ORDER BY id
            """, tx))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                pending.Add((Long(r, 0), CorpusKey.Of(Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetString(5), Str(r, 7)),
                    r.GetString(5), r.GetString(6), Str(r, 7), Str(r, 8), Str(r, 9), Str(r, 1), Str(r, 3)));
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in pending)
        {
            if (!ids.TryGetValue(e.Key, out long cid))
            {
                // The no-op update makes RETURNING give the id of an existing row too.
                cid = Convert.ToInt64(Scalar("""
                    INSERT INTO corpus_events (key, source_code, target_code, cameo, root, date, date_first, date_last, num_mentions, num_sources, num_articles)
                    VALUES (@key, @sc, @tc, @cameo, @root, @date, @first, @last, 0, 0, 0)
                    ON CONFLICT (key) DO UPDATE SET key = excluded.key
                    RETURNING id
                    """, tx, ("@key", e.Key), ("@sc", e.Source), ("@tc", e.Target), ("@cameo", e.Cameo), ("@root", e.Root),
                    ("@date", e.Date), ("@first", e.First), ("@last", e.Last)), CultureInfo.InvariantCulture);
                ids[e.Key] = cid;
            }
            Execute("UPDATE events SET corpus_event_id = @c WHERE id = @e", tx, ("@c", cid), ("@e", e.Id));
            affected.Add(cid);
        }
    }

    /// <summary>Recomputes the counts and descriptions of corpus events from their events; drops those with none left.</summary>
    private void Refresh(IEnumerable<long> corpusIds, DbTransaction tx)
    {
        const string first = "FROM events e WHERE e.corpus_event_id = @id ORDER BY e.id LIMIT 1";
        const string located = "FROM events e WHERE e.corpus_event_id = @id AND e.location_name IS NOT NULL ORDER BY e.id LIMIT 1";
        const string docs = "FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.corpus_event_id = @id";
        foreach (var id in corpusIds)
        {
            Execute($"""
                UPDATE corpus_events SET
                    num_mentions = (SELECT count(*) FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE e.corpus_event_id = @id),
                    num_articles = (SELECT count(DISTINCT e.doc_id) {docs}),
                    num_sources = (SELECT count(DISTINCT {Outlet}) {docs}),
                    first_seen = (SELECT min(d.date) {docs}),
                    last_seen = (SELECT max(d.date) {docs}),
                    added_at = (SELECT min(d.ingested_at) {docs}),
                    avg_tone = (SELECT avg(d.tone) FROM documents d WHERE d.id IN (SELECT e.doc_id FROM events e WHERE e.corpus_event_id = @id)),
                    first_url = (SELECT d.url {docs} AND d.url IS NOT NULL ORDER BY d.date IS NULL, d.date, e.id LIMIT 1),
                    source_name = (SELECT coalesce(e.source_name, e.source_text) {first}),
                    source_country = (SELECT e.source_country {first}),
                    target_name = (SELECT coalesce(e.target_name, e.target_text) {first}),
                    target_country = (SELECT e.target_country {first}),
                    location_name = (SELECT e.location_name {located}),
                    location_country = (SELECT e.location_country {located}),
                    location_lat = (SELECT e.location_lat {located}),
                    location_lon = (SELECT e.location_lon {located})
                WHERE id = @id
                """, tx, ("@id", id));
            Execute("DELETE FROM corpus_events WHERE id = @id AND num_articles = 0", tx, ("@id", id));
        }
    }

    /// <summary>
    /// WHERE clauses of the actor, target, code, root and date filters over a table (alias
    /// <paramref name="t"/>) having source_code/country, target_code/country, cameo, root, date_first/last.
    /// </summary>
    private static (List<string> Where, List<(string, object?)> Args) Filters(string t, string? actor, string? target, string? code, string? root, PartialDate? from, PartialDate? to)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (actor is { Length: > 0 })
        {
            where.Add($"(substr({t}.source_code, 1, length(@actor)) = @actor OR {t}.source_country = @actor)");
            args.Add(("@actor", actor.ToUpperInvariant()));
        }
        if (target is { Length: > 0 })
        {
            where.Add($"(substr({t}.target_code, 1, length(@target)) = @target OR {t}.target_country = @target)");
            args.Add(("@target", target.ToUpperInvariant()));
        }
        if (code is { Length: > 0 })
        {
            where.Add($"substr({t}.cameo, 1, length(@code)) = @code");
            args.Add(("@code", code));
        }
        if (root is { Length: > 0 })
        {
            where.Add($"{t}.root = @root");
            args.Add(("@root", root));
        }
        if (from is { } f)
        {
            where.Add($"{t}.date_last >= @from");
            args.Add(("@from", TimexRange.Of(f).First));
        }
        if (to is { } u)
        {
            where.Add($"{t}.date_first <= @to");
            args.Add(("@to", TimexRange.Of(u).Last));
        }
        return (where, args);
    }

    private static string WhereClause(List<string> where) => where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "";

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        var (where, args) = Filters("e", query.Actor, query.Target, query.Code, null, query.From, query.To);
        if (query.DocumentId is { } doc)
        {
            where.Add("e.doc_id = @doc");
            args.Add(("@doc", doc));
        }
        if (query.Limit is { } limit) args.Add(("@limit", limit));
        var sql = $"""
            SELECT e.id, e.doc_id, d.title, e.source_text, e.source_code, e.source_country, e.source_name,
                e.target_text, e.target_code, e.target_country, e.target_name, e.cameo, e.date, e.date_source, e.modality,
                e.reported_by_text, e.reported_by_code, e.reported_by_country,
                e.location_text, e.location_name, e.location_country, e.location_lat, e.location_lon, e.rule
            FROM events e JOIN documents d ON d.id = e.doc_id
            {WhereClause(where)}
            ORDER BY e.date_first IS NULL, e.date_first, e.doc_id, e.ordinal
            {(query.Limit is not null ? "LIMIT @limit" : "")}
            """;
        var result = new List<(long Id, StoredEvent Event)>();
        using (var cmd = Command(sql, null, [.. args]))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                var e = new Event
                {
                    Cameo = reader.GetString(11),
                    Rule = reader.GetString(23),
                    Source = Actor(reader, 3),
                    Target = Actor(reader, 7),
                    Date = Str(reader, 12),
                    DateSource = reader.GetString(13),
                    Modality = reader.GetString(14),
                    ReportedBy = Str(reader, 15) is { } rt ? new ActorRef(rt, Str(reader, 16), Str(reader, 17), null, default) : null,
                    Location = Str(reader, 19) is { } lname
                        ? new EventLocation(Str(reader, 18) ?? lname, lname, Str(reader, 20), Dbl(reader, 21), Dbl(reader, 22), default)
                        : null,
                };
                result.Add((Long(reader, 0), new StoredEvent(reader.GetString(1), Str(reader, 2), e)));
            }
        }
        foreach (var (id, stored) in result)
        {
            using var mc = Command("SELECT sentence, span_start, span_end, trigger FROM event_mentions WHERE event_id = @id ORDER BY ordinal", null, ("@id", id));
            using var m = mc.ExecuteReader();
            while (m.Read())
                stored.Event.Mentions.Add(new EventMention(Int(m, 0), TextSpan.FromBounds(Int(m, 1), Int(m, 2)), m.GetString(3)));
        }
        return result.Select(r => r.Event).ToArray();
    }

    private const string CorpusColumns = """
        c.id, c.date, c.source_code, c.source_name, c.source_country, c.target_code, c.target_name, c.target_country,
        c.cameo, c.root, c.num_mentions, c.num_sources, c.num_articles, c.first_seen, c.last_seen,
        c.location_name, c.location_country, c.location_lat, c.location_lon, c.first_url, c.added_at, c.avg_tone
        """;

    private const string CorpusOrder = "ORDER BY c.date_first IS NULL, c.date_first, c.id";

    public CorpusPage CorpusEvents(CorpusQuery query)
    {
        var (where, args) = Filters("c", query.Actor, query.Target, query.Code, query.Root, query.From, query.To);
        if (query.Text is { Length: > 0 } text)
        {
            where.Add($"c.id IN (SELECT e.corpus_event_id FROM events e WHERE e.doc_id IN ({MatchingDocumentIds}))");
            args.Add(("@q", text));
        }
        try
        {
            long total = Convert.ToInt64(Scalar($"SELECT count(*) FROM corpus_events c {WhereClause(where)}", null, [.. args]), CultureInfo.InvariantCulture);
            args.Add(("@limit", query.PageSize));
            args.Add(("@offset", (long)(query.Page - 1) * query.PageSize));
            var items = ReadCorpus($"SELECT {CorpusColumns} FROM corpus_events c {WhereClause(where)} {CorpusOrder} LIMIT @limit OFFSET @offset", [.. args]);
            return new CorpusPage(items, total, query.Page, query.PageSize);
        }
        catch (DbException e) when (query.Text is not null)
        {
            throw new StoreException($"bad search '{query.Text}': {e.Message}");
        }
    }

    public CorpusEventView? CorpusEvent(long id)
    {
        var found = ReadCorpus($"SELECT {CorpusColumns} FROM corpus_events c WHERE c.id = @id", ("@id", id));
        if (found.Count == 0) return null;
        var mentions = Mentions("e.corpus_event_id = @id", ("@id", id));
        return found[0] with { Mentions = mentions.GetValueOrDefault(id, []) };
    }

    public IEnumerable<CorpusEventView> AllCorpusEvents()
    {
        var events = ReadCorpus($"SELECT {CorpusColumns} FROM corpus_events c {CorpusOrder}");
        var mentions = Mentions("e.corpus_event_id IS NOT NULL");
        return events.Select(e => e with { Mentions = mentions.GetValueOrDefault(e.Id, []) });
    }

    private List<CorpusEventView> ReadCorpus(string sql, params (string, object?)[] args)
    {
        var ontology = CameoOntology.Default;
        var list = new List<CorpusEventView>();
        using var cmd = Command(sql, null, args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var cameo = r.GetString(8);
            var known = ontology.Find(cameo);
            list.Add(new CorpusEventView(
                Long(r, 0), Str(r, 1), View(Str(r, 2), Str(r, 3), Str(r, 4)), View(Str(r, 5), Str(r, 6), Str(r, 7)),
                cameo, known?.Name, r.GetString(9), known?.Plover, known?.Quad, known?.Goldstein,
                Int(r, 10), Int(r, 11), Int(r, 12), Str(r, 13), Str(r, 14),
                Str(r, 15) is { } place ? new LocationView(place, Str(r, 16), Dbl(r, 17), Dbl(r, 18)) : null)
            { FirstUrl = Str(r, 19), AddedAt = Str(r, 20), AvgTone = Dbl(r, 21) });
        }
        return list;
    }

    private static ActorView? View(string? code, string? name, string? country) =>
        code is null && name is null ? null : new ActorView(code, name, country);

    /// <summary>Mentions of the corpus events an SQL condition on events (alias e) selects, by corpus event id.</summary>
    private Dictionary<long, List<CorpusMention>> Mentions(string condition, params (string, object?)[] args)
    {
        var byEvent = new Dictionary<long, List<CorpusMention>>();
        using var cmd = Command($"""
            SELECT e.corpus_event_id, e.doc_id, d.title, d.url, d.source, d.date, m.sentence, m.span_start, m.span_end, m.trigger,
                e.modality, e.rule, e.reported_by_text, e.reported_by_code, e.reported_by_country, length(d.text), d.ingested_at, d.tone
            FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = e.doc_id
            WHERE {condition}
            ORDER BY e.corpus_event_id, d.date IS NULL, d.date, e.doc_id, e.ordinal, m.ordinal
            """, null, args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            long id = Long(r, 0);
            if (!byEvent.TryGetValue(id, out var list)) byEvent[id] = list = [];
            list.Add(new CorpusMention(r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Int(r, 6), Int(r, 7), Int(r, 8),
                r.GetString(9), r.GetString(10), r.GetString(11), Str(r, 12) is { } rt ? new ActorView(Str(r, 13), rt, Str(r, 14)) : null)
            { DocumentLength = Int(r, 15), AddedAt = r.GetString(16), DocumentTone = Dbl(r, 17) });
        }
        return byEvent;
    }

    public DocumentView? Document(string id)
    {
        string? title, url, source, date, lang, text;
        double? tone;
        using (var cmd = Command("SELECT title, url, source, date, lang, text, tone FROM documents WHERE id = @id", null, ("@id", id)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            (title, url, source, date, lang, text, tone) = (Str(r, 0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetString(5), Dbl(r, 6));
        }
        var p = ("@id", (object?)id);
        var entities = Rows("SELECT span_start, span_end, text, type, code, country FROM entities WHERE doc_id = @id ORDER BY ordinal",
            r => new EntityView(Int(r, 0), Int(r, 1), r.GetString(2), r.GetString(3), Str(r, 4), Str(r, 5)), p);
        var timex = Rows("SELECT span_start, span_end, text, type, value FROM timex WHERE doc_id = @id ORDER BY ordinal",
            r => new TimexView(Int(r, 0), Int(r, 1), r.GetString(2), r.GetString(3), r.GetString(4)), p);
        var amounts = Rows("SELECT span_start, span_end, text, value, qualifier, unit FROM amounts WHERE doc_id = @id ORDER BY ordinal",
            r => new AmountView(Int(r, 0), Int(r, 1), r.GetString(2), Dbl(r, 3), r.GetString(4), Str(r, 5)), p);
        var quotes = Rows("SELECT span_start, span_end, text, speaker FROM quotes WHERE doc_id = @id ORDER BY ordinal",
            r => new QuoteView(Int(r, 0), Int(r, 1), r.GetString(2), Str(r, 3)), p);
        var ontology = CameoOntology.Default;
        var events = Rows("""
            SELECT e.id, e.corpus_event_id, m.span_start, m.span_end, m.trigger,
                e.source_code, coalesce(e.source_name, e.source_text), e.source_country,
                e.target_code, coalesce(e.target_name, e.target_text), e.target_country,
                e.cameo, e.date, e.date_source, e.modality, e.rule,
                e.location_name, e.location_country, e.location_lat, e.location_lon
            FROM events e LEFT JOIN event_mentions m ON m.event_id = e.id AND m.ordinal = 0
            WHERE e.doc_id = @id ORDER BY e.ordinal
            """, r => new DocumentEventView(Long(r, 0), r.IsDBNull(1) ? null : Long(r, 1),
                r.IsDBNull(2) ? 0 : Int(r, 2), r.IsDBNull(3) ? 0 : Int(r, 3), Str(r, 4),
                View(Str(r, 5), Str(r, 6), Str(r, 7)), View(Str(r, 8), Str(r, 9), Str(r, 10)),
                r.GetString(11), ontology.Find(r.GetString(11))?.Name, Str(r, 12), r.GetString(13), r.GetString(14), r.GetString(15),
                Str(r, 16) is { } place ? new LocationView(place, Str(r, 17), Dbl(r, 18), Dbl(r, 19)) : null), p);
        return new DocumentView(id, title, url, source, date, lang, text, entities, timex, amounts, quotes, events) { Tone = tone };
    }

    public IReadOnlyList<ActorCount> Actors(string? prefix, int limit = 50)
    {
        var p = (prefix ?? "").Trim();
        return Rows("""
            SELECT a.code, max(a.name), max(a.country), count(DISTINCT a.id) AS n FROM (
                SELECT id, source_code AS code, source_name AS name, source_country AS country FROM corpus_events WHERE source_code IS NOT NULL
                UNION ALL
                SELECT id, target_code, target_name, target_country FROM corpus_events WHERE target_code IS NOT NULL) a
            WHERE substr(a.code, 1, length(@code)) = @code OR lower(substr(a.name, 1, length(@name))) = @name
            GROUP BY a.code ORDER BY n DESC, a.code LIMIT @limit
            """, r => new ActorCount(r.GetString(0), Str(r, 1), Str(r, 2), Long(r, 3)),
            ("@code", p.ToUpperInvariant()), ("@name", p.ToLowerInvariant()), ("@limit", limit));
    }

    public StatsView Stats()
    {
        var quads = CameoOntology.Default;
        int QuadOf(string root) => quads.Find(root)?.Quad ?? 0;

        var days = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
        // Only events dated to the day: one of "2023-10" has no day to be counted on.
        foreach (var (date, root, n) in Rows("""
            SELECT date_first, root, count(*) FROM corpus_events
            WHERE date_first IS NOT NULL AND date_first = date_last GROUP BY date_first, root
            """, r => (r.GetString(0), r.GetString(1), Long(r, 2))))
        {
            if (!days.TryGetValue(date, out var q)) days[date] = q = new long[5];
            q[QuadOf(root)] += n;
        }
        var pairs = new Dictionary<(string, string), long[]>();
        foreach (var (s, t, root, n) in Rows("""
            SELECT source_country, target_country, root, count(*) FROM corpus_events
            WHERE source_country IS NOT NULL AND target_country IS NOT NULL GROUP BY source_country, target_country, root
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2), Long(r, 3))))
        {
            if (!pairs.TryGetValue((s, t), out var c)) pairs[(s, t)] = c = new long[3];
            c[0] += n;
            if (QuadOf(root) is 1 or 2) c[2] += n;
            else if (QuadOf(root) is 3 or 4) c[1] += n;
        }
        var countries = Rows("""
            SELECT x.country, count(DISTINCT x.id) AS n FROM (
                SELECT id, source_country AS country FROM corpus_events UNION ALL SELECT id, target_country FROM corpus_events) x
            WHERE x.country IS NOT NULL GROUP BY x.country ORDER BY n DESC, x.country
            """, r => new CountryCount(r.GetString(0), Long(r, 1)));
        var totals = new Totals(Count("documents"), Count("events"), Count("corpus_events"), Count("event_mentions"),
            Convert.ToInt64(Scalar($"SELECT count(DISTINCT {Outlet}) FROM documents d"), CultureInfo.InvariantCulture));
        return new StatsView(
            days.Select(d => new DayCount(d.Key, d.Value[1], d.Value[2], d.Value[3], d.Value[4])).ToArray(),
            pairs.Select(p => new CountryPairCount(p.Key.Item1, p.Key.Item2, p.Value[0], p.Value[1], p.Value[2]))
                .OrderByDescending(p => p.Count).ThenBy(p => p.Source, StringComparer.Ordinal).ThenBy(p => p.Target, StringComparer.Ordinal).ToArray(),
            countries, totals);
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        try
        {
            return Rows(SearchSql, r => new SearchHit(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3) ?? ""), ("@q", query), ("@limit", limit));
        }
        catch (DbException e) { throw new StoreException($"{Name}: bad search '{query}': {e.Message}"); }
    }

    /// <summary>Ids of the documents matching a full-text query, best first.</summary>
    public IReadOnlyList<string> SearchDocuments(string query, int limit = 100) => Search(query, limit).Select(h => h.Id).ToArray();

    public long Count(string table)
    {
        if (!Tables.Contains(table)) throw new ArgumentException($"unknown table '{table}'", nameof(table));
        return Convert.ToInt64(Scalar($"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);
    }

    private static ActorRef? Actor(DbDataReader r, int first) =>
        Str(r, first) is { } text ? new ActorRef(text, Str(r, first + 1), Str(r, first + 2), Str(r, first + 3), default) : null;

    protected static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    protected static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
    protected static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
    protected static double? Dbl(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);

    private static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private List<T> Rows<T>(string sql, Func<DbDataReader, T> read, params (string, object?)[] args)
    {
        var list = new List<T>();
        using var cmd = Command(sql, null, args);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(read(r));
        return list;
    }

    protected DbCommand Command(string sql, DbTransaction? tx, params (string Name, object? Value)[] args)
    {
        var cmd = Db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    protected int Execute(string sql, DbTransaction? tx, params (string, object?)[] args)
    {
        using var cmd = Command(sql, tx, args);
        return cmd.ExecuteNonQuery();
    }

    protected object? Scalar(string sql, DbTransaction? tx = null, params (string, object?)[] args)
    {
        using var cmd = Command(sql, tx, args);
        return cmd.ExecuteScalar();
    }

    protected void Exec(string sql, DbTransaction? tx = null)
    {
        using var cmd = Db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Db.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A store that cannot be opened or used; the message names it.</summary>
public sealed class StoreException(string message) : Exception(message);
