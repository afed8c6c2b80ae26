using Vigie.Core;
using Vigie.Store;

namespace Vigie.Tests.Store;

/// <summary>
/// What every corpus store must do, run against each implementation: SQLite
/// (<see cref="SqliteCorpusStoreTests"/>) and PostgreSQL (<see cref="PostgresCorpusStoreTests"/>).
/// </summary>
public abstract class CorpusStoreContract
{
    /// <summary>A new, empty store; disposing it removes it.</summary>
    protected abstract TestStore NewStore();

    /// <summary>A document stating the sample event, from an outlet, on a day.</summary>
    public static Document Doc(string id, string? outlet, string date = "2023-10-20", string cameo = "072", string? eventDate = "2023-10",
        string sourceCode = "PRKGOV", string? targetCode = "RUS")
    {
        var d = SampleDocuments.Coded(id, date, cameo, sourceCode, sourceCode[..3], targetCode, eventDate);
        d.Source = outlet;
        d.Url = outlet is null ? null : $"https://{outlet}/{id}";
        return d;
    }

    [Fact]
    public void EventsOfDifferentDocumentsWithTheSameKeyAreOneCorpusEvent()
    {
        using var t = NewStore();
        var s = t.Store;
        s.SaveBatch([Doc("a", "news.example", "2023-10-21"), Doc("b", "other.example", "2023-10-20")]);
        s.SaveBatch([Doc("c", "news.example", "2023-10-25")]);
        var page = s.CorpusEvents(new CorpusQuery());
        var e = Assert.Single(page.Items);
        Assert.Equal(1, page.Total);
        Assert.Equal((3, 2, 3), (e.NumArticles, e.NumSources, e.NumMentions));
        Assert.Equal(("2023-10-20", "2023-10-25"), (e.FirstSeen, e.LastSeen));
        Assert.Equal(("PRKGOV", "North Korea", "PRK"), (e.Source!.Code, e.Source.Name, e.Source.Country));
        Assert.Equal("RUS", e.Target!.Code);
        Assert.Equal(("072", "07", 2), (e.Cameo, e.Root, e.Quad));
        Assert.Equal("2023-10", e.Date);
        Assert.Equal("https://other.example/b", e.FirstUrl);
        Assert.Null(e.Mentions);

        var full = s.CorpusEvent(e.Id)!;
        Assert.Equal(["b", "a", "c"], full.Mentions!.Select(m => m.DocumentId));
        var m = full.Mentions![0];
        Assert.Equal((0, 50, 56, "livrés", "reported", "fr/test/livrer"), (m.Sentence, m.Start, m.End, m.Trigger, m.Modality, m.Rule));
        Assert.Equal(("other.example", "Livraison d'obus", "2023-10-20"), (m.Source, m.Title, m.Date));
        Assert.Equal("RUSGOV", m.ReportedBy!.Code);
        Assert.Null(s.CorpusEvent(e.Id + 1000));
    }

    [Fact]
    public void ADifferentDatePrecisionCodeOrActorMakesAnotherCorpusEvent()
    {
        using var t = NewStore();
        t.Store.SaveBatch([
            Doc("a", "x.example"), Doc("b", "x.example", eventDate: "2023-10-13"), Doc("c", "x.example", cameo: "071"),
            Doc("d", "x.example", sourceCode: "PRKMIL"), Doc("e", "x.example", targetCode: null), Doc("f", "y.example"),
        ]);
        Assert.Equal(5, t.Store.Count("corpus_events"));
        Assert.Equal(6, t.Store.Count("events"));
    }

