using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Vigie.Store;
using Vigie.Tests.Cli;
using Vigie.Tests.Store;
using Vigie.Web;

namespace Vigie.Tests.Web;

/// <summary>A real server on a free loopback port over a real SQLite store, and a client for it.</summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string Token = "t0ken-for-tests";
    private readonly TempDir _dir = new();
    private WebApplication _app = null!;

    public HttpClient Http { get; private set; } = null!;
    public string Address { get; private set; } = null!;
    public string StaticRoot => Path.Combine(_dir.Path, "static");

    /// <summary>Starts a server over a store (a new SQLite file, unless <paramref name="db"/> names one) filled by <paramref name="fill"/>.</summary>
    public static async Task<TestServer> Start(Action<ICorpusStore, string> fill, string? token = Token, string? bind = null, string? db = null)
    {
        var server = new TestServer();
        db ??= Path.Combine(server._dir.Path, "corpus.db");
        using (var store = CorpusStores.Open(db)) fill(store, db);
        server._dir.File("static/index.html", "<!doctype html><title>Vigie explorer</title>");
        server._dir.File("secret.txt", "not to be served");
        var options = new ServerOptions { Db = db, Port = 0, WriteToken = token, StaticRoot = server.StaticRoot };
        if (bind is not null) options = options with { Bind = bind };
        server._app = VigieServer.Build(options);
        await server._app.StartAsync(TestContext.Current.CancellationToken);
        server.Address = VigieServer.Address(server._app);
        server.Http = new HttpClient { BaseAddress = new Uri(server.Address) };
        return server;
    }

    public async Task<(HttpStatusCode Status, JsonElement Json)> Get(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _dir.Dispose();
    }
}

