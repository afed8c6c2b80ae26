using Microsoft.Data.Sqlite;
using Vigie.Core;
using Vigie.Store;

namespace Vigie.Tests.Store;

public class VigieStoreTests
{
    private static VigieStore Open(TempDir dir) => VigieStore.Open(Path.Combine(dir.Path, "test.db"));

    [Fact]
    public void ANewStoreHasItsSchemaAndUsesWal()
    {
        using var dir = new TempDir();
        using (var store = Open(dir)) Assert.Equal(5, store.SchemaVersion);
        using (var again = Open(dir)) Assert.Equal(5, again.SchemaVersion);
        using var db = new SqliteConnection($"Data Source={Path.Combine(dir.Path, "test.db")};Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
    }

    [Fact]
    public void StoresADocumentWithAllItsLayers()
    {
        using var dir = new TempDir();
        using var store = Open(dir);
        Assert.Equal([IngestOutcome.New], store.SaveBatch([SampleDocuments.Coded()]));
        Assert.Equal(1, store.Count("documents"));
        Assert.Equal(2, store.Count("entities"));
        Assert.Equal(1, store.Count("timex"));
        Assert.Equal(2, store.Count("amounts"));
        Assert.Equal(1, store.Count("quotes"));
        Assert.Equal(1, store.Count("events"));
        Assert.Equal(1, store.Count("event_mentions"));
    }

    [Fact]
    public void StoringTheSameDocumentTwiceChangesNothing()
    {
        using var dir = new TempDir();
        using var store = Open(dir);
        store.SaveBatch([SampleDocuments.Coded()]);
        var doc = SampleDocuments.Coded();
        Assert.Equal(IngestOutcome.Unchanged, store.Check(doc.Id, VigieStore.ContentHash(doc.Text)));
        Assert.Equal([IngestOutcome.Unchanged], store.SaveBatch([doc]));
        Assert.Equal(1, store.Count("documents"));
        Assert.Equal(1, store.Count("events"));
        Assert.Equal(1, store.Count("event_mentions"));
    }

    [Fact]
    public void ADocumentWithNewContentReplacesItsLayers()
    {
        using var dir = new TempDir();
        using var store = Open(dir);
        store.SaveBatch([SampleDocuments.Coded()]);
        var changed = Document.FromText("doc-1", "Un autre texte, sans événement.", "fr");
        Assert.Equal([IngestOutcome.Updated], store.SaveBatch([changed]));
        Assert.Equal(1, store.Count("documents"));
        Assert.Equal(0, store.Count("events"));
        Assert.Equal(0, store.Count("event_mentions"));
        Assert.Equal(0, store.Count("entities"));
    }

    private static VigieStore Filled(TempDir dir)
    {
        var store = Open(dir);
        store.SaveBatch([
            SampleDocuments.Coded("prk-rus", cameo: "072", sourceCode: "PRKGOV", sourceCountry: "PRK", targetCode: "RUS", eventDate: "2023-10"),
            SampleDocuments.Coded("usa-prk", cameo: "112", sourceCode: "USAGOV", sourceCountry: "USA", targetCode: "PRK", eventDate: "2023-09-14"),
            SampleDocuments.Coded("un-rus", cameo: "1121", sourceCode: "IGOUNO", sourceCountry: null!, targetCode: "RUSMIL", eventDate: "2023-11-02"),
            SampleDocuments.Coded("undated", cameo: "036", sourceCode: "FRAGOV", sourceCountry: "FRA", targetCode: null, eventDate: "PAST_REF"),
        ]);
        return store;
    }

    private static string[] Docs(VigieStore store, EventQuery q) => store.Events(q).Select(e => e.DocumentId).Order().ToArray();

    [Fact]
    public void NoFilterGivesEveryEventWithItsMentions()
    {
        using var dir = new TempDir();
        using var store = Filled(dir);
        var all = store.Events(new EventQuery());
        Assert.Equal(4, all.Count);
        var e = all.Single(x => x.DocumentId == "prk-rus").Event;
        Assert.Equal("072", e.Cameo);
        Assert.Equal("PRKGOV", e.Source!.Code);
        Assert.Equal("RUS", e.Target!.Code);
        Assert.Equal("RUSGOV", e.ReportedBy!.Code);
        Assert.Equal(Modalities.Reported, e.Modality);
        Assert.Equal("livrés", Assert.Single(e.Mentions).TriggerText);
    }

    [Fact]
    public void ActorMatchesTheCodePrefixOrTheCountry()
    {
        using var dir = new TempDir();
        using var store = Filled(dir);
        Assert.Equal(["prk-rus"], Docs(store, new EventQuery { Actor = "PRK" }));
        Assert.Equal(["prk-rus"], Docs(store, new EventQuery { Actor = "prkgov" }));
        Assert.Equal(["un-rus"], Docs(store, new EventQuery { Actor = "IGO" }));
        Assert.Equal(["usa-prk"], Docs(store, new EventQuery { Actor = "USA" }));
    }

    [Fact]
    public void TargetMatchesTheCodePrefixOrTheCountry()
    {
        using var dir = new TempDir();
        using var store = Filled(dir);
        Assert.Equal(["prk-rus", "un-rus"], Docs(store, new EventQuery { Target = "RUS" }));
        Assert.Equal(["un-rus"], Docs(store, new EventQuery { Target = "RUSMIL" }));
        Assert.Equal(["usa-prk"], Docs(store, new EventQuery { Actor = "USA", Target = "PRK" }));
    }

    [Fact]
    public void CodeMatchesTheCameoPrefix()
    {
        using var dir = new TempDir();
        using var store = Filled(dir);
        Assert.Equal(["un-rus", "usa-prk"], Docs(store, new EventQuery { Code = "11" }));
        Assert.Equal(["un-rus"], Docs(store, new EventQuery { Code = "1121" }));
        Assert.Equal(["prk-rus"], Docs(store, new EventQuery { Code = "07" }));
    }

    [Fact]
    public void DatesOfDifferentPrecisionCompareByTheDaysTheyCover()
    {
        using var dir = new TempDir();
        using var store = Filled(dir);
        var q = new EventQuery { From = PartialDate.Parse("2023-09"), To = PartialDate.Parse("2023-10") };
        Assert.Equal(["prk-rus", "usa-prk"], Docs(store, q));
        Assert.Equal(["prk-rus", "un-rus"], Docs(store, new EventQuery { From = PartialDate.Parse("2023-10-15") }));
        Assert.Equal(["usa-prk"], Docs(store, new EventQuery { To = PartialDate.Parse("2023-09-30") }));
        Assert.Equal(["prk-rus", "un-rus", "usa-prk"], Docs(store, new EventQuery { From = PartialDate.Parse("2023") }));
        Assert.Empty(Docs(store, new EventQuery { From = PartialDate.Parse("2024") }));
    }

    [Fact]
    public void FilterValuesAreParametersNotSql()
    {
        using var dir = new TempDir();
        using var store = Filled(dir);
        Assert.Empty(store.Events(new EventQuery { Actor = "' OR 1=1; DROP TABLE events; --" }));
        Assert.Equal(4, store.Count("events"));
    }

    [Fact]
    public void AFileThatIsNotAStoreIsRefusedNamingIt()
    {
        using var dir = new TempDir();
        var path = dir.File("notes.db", "this is not a database, just some text that is long enough to have a header");
        var e = Assert.Throws<StoreException>(() => VigieStore.Open(path));
        Assert.Contains(path, e.Message);
    }

    [Theory]
    [InlineData("2023-10", "2023-10-01", "2023-10-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023", "2023-01-01", "2023-12-31")]
    [InlineData("2023-10-13", "2023-10-13", "2023-10-13")]
    [InlineData("2023-W41", "2023-10-09", "2023-10-15")]
    public void TimexValuesCoverTheirDays(string value, string first, string last) =>
        Assert.Equal((first, last), TimexRange.Of(value));

    [Fact]
    public void NonCalendarTimexValuesHaveNoDays() => Assert.Null(TimexRange.Of("PAST_REF"));

    [Fact]
    public void DocumentsCanBeSearchedByTheirWordsIgnoringAccents()
    {
        using var dir = new TempDir();
        using var store = Open(dir);
        var a = Document.FromText("a", "Le Sénégal a signé un accord de pêche avec la Mauritanie.", "fr");
        var b = Document.FromText("b", "Canada condemned the missile test.", "en");
        store.SaveBatch([a, b]);
        Assert.Equal(["a"], store.SearchDocuments("senegal"));
        Assert.Equal(["b"], store.SearchDocuments("\"missile test\""));
        store.SaveBatch([Document.FromText("a", "Texte remplacé sans pays.", "fr")]);
        Assert.Empty(store.SearchDocuments("senegal"));
        Assert.Throws<StoreException>(() => store.SearchDocuments("\"unclosed"));
    }

    [Fact]
    public void AStoreFromANewerVigieIsRefused()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "test.db");
        using (Open(dir)) { }
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "INSERT INTO migrations VALUES (99, 'future', '2030-01-01')";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreException>(() => VigieStore.Open(path));
        Assert.Contains("newer", e.Message);
    }

    [Fact]
    public void AStoreOfSchemaVersion2GetsItsCorpusEventsWhenOpened()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "old.db");
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            void Run(string sql) { using var c = db.CreateCommand(); c.CommandText = sql; c.ExecuteNonQuery(); }
            Run("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var (version, name, sql) in SqliteMigrations.Steps.Where(s => s.Version <= 2))
            {
                Run(sql);
                Run($"INSERT INTO migrations VALUES ({version}, '{name}', '2026-01-01')");
            }
            foreach (var doc in new[] { "a", "b" })
            {
                Run($"INSERT INTO documents (id, content_hash, source, date, text, body_start, body_end, ingested_at) VALUES ('{doc}', 'h{doc}', '{doc}.example', '2023-10-0{(doc == "a" ? 1 : 2)}', 'Texte', 0, 5, '2026-01-01')");
                Run($"INSERT INTO events (doc_id, ordinal, source_text, source_code, target_text, target_code, cameo, root, date, date_first, date_last, date_source, modality, rule) VALUES ('{doc}', 0, 'Paris', 'FRA', 'Rome', 'ITA', '036', '03', '2023-10', '2023-10-01', '2023-10-31', 'text', 'asserted', 'r')");
                Run($"INSERT INTO event_mentions VALUES (last_insert_rowid(), 0, 0, 0, 5, 'Texte')");
            }
        }
        using var store = VigieStore.Open(path);
        Assert.Equal(5, store.SchemaVersion);
        var e = Assert.Single(store.CorpusEvents(new CorpusQuery()).Items);
        Assert.Equal(("FRA", "ITA", "036", 2, 2, 2), (e.Source!.Code, e.Target!.Code, e.Cameo, e.NumArticles, e.NumSources, e.NumMentions));
        Assert.Equal(("2023-10-01", "2023-10-02"), (e.FirstSeen, e.LastSeen));
    }
}