    [Fact]
    public void IngestingTheSameDocumentAgainChangesNothing()
    {
        using var t = NewStore();
        var s = t.Store;
        s.SaveBatch([Doc("a", "x.example"), Doc("b", "y.example")]);
        var before = s.CorpusEvents(new CorpusQuery()).Items.Single();
        Assert.Equal([IngestOutcome.Unchanged, IngestOutcome.Unchanged], s.SaveBatch([Doc("a", "x.example"), Doc("b", "y.example")]));
        Assert.Equal(before, s.CorpusEvents(new CorpusQuery()).Items.Single());
        Assert.Equal(1, s.Count("corpus_events"));
    }

    [Fact]
    public void ReplacingADocumentUpdatesItsCorpusEventsAndDropsThoseLeftWithoutMentions()
    {
        using var t = NewStore();
        var s = t.Store;
        s.SaveBatch([Doc("a", "x.example"), Doc("b", "y.example")]);
        var id = s.CorpusEvents(new CorpusQuery()).Items.Single().Id;
        var plain = Document.FromText("b", "Un autre texte, sans événement.", "fr");
        Assert.Equal([IngestOutcome.Updated], s.SaveBatch([plain]));
        var e = s.CorpusEvent(id)!;
        Assert.Equal((1, 1, 1), (e.NumArticles, e.NumSources, e.NumMentions));
        Assert.Equal(["a"], e.Mentions!.Select(m => m.DocumentId));

        s.SaveBatch([Document.FromText("a", "Un troisième texte, sans événement.", "fr")]);
        Assert.Null(s.CorpusEvent(id));
        Assert.Equal(0, s.Count("corpus_events"));
    }

    [Fact]
    public void ReplaceAllRecodesEveryDocumentAndKeepsTheIdsOfEventsStillStated()
    {
        using var t = NewStore();
        var s = t.Store;
        s.SaveBatch([Doc("a", "x.example"), Doc("b", "y.example"), Doc("c", "y.example", cameo: "112")]);
        long kept = s.CorpusEvents(new CorpusQuery { Code = "072" }).Items.Single().Id;
        // "Recoded": c no longer states its event.
        Assert.Equal(3, s.ReplaceAll([Doc("a", "x.example"), Doc("b", "y.example"), Document.FromText("c", SampleDocuments.Coded().Text, "fr")]));
        Assert.Equal(kept, s.CorpusEvents(new CorpusQuery()).Items.Single().Id);
        Assert.Equal(3, s.Count("documents"));
        Assert.Equal(2, s.Count("events"));
        var stored = s.StoredDocuments();
        Assert.Equal(["a", "b", "c"], stored.Select(d => d.Id));
        Assert.Equal(SampleDocuments.Coded().Text, stored[0].Text);
        Assert.Equal(("x.example", "https://x.example/a", "2023-10-20"), (stored[0].Source, stored[0].Url, stored[0].Date?.ToString()));
    }

    [Fact]
    public void CorpusEventsAreFilteredAndPaged()
    {
        using var t = NewStore();
        var s = t.Store;
        s.SaveBatch([
            Doc("prk-rus", "x.example", cameo: "072", eventDate: "2023-10"),
            Doc("usa-prk", "x.example", cameo: "112", sourceCode: "USAGOV", targetCode: "PRK", eventDate: "2023-09-14"),
            Doc("un-rus", "x.example", cameo: "1121", sourceCode: "IGOUNO", targetCode: "RUSMIL", eventDate: "2023-11-02"),
            Doc("undated", "x.example", cameo: "036", sourceCode: "FRAGOV", targetCode: null, eventDate: "PAST_REF"),
        ]);
        string[] Codes(CorpusQuery q) => s.CorpusEvents(q).Items.Select(e => e.Cameo).ToArray();
        Assert.Equal(["112", "072", "1121", "036"], Codes(new CorpusQuery()));
        Assert.Equal(["072"], Codes(new CorpusQuery { Actor = "prk" }));
        Assert.Equal(["072", "1121"], Codes(new CorpusQuery { Target = "RUS" }));
        Assert.Equal(["112", "1121"], Codes(new CorpusQuery { Code = "11" }));
        Assert.Equal(["112", "1121"], Codes(new CorpusQuery { Root = "11" }));
        Assert.Equal(["072", "1121"], Codes(new CorpusQuery { From = PartialDate.Parse("2023-10-15") }));
        Assert.Equal(["112", "072"], Codes(new CorpusQuery { To = PartialDate.Parse("2023-10") }));
        Assert.Empty(Codes(new CorpusQuery { Actor = "' OR 1=1 --" }));
        var page = s.CorpusEvents(new CorpusQuery { Page = 2, PageSize = 3 });
        Assert.Equal((4L, 2, 3), (page.Total, page.Page, page.PageSize));
        Assert.Equal(["036"], page.Items.Select(e => e.Cameo));
    }