/// <summary>The read API over the example articles plus two documents stating the same event.</summary>
public sealed class WebApiTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await TestServer.Start((store, db) =>
        {
            store.SaveBatch([
                CorpusStoreContract.Doc("same-a", "news.example", "2023-10-21"),
                CorpusStoreContract.Doc("same-b", "other.example", "2023-10-20"),
                CorpusStoreContract.Doc("usa-prk", "news.example", cameo: "112", sourceCode: "USAGOV", targetCode: "PRK", eventDate: "2023-09-14"),
            ]);
            var ingest = CliRunner.InProcess(["ingest", "--db", db, Path.Combine(CliRunner.RepoRoot, "examples")]);
            Assert.Equal(0, ingest.ExitCode);
        });
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task EventsAreListedByDateWithTheirCorpusFields()
    {
        var (status, json) = await _server.Get("/api/events?pageSize=500");
        Assert.Equal(HttpStatusCode.OK, status);
        var items = json.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(json.GetProperty("total").GetInt32(), items.Length);
        Assert.True(items.Length > 10);
        Assert.Equal((1, 500), (json.GetProperty("page").GetInt32(), json.GetProperty("pageSize").GetInt32()));
        var dates = items.Select(i => i.GetProperty("date").GetString()).Where(d => d is not null && d[0] is >= '0' and <= '9').ToArray();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var merged = items.Single(i => i.GetProperty("cameo").GetString() == "072" && i.GetProperty("source").GetProperty("code").GetString() == "PRKGOV");
        Assert.Equal((2, 2, 2), (merged.GetProperty("numMentions").GetInt32(), merged.GetProperty("numSources").GetInt32(), merged.GetProperty("numArticles").GetInt32()));
        Assert.Equal(("2023-10-20", "2023-10-21"), (merged.GetProperty("firstSeen").GetString(), merged.GetProperty("lastSeen").GetString()));
        Assert.Equal(("07", 2, "AID"), (merged.GetProperty("root").GetString(), merged.GetProperty("quad").GetInt32(), merged.GetProperty("plover").GetString()));
        Assert.Equal("PRK", merged.GetProperty("source").GetProperty("country").GetString());
        Assert.Equal("RUS", merged.GetProperty("target").GetProperty("code").GetString());
        Assert.False(merged.TryGetProperty("mentions", out _));
        Assert.Contains(items, i => i.GetProperty("location").ValueKind == JsonValueKind.Object && i.GetProperty("location").GetProperty("lat").ValueKind == JsonValueKind.Number);
        Assert.Contains(items, i => i.GetProperty("target").ValueKind == JsonValueKind.Null);
        // Hand-made documents carry no tone; the ingested examples do.
        Assert.Equal(JsonValueKind.Null, merged.GetProperty("avgTone").ValueKind);
        Assert.Contains(items, i => i.GetProperty("avgTone").ValueKind == JsonValueKind.Number);
    }

    [Theory]
    [InlineData("actor=PRK", new[] { "072" })]
    [InlineData("target=prk", new[] { "112" })]
    [InlineData("actor=USA&code=11", new[] { "112" })]
    [InlineData("root=07&from=2023&to=2023-12", new[] { "072" })]
    [InlineData("from=2023-09-14&to=2023-09-14", new[] { "112" })]
    [InlineData("q=obus&actor=PRKGOV", new[] { "072" })]
    public async Task EventsAreFiltered(string query, string[] codes)
    {
        var (status, json) = await _server.Get("/api/events?" + query);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(codes, json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("cameo").GetString()));
    }

    [Fact]
    public async Task PagesSplitTheList()
    {
        var (_, all) = await _server.Get("/api/events?pageSize=500");
        var (_, second) = await _server.Get("/api/events?page=2&pageSize=3");
        var expected = all.GetProperty("items").EnumerateArray().Skip(3).Take(3).Select(i => i.GetProperty("id").GetInt64());
        Assert.Equal(expected, second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        Assert.Equal(all.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("from=notadate", "from")]
    [InlineData("to=2023-13", "to")]
    [InlineData("code=999", "code")]
    [InlineData("code=abc", "code")]
    [InlineData("root=7", "root")]
    [InlineData("page=0", "page")]
    [InlineData("page=x", "page")]
    [InlineData("pageSize=100000", "pageSize")]
    [InlineData("q=%22unclosed", "q")]
    public async Task BadParametersAre400NamingThem(string query, string parameter)
    {
        var (status, json) = await _server.Get("/api/events?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(parameter + ":", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AnEventComesWithItsMentions()
    {
        var (_, list) = await _server.Get("/api/events?actor=PRKGOV");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var (status, e) = await _server.Get($"/api/events/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("072", e.GetProperty("cameo").GetString());
        var mentions = e.GetProperty("mentions").EnumerateArray().ToArray();
        Assert.Equal(["same-b", "same-a"], mentions.Select(m => m.GetProperty("documentId").GetString()));
        var m = mentions[0];
        Assert.Equal(("https://other.example/same-b", "other.example", "Livraison d'obus"), (m.GetProperty("url").GetString(), m.GetProperty("source").GetString(), m.GetProperty("title").GetString()));
        Assert.Equal((0, 50, 56, "livrés"), (m.GetProperty("sentence").GetInt32(), m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), m.GetProperty("trigger").GetString()));
        Assert.Equal(("reported", "fr/test/livrer", "RUSGOV"), (m.GetProperty("modality").GetString(), m.GetProperty("rule").GetString(), m.GetProperty("reportedBy").GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Get("/api/events/999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Get("/api/events/abc")).Status);
    }

    [Fact]
    public async Task ADocumentComesWithItsTextLayersAndEventsAsJson()
    {
        var (status, d) = await _server.Get("/api/documents/2026-03-15-manifestation");
        Assert.Equal(HttpStatusCode.OK, status);
        var text = d.GetProperty("text").GetString()!;
        Assert.StartsWith("Plusieurs milliers de manifestants", text);
        Assert.Equal(("fr", "2026-03-15"), (d.GetProperty("lang").GetString(), d.GetProperty("date").GetString()));
        Assert.InRange(d.GetProperty("tone").GetDouble(), -100, 100);   // the document's tone (its value is tested with the tone stage)
        var entities = d.GetProperty("entities").EnumerateArray().ToArray();
        Assert.NotEmpty(entities);
        foreach (var layer in new[] { "entities", "timex", "quotes" })
            foreach (var x in d.GetProperty(layer).EnumerateArray())
                Assert.Equal(x.GetProperty("text").GetString(), text[x.GetProperty("start").GetInt32()..x.GetProperty("end").GetInt32()]);
        var events = d.GetProperty("events").EnumerateArray().ToArray();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            Assert.Equal(e.GetProperty("trigger").GetString(), text[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()]);
            var (s, corpus) = await _server.Get($"/api/events/{e.GetProperty("corpusEventId").GetInt64()}");
            Assert.Equal(HttpStatusCode.OK, s);
            Assert.Equal(e.GetProperty("cameo").GetString(), corpus.GetProperty("cameo").GetString());
            Assert.Equal(JsonValueKind.Number, corpus.GetProperty("avgTone").ValueKind);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Get("/api/documents/nope")).Status);
    }

    [Fact]
    public async Task ActorsMatchACodeOrNamePrefix()
    {
        var (status, json) = await _server.Get("/api/actors?q=prk");
        Assert.Equal(HttpStatusCode.OK, status);
        var actors = json.EnumerateArray().ToArray();
        var prkgov = actors.Single(a => a.GetProperty("code").GetString() == "PRKGOV");
        Assert.Equal((1, "North Korea", "PRK"), (prkgov.GetProperty("events").GetInt32(), prkgov.GetProperty("name").GetString(), prkgov.GetProperty("country").GetString()));
        Assert.All(actors, a => Assert.StartsWith("PRK", a.GetProperty("code").GetString()));
        var (_, all) = await _server.Get("/api/actors");
        var counts = all.EnumerateArray().Select(a => a.GetProperty("events").GetInt32()).ToArray();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task StatsCountEventsByDayCountryPairAndCountry()
    {
        var (status, json) = await _server.Get("/api/stats");
        Assert.Equal(HttpStatusCode.OK, status);
        var day = json.GetProperty("byDay").EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2023-09-14");
        Assert.Equal((0, 0, 1, 0), (day.GetProperty("quad1").GetInt32(), day.GetProperty("quad2").GetInt32(), day.GetProperty("quad3").GetInt32(), day.GetProperty("quad4").GetInt32()));
        var pair = json.GetProperty("byCountryPair").EnumerateArray().Single(p => p.GetProperty("source").GetString() == "USA" && p.GetProperty("target").GetString() == "PRK");
        Assert.Equal((1, 1, 0), (pair.GetProperty("count").GetInt32(), pair.GetProperty("conflict").GetInt32(), pair.GetProperty("cooperation").GetInt32()));
        Assert.Contains(json.GetProperty("byCountry").EnumerateArray(), c => c.GetProperty("country").GetString() == "ARM");
        var totals = json.GetProperty("totals");
        Assert.Equal(3 + 18, totals.GetProperty("documents").GetInt32()); // three of the test's own, eighteen examples
        var (_, events) = await _server.Get("/api/events");
        Assert.Equal(events.GetProperty("total").GetInt32(), totals.GetProperty("corpusEvents").GetInt32());
    }

    [Fact]
    public async Task TheOpenApiDescriptionListsTheEndpoints()
    {
        var (status, json) = await _server.Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = json.GetProperty("paths");
        foreach (var p in new[] { "/api/events", "/api/events/{id}", "/api/documents/{id}", "/api/documents", "/api/actors", "/api/stats" })
            Assert.True(paths.TryGetProperty(p, out _), p);
        var parameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(x => x.GetProperty("name").GetString());
        Assert.Equal(["actor", "target", "code", "root", "from", "to", "q", "page", "pageSize"], parameters);
        Assert.True(json.GetProperty("components").GetProperty("schemas").TryGetProperty("CorpusPage", out _));
    }

    [Fact]
    public async Task StaticFilesAreServedFromTheirFolderOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var index = await _server.Http.GetStringAsync("/", ct);
        Assert.Contains("Vigie explorer", index);
        foreach (var path in new[] { "/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt" })
        {
            using var r = await _server.Http.GetAsync(path, ct);
            Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain("not to be served", await r.Content.ReadAsStringAsync(ct));
        }
    }

    [Fact]
    public void TheServerListensOnLoopbackByDefault()
    {
        Assert.Equal("127.0.0.1", new ServerOptions { Db = "x.db" }.Bind);
        Assert.StartsWith("http://127.0.0.1:", _server.Address);
    }
}

/// <summary>The API over a PostgreSQL store (skipped without VIGIE_TEST_POSTGRES).</summary>
public sealed class PostgresWebTests
{
    [Fact]
    public async Task TheApiServesAPostgresStore()
    {
        var (db, drop) = PostgresTest.NewDatabase();
        try
        {
            await using var server = await TestServer.Start((store, _) => store.SaveBatch([
                CorpusStoreContract.Doc("same-a", "news.example", "2023-10-21"), CorpusStoreContract.Doc("same-b", "other.example", "2023-10-20")]), db: db);
            var (status, page) = await server.Get("/api/events?q=obus&actor=PRK&from=2023-10");
            Assert.Equal(HttpStatusCode.OK, status);
            var e = Assert.Single(page.GetProperty("items").EnumerateArray());
            Assert.Equal((2, 2), (e.GetProperty("numArticles").GetInt32(), e.GetProperty("numSources").GetInt32()));
            var (_, one) = await server.Get($"/api/events/{e.GetProperty("id").GetInt64()}");
            Assert.Equal(2, one.GetProperty("mentions").GetArrayLength());
            var (_, doc) = await server.Get("/api/documents/same-a");
            Assert.Equal(SampleDocuments.Coded().Text, doc.GetProperty("text").GetString());
            var (_, stats) = await server.Get("/api/stats");
            Assert.Equal(2, stats.GetProperty("totals").GetProperty("documents").GetInt32());
            Assert.Equal(HttpStatusCode.BadRequest, (await server.Get("/api/events?from=notadate")).Status);
        }
        finally { drop(); }
    }
}

/// <summary>POST /api/documents: the write token, bad bodies, and what is stored.</summary>
public sealed class WebWriteTests
{
    private static Task<TestServer> Empty(string? token = TestServer.Token) => TestServer.Start((_, _) => { }, token);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> Post(TestServer server, string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Json(body) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await server.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private const string Article = """{"id": "w1", "date": "2024-03-02", "lang": "en", "source": "wire.example", "title": "<b>Sanctions</b>", "text": "Canada condemned North Korea on Friday. <script>alert('x')</script> \"Quotes\" & ampersands, é."}""";

    [Fact]
    public async Task WritesNeedTheToken()
    {
        await using var server = await Empty();
        using (var none = await Post(server, Article, null)) Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using (var wrong = await Post(server, Article, "nope")) Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var (status, _) = await server.Get("/api/documents/w1");
        Assert.Equal(HttpStatusCode.NotFound, status);
        await using var readOnly = await Empty(token: null);
        using var refused = await Post(readOnly, Article, TestServer.Token);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("--write-token", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PostedArticlesAreAnalysedStoredAndComeBackAsJson()
    {
        await using var server = await Empty();
        var ct = TestContext.Current.CancellationToken;
        using (var r = await Post(server, Article, TestServer.Token))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var results = JsonDocument.Parse(await r.Content.ReadAsStringAsync(ct)).RootElement;
            Assert.Equal(("w1", "new"), (results[0].GetProperty("id").GetString(), results[0].GetProperty("outcome").GetString()));
        }
        using (var again = await Post(server, "[" + Article + "]", TestServer.Token))
            Assert.Contains("\"unchanged\"", await again.Content.ReadAsStringAsync(ct));
        using var raw = await server.Http.GetAsync("/api/documents/w1", ct);
        Assert.Equal("application/json", raw.Content.Headers.ContentType?.MediaType);
        var body = await raw.Content.ReadAsStringAsync(ct);
        Assert.DoesNotContain("<script>", body);
        var d = JsonDocument.Parse(body).RootElement;
        Assert.Equal(JsonDocument.Parse(Article).RootElement.GetProperty("text").GetString(), d.GetProperty("text").GetString());
        Assert.Equal("<b>Sanctions</b>", d.GetProperty("title").GetString());
        Assert.Contains(d.GetProperty("events").EnumerateArray(), e => e.GetProperty("source").GetProperty("code").GetString() == "CAN");
        var (_, events) = await server.Get("/api/events?actor=CAN");
        Assert.Equal(1, events.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"id\": \"x\"}")]
    [InlineData("[{\"id\": \"x\", \"text\": \"ok\"}, 3]")]
    public async Task BadBodiesAre400(string body)
    {
        await using var server = await Empty();
        using var r = await Post(server, body, TestServer.Token);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var error = JsonDocument.Parse(await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("error").GetString();
        Assert.StartsWith("body:", error);
        var (_, stats) = await server.Get("/api/stats");
        Assert.Equal(0, stats.GetProperty("totals").GetProperty("documents").GetInt32());
    }

    [Fact]
    public void ABadBindAddressIsRefusedNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => VigieServer.Build(new ServerOptions { Db = "x.db", Bind = "localhost; rm" }));
        Assert.Contains("--bind", e.Message);
    }
}
