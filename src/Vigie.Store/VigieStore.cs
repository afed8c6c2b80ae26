using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Vigie.Core;

namespace Vigie.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode holding documents, their layers (entities,
/// time expressions, amounts, quotes) and events with their mentions. Every statement is
/// parameterised. A document is keyed by its id; storing it again with the same content hash
/// changes nothing, with another hash replaces it and its layers.
/// </summary>
public sealed class VigieStore : IDisposable
{
    private readonly SqliteConnection _db;

    public string Path { get; }

    private VigieStore(string path, SqliteConnection db) { Path = path; _db = db; }

    /// <summary>Opens (creating when needed) a store file and brings its schema up to date.</summary>
    /// <exception cref="StoreException">the file cannot be opened or is not a Vigie store.</exception>
    public static VigieStore Open(string path)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null && !Directory.Exists(dir)) throw new StoreException($"{path}: folder {dir} does not exist");
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            db.Open();
            Exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
            var store = new VigieStore(path, db);
            store.Migrate();
            return store;
        }
        catch (StoreException)
        {
            db.Dispose();
            throw;
        }
        catch (SqliteException e)
        {
            db.Dispose();
            throw new StoreException($"{path}: cannot open the store: {e.Message}");
        }
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT coalesce(max(version), 0) FROM migrations"), CultureInfo.InvariantCulture);

    private void Migrate()
    {
        Exec(_db, "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        int have = SchemaVersion;
        int latest = Migrations.Steps[^1].Version;
        if (have > latest) throw new StoreException($"{Path}: schema version {have} is newer than this Vigie knows ({latest}); use a newer vigie");
        foreach (var (version, name, sql) in Migrations.Steps)
        {
            if (version <= have) continue;
            using var tx = _db.BeginTransaction();
            Exec(_db, sql, tx);
            Execute("INSERT INTO migrations (version, name, applied_at) VALUES ($v, $n, $t)", tx,
                ("$v", version), ("$n", name), ("$t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            tx.Commit();
        }
    }

    /// <summary>SHA-256 of a document's text, in hex: what "the same document" means.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>What storing a document with this id and hash would do.</summary>
    public IngestOutcome Check(string id, string contentHash) => Check(id, contentHash, null);

    private IngestOutcome Check(string id, string contentHash, SqliteTransaction? tx)
    {
        var stored = Scalar("SELECT content_hash FROM documents WHERE id = $id", tx, ("$id", id)) as string;
        return stored is null ? IngestOutcome.New : stored == contentHash ? IngestOutcome.Unchanged : IngestOutcome.Updated;
    }

    /// <summary>
    /// Stores analysed documents in one transaction: unchanged ones (same id and hash) are left as
    /// they are, changed ones replaced with all their layers.
    /// </summary>
    public IReadOnlyList<IngestOutcome> SaveBatch(IReadOnlyList<Document> documents)
    {
        var outcomes = new List<IngestOutcome>(documents.Count);
        using var tx = _db.BeginTransaction();
        foreach (var d in documents)
        {
            var hash = ContentHash(d.Text);
            var outcome = Check(d.Id, hash, tx);
            outcomes.Add(outcome);
            if (outcome == IngestOutcome.Unchanged) continue;
            if (outcome == IngestOutcome.Updated) Execute("DELETE FROM documents WHERE id = $id", tx, ("$id", d.Id));
            Insert(d, hash, tx);
        }
        tx.Commit();
        return outcomes;
    }

    private void Insert(Document d, string hash, SqliteTransaction tx)
    {
        Execute("""
            INSERT INTO documents (id, content_hash, lang, date, title, url, source, text, body_start, body_end, ingested_at)
            VALUES ($id, $hash, $lang, $date, $title, $url, $source, $text, $bs, $be, $at)
            """, tx, ("$id", d.Id), ("$hash", hash), ("$lang", d.Lang), ("$date", d.Date?.ToString()), ("$title", d.Title),
            ("$url", d.Url), ("$source", d.Source), ("$text", d.Text), ("$bs", d.Body.Start), ("$be", d.Body.End),
            ("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

        int i = 0;
        foreach (var e in d.Entities)
            Execute("INSERT INTO entities VALUES ($doc, $i, $s, $e, $text, $type, $code, $country, $name)", tx,
                ("$doc", d.Id), ("$i", i++), ("$s", e.Span.Start), ("$e", e.Span.End), ("$text", e.Text), ("$type", e.Type),
                ("$code", e.Code), ("$country", e.Country), ("$name", e.Name));
        i = 0;
        foreach (var t in d.Timex)
            Execute("INSERT INTO timex VALUES ($doc, $i, $s, $e, $text, $type, $value)", tx,
                ("$doc", d.Id), ("$i", i++), ("$s", t.Span.Start), ("$e", t.Span.End), ("$text", t.Text), ("$type", t.Type),
                ("$value", t.Value));
        i = 0;
        foreach (var a in d.Amounts)
            Execute("INSERT INTO amounts VALUES ($doc, $i, $s, $e, $text, $value, $q, $unit)", tx,
                ("$doc", d.Id), ("$i", i++), ("$s", a.Span.Start), ("$e", a.Span.End), ("$text", a.Text),
                ("$value", a.Value is { } v ? (double)v : null), ("$q", a.Qualifier), ("$unit", a.Unit));
        i = 0;
        foreach (var q in d.Quotes)
            Execute("INSERT INTO quotes VALUES ($doc, $i, $s, $e, $text, $speaker, $code, $verb)", tx,
                ("$doc", d.Id), ("$i", i++), ("$s", q.Span.Start), ("$e", q.Span.End), ("$text", q.Text),
                ("$speaker", q.Speaker), ("$code", q.SpeakerCode), ("$verb", q.Verb));
        i = 0;
        foreach (var e in d.Events)
        {
            var range = TimexRange.Of(e.Date);
            var eventId = (long)Scalar("""
                INSERT INTO events (doc_id, ordinal, source_text, source_code, source_country, source_name,
                    target_text, target_code, target_country, target_name, cameo, root, date, date_first, date_last, date_source,
                    modality, reported_by_text, reported_by_code, reported_by_country,
                    location_text, location_name, location_country, location_lat, location_lon, rule)
                VALUES ($doc, $i, $st, $sc, $sn, $sname, $tt, $tc, $tn, $tname, $cameo, $root, $date, $first, $last, $dsrc,
                    $mod, $rt, $rc, $rn, $lt, $lname, $lc, $lat, $lon, $rule)
                RETURNING id
                """, tx, ("$doc", d.Id), ("$i", i++),
                ("$st", e.Source?.Text), ("$sc", e.Source?.Code), ("$sn", e.Source?.Country), ("$sname", e.Source?.Name),
                ("$tt", e.Target?.Text), ("$tc", e.Target?.Code), ("$tn", e.Target?.Country), ("$tname", e.Target?.Name),
                ("$cameo", e.Cameo), ("$root", e.Root), ("$date", e.Date), ("$first", range?.First), ("$last", range?.Last),
                ("$dsrc", e.DateSource), ("$mod", e.Modality),
                ("$rt", e.ReportedBy?.Text), ("$rc", e.ReportedBy?.Code), ("$rn", e.ReportedBy?.Country),
                ("$lt", e.Location?.Text), ("$lname", e.Location?.Name), ("$lc", e.Location?.Country),
                ("$lat", e.Location?.Lat), ("$lon", e.Location?.Lon), ("$rule", e.Rule))!;
            int m = 0;
            foreach (var mention in e.Mentions)
                Execute("INSERT INTO event_mentions VALUES ($ev, $i, $sent, $s, $e, $trigger)", tx,
                    ("$ev", eventId), ("$i", m++), ("$sent", mention.Sentence), ("$s", mention.Trigger.Start),
                    ("$e", mention.Trigger.End), ("$trigger", mention.TriggerText));
        }
    }

    /// <summary>Stored events matching a query, ordered by date, then document and position.</summary>
    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (query.Actor is { Length: > 0 } actor)
        {
            where.Add("(substr(e.source_code, 1, length($actor)) = $actor OR e.source_country = $actor)");
            args.Add(("$actor", actor.ToUpperInvariant()));
        }
        if (query.Target is { Length: > 0 } target)
        {
            where.Add("(substr(e.target_code, 1, length($target)) = $target OR e.target_country = $target)");
            args.Add(("$target", target.ToUpperInvariant()));
        }
        if (query.Code is { Length: > 0 } code)
        {
            where.Add("substr(e.cameo, 1, length($code)) = $code");
            args.Add(("$code", code));
        }
        if (query.From is { } from)
        {
            where.Add("e.date_last >= $from");
            args.Add(("$from", TimexRange.Of(from).First));
        }
        if (query.To is { } to)
        {
            where.Add("e.date_first <= $to");
            args.Add(("$to", TimexRange.Of(to).Last));
        }
        if (query.DocumentId is { } doc)
        {
            where.Add("e.doc_id = $doc");
            args.Add(("$doc", doc));
        }
        var sql = $"""
            SELECT e.id, e.doc_id, d.title, e.source_text, e.source_code, e.source_country, e.source_name,
                e.target_text, e.target_code, e.target_country, e.target_name, e.cameo, e.date, e.date_source, e.modality,
                e.reported_by_text, e.reported_by_code, e.reported_by_country,
                e.location_text, e.location_name, e.location_country, e.location_lat, e.location_lon, e.rule
            FROM events e JOIN documents d ON d.id = e.doc_id
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY e.date_first IS NULL, e.date_first, e.doc_id, e.ordinal
            {(query.Limit is not null ? "LIMIT $limit" : "")}
            """;
        if (query.Limit is { } limit) args.Add(("$limit", limit));
        var result = new List<(long Id, StoredEvent Event)>();
        using var cmd = Command(sql, null, [.. args]);
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
                        ? new EventLocation(Str(reader, 18) ?? lname, lname, Str(reader, 20),
                            reader.IsDBNull(21) ? null : reader.GetDouble(21), reader.IsDBNull(22) ? null : reader.GetDouble(22), default)
                        : null,
                };
                result.Add((reader.GetInt64(0), new StoredEvent(reader.GetString(1), Str(reader, 2), e)));
            }
        }
        foreach (var (id, stored) in result)
        {
            using var mc = Command("SELECT sentence, span_start, span_end, trigger FROM event_mentions WHERE event_id = $id ORDER BY ordinal", null, ("$id", id));
            using var m = mc.ExecuteReader();
            while (m.Read())
                stored.Event.Mentions.Add(new EventMention(m.GetInt32(0), TextSpan.FromBounds(m.GetInt32(1), m.GetInt32(2)), m.GetString(3)));
        }
        return result.Select(r => r.Event).ToArray();
    }

    /// <summary>
    /// Ids of the documents whose title or text match a full-text query (SQLite FTS5 syntax: words,
    /// "phrases", OR, prefix*; accents and case ignored), best match first.
    /// </summary>
    /// <exception cref="StoreException">the query is not valid FTS5 syntax.</exception>
    public IReadOnlyList<string> SearchDocuments(string query, int limit = 100)
    {
        try
        {
            using var cmd = Command("""
                SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid
                WHERE documents_fts MATCH $q ORDER BY f.rank LIMIT $limit
                """, null, ("$q", query), ("$limit", limit));
            using var r = cmd.ExecuteReader();
            var ids = new List<string>();
            while (r.Read()) ids.Add(r.GetString(0));
            return ids;
        }
        catch (SqliteException e) { throw new StoreException($"{Path}: bad search '{query}': {e.Message}"); }
    }

    /// <summary>Number of rows of one of the store's tables (documents, entities, timex, amounts, quotes, events, event_mentions).</summary>
    public long Count(string table)
    {
        string[] tables = ["documents", "entities", "timex", "amounts", "quotes", "events", "event_mentions"];
        if (!tables.Contains(table)) throw new ArgumentException($"unknown table '{table}'", nameof(table));
        return Convert.ToInt64(Scalar($"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);
    }

    private static ActorRef? Actor(SqliteDataReader r, int first) =>
        Str(r, first) is { } text ? new ActorRef(text, Str(r, first + 1), Str(r, first + 2), Str(r, first + 3), default) : null;

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private int Execute(string sql, SqliteTransaction? tx, params (string, object?)[] args)
    {
        using var cmd = Command(sql, tx, args);
        return cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, SqliteTransaction? tx = null, params (string, object?)[] args)
    {
        using var cmd = Command(sql, tx, args);
        return cmd.ExecuteScalar();
    }

    private static void Exec(SqliteConnection db, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _db.Dispose();
    }
}

/// <summary>A store that cannot be opened or used; the message names the file.</summary>
public sealed class StoreException(string message) : Exception(message);