    [Fact]
    public void FullTextSearchIgnoresAccentsAndCase()
    {
        using var t = NewStore();
        var s = t.Store;
        var a = Document.FromText("a", "Le Sénégal a signé un accord de pêche avec la Mauritanie.", "fr", PartialDate.Parse("2024-01-05"));
        a.Title = "Accord de pêche";
        var b = Document.FromText("b", "Canada condemned the missile test.", "en");
        s.SaveBatch([a, b, Doc("c", "x.example")]);
        var hit = Assert.Single(s.Search("senegal"));
        Assert.Equal(("a", "2024-01-05", "Accord de pêche"), (hit.Id, hit.Date, hit.Title));
        Assert.Contains("Sénégal", hit.Snippet);
        Assert.Equal(["a"], s.Search("PECHE").Select(h => h.Id));
        Assert.Equal(["b"], s.Search("\"missile test\"").Select(h => h.Id));
        Assert.Equal(["c"], s.CorpusEvents(new CorpusQuery { Text = "obus" }).Items.SelectMany(e => s.CorpusEvent(e.Id)!.Mentions!).Select(m => m.DocumentId));
        Assert.Empty(s.CorpusEvents(new CorpusQuery { Text = "senegal" }).Items);
        s.SaveBatch([Document.FromText("a", "Texte remplacé sans pays.", "fr")]);
        Assert.Empty(s.Search("senegal"));
    }

    [Fact]
    public void ADocumentComesBackWithItsLayersAndEvents()
    {
        using var t = NewStore();
        var s = t.Store;
        s.SaveBatch([Doc("a", "x.example")]);
        var d = s.Document("a")!;
        Assert.Equal(SampleDocuments.Coded().Text, d.Text);
        Assert.Equal(("x.example", "https://x.example/a", "2023-10-20", "fr"), (d.Source, d.Url, d.Date, d.Lang));
        Assert.Equal(2, d.Entities.Count);
        Assert.All(d.Entities, e => Assert.Equal(e.Text, d.Text[e.Start..e.End]));
        Assert.Equal(("ORG", "RUSGOV"), (d.Entities[0].Kind, d.Entities[0].Code));
        Assert.Equal("2024-10", Assert.Single(d.Timex).Value);
        Assert.Equal(2, d.Amounts.Count);
        Assert.Equal("le porte-parole", Assert.Single(d.Quotes).Speaker);
        var e = Assert.Single(d.Events);
        Assert.Equal(s.CorpusEvents(new CorpusQuery()).Items.Single().Id, e.CorpusEventId);
        Assert.Equal((50, 56, "livrés", "072", "text", "reported"), (e.Start, e.End, e.Trigger, e.Cameo, e.DateFrom, e.Modality));
        Assert.NotNull(e.CameoName);
        Assert.Null(s.Document("nope"));
    }

    [Fact]
    public void ActorsAreListedByPrefixMostEventsFirst()
    {
        using var t = NewStore();
        var s = t.Store;
        s.SaveBatch([Doc("a", "x.example"), Doc("b", "x.example", cameo: "112"), Doc("c", "x.example", sourceCode: "PRKMIL", targetCode: "USA")]);
        var all = s.Actors(null);
        Assert.Equal(("PRKGOV", 2L), (all[0].Code, all[0].Events));
        Assert.Equal(["PRKGOV", "PRKMIL"], s.Actors("prk").Select(a => a.Code));
        Assert.Equal(["PRKGOV", "PRKMIL"], s.Actors("north").Select(a => a.Code));
        Assert.Empty(s.Actors("zzz"));
    }

    [Fact]
    public void StatsCountByDayQuadCountryPairAndCountry()
    {
        using var t = NewStore();
        var s = t.Store;
        s.SaveBatch([
            Doc("a", "x.example", eventDate: "2023-10-02"), Doc("b", "y.example", cameo: "190", eventDate: "2023-10-02"),
            Doc("c", "x.example", cameo: "112", eventDate: "2023-10-05"), Doc("d", "x.example", eventDate: "2023-10"),
        ]);
        var stats = s.Stats();
        Assert.Equal([new DayCount("2023-10-02", 0, 1, 0, 1), new DayCount("2023-10-05", 0, 0, 1, 0)], stats.ByDay);
        Assert.Equal(new CountryPairCount("PRK", "RUS", 4, 2, 2), Assert.Single(stats.ByCountryPair));
        Assert.Equal([new CountryCount("PRK", 4), new CountryCount("RUS", 4)], stats.ByCountry);
        Assert.Equal(new Totals(4, 4, 4, 4, 2), stats.Totals);
    }

    [Fact]
    public void AllCorpusEventsComeWithTheirMentions()
    {
        using var t = NewStore();
        t.Store.SaveBatch([Doc("a", "x.example"), Doc("b", "y.example"), Doc("c", "y.example", cameo: "112")]);
        var all = t.Store.AllCorpusEvents().ToArray();
        Assert.Equal([2, 1], all.Select(e => e.Mentions!.Count));
    }

    [Fact]
    public void AvgToneIsTheMeanToneOfTheDocumentsOfItsMentions()
    {
        using var t = NewStore();
        var s = t.Store;
        var a = Doc("a", "x.example", "2023-10-20");
        var b = Doc("b", "y.example", "2023-10-21");
        (a.Tone, b.Tone) = (2.5, -1.5);
        s.SaveBatch([a, b]);
        var e = s.CorpusEvent(s.CorpusEvents(new CorpusQuery()).Items.Single().Id)!;
        Assert.Equal(0.5, e.AvgTone!.Value, 9);
        Assert.Equal([2.5, -1.5], e.Mentions!.Select(m => m.DocumentTone!.Value));
        Assert.Equal(-1.5, s.Document("b")!.Tone);

        // A replaced document that no longer states the event leaves the mean.
        var plain = Document.FromText("b", "Un autre texte, sans événement.", "fr");
        plain.Tone = -50;
        s.SaveBatch([plain]);
        Assert.Equal(2.5, s.CorpusEvents(new CorpusQuery()).Items.Single().AvgTone!.Value, 9);

        // Recoding recomputes the mean; a document without tone is left out of it.
        var b2 = Doc("b", "y.example", "2023-10-21");
        b2.Tone = 4.5;
        s.ReplaceAll([Doc("a", "x.example"), b2]);
        Assert.Equal(4.5, s.AllCorpusEvents().Single().AvgTone!.Value, 9);
    }
}

/// <summary>A store made for one test, and what removes it.</summary>
public sealed class TestStore(ICorpusStore store, Action cleanup) : IDisposable
{
    public ICorpusStore Store { get; } = store;

    public void Dispose()
    {
        Store.Dispose();
        cleanup();
    }
}

public sealed class SqliteCorpusStoreTests : CorpusStoreContract
{
    protected override TestStore NewStore()
    {
        var dir = new TempDir();
        return new TestStore(VigieStore.Open(Path.Combine(dir.Path, "corpus.db")), dir.Dispose);
    }
}
