using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Vigie.Web.Tests;

/// <summary>
/// The web explorer in a real browser against the real server: every expected value is read from
/// the server's own API, so these tests check what the page shows against what the store holds.
/// </summary>
public sealed class ExplorerTests(ExplorerFixture fixture) : IClassFixture<ExplorerFixture>
{
    private const int PageSize = 25; // the page's own page size (app.js)

    private async Task<IPage> Open(string url)
    {
        if (fixture.SkipReason is { } reason) Assert.Skip(reason);
        var page = await fixture.NewPage();
        await page.GotoAsync(url);
        return page;
    }

    private static long[] Ids(JsonElement result) => result.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToArray();

    private static async Task<long[]> RowIds(IPage page) =>
        (await page.Locator("#events-table tbody tr[data-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)")).Select(long.Parse).ToArray();

    [Fact]
    public async Task TableFillsPagesAndFiltersByActor()
    {
        var page = await Open("./");
        var all = await fixture.GetJson($"api/events?pageSize={PageSize}");
        long total = all.GetProperty("total").GetInt64();
        Assert.True(total > PageSize, $"the example corpus should fill more than one page (has {total} events)");
        var rows = page.Locator("#events-table tbody tr[data-id]");
        await Expect(rows).ToHaveCountAsync(PageSize);
        Assert.Equal(Ids(all), await RowIds(page));
        await Expect(page.Locator("#events-count")).ToHaveTextAsync($"({total})");

        // The next page is the API's page 2, and is in the URL.
        await page.GetByRole(AriaRole.Button, new() { Name = "Next →" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]page=2"));
        var second = await fixture.GetJson($"api/events?pageSize={PageSize}&page=2");
        await Expect(rows.First).ToHaveAttributeAsync("data-id", Ids(second)[0].ToString());
        Assert.Equal(Ids(second), await RowIds(page));

        // Filtering by actor, with the keyboard: type, Enter.
        var actor = page.GetByLabel("Actor", new() { Exact = true });
        await actor.FillAsync("FRA");
        await actor.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("^(?!.*page=2).*[?&]actor=FRA"));
        var fra = await fixture.GetJson($"api/events?actor=FRA&pageSize={PageSize}");
        long fraTotal = fra.GetProperty("total").GetInt64();
        Assert.InRange(fraTotal, 1, total - 1);
        await Expect(page.Locator("#events-count")).ToHaveTextAsync($"({fraTotal})");
        Assert.Equal(Ids(fra), await RowIds(page));
        foreach (var e in fra.GetProperty("items").EnumerateArray())
            Assert.Contains("FRA", e.GetProperty("source").GetRawText());
        await ExplorerFixture.Screenshot(page, "events-actor-FRA");

        // The URL is shareable: a fresh page on it shows the same filter and rows.
        var shared = await Open(page.Url);
        await Expect(shared.GetByLabel("Actor", new() { Exact = true })).ToHaveValueAsync("FRA");
        await Expect(shared.Locator("#events-count")).ToHaveTextAsync($"({fraTotal})");
        Assert.Equal(Ids(fra), await RowIds(shared));
        await shared.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BadFilterShowsTheServersError()
    {
        var page = await Open("./?code=99");
        await Expect(page.Locator("#status.error")).ToContainTextAsync("code");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EventDetailOpensFromTheKeyboardAndLinksToItsArticle()
    {
        var page = await Open("./");
        var first = page.Locator("#events-table .open-event").First;
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.Locator("#event-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]event="));
        var id = new Uri(page.Url).Query.Split('&').Select(p => p.TrimStart('?')).First(p => p.StartsWith("event=", StringComparison.Ordinal))["event=".Length..];
        var e = await fixture.GetJson($"api/events/{id}");
        var mentions = e.GetProperty("mentions");
        Assert.True(mentions.GetArrayLength() > 0);
        await Expect(dialog.Locator(".mention")).ToHaveCountAsync(mentions.GetArrayLength());
        await Expect(dialog.Locator("h2")).ToContainTextAsync(e.GetProperty("cameoName").GetString()!);
        await Expect(dialog.Locator(".mention .hl-trigger").First).ToHaveTextAsync(mentions[0].GetProperty("trigger").GetString()!);
        await ExplorerFixture.Screenshot(page, "event-detail");

        // Escape closes it and takes it out of the URL.
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        // Polled, not awaited as a navigation event: the history entry may be pushed before the wait starts.
        await Expect(page).Not.ToHaveURLAsync(new Regex("[?&]event="));

        // Back opens it again (the URL is the state), and its article link opens the article.
        await page.GoBackAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator(".doc-link").First.ClickAsync();
        await Expect(page.Locator("#article-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#article-title")).ToHaveTextAsync(mentions[0].GetProperty("title").GetString() ?? mentions[0].GetProperty("documentId").GetString()!);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ArticleHighlightsEverySpanByKind()
    {
        // A text file's id is its path as given to ingest: the slash must survive the round trip.
        const string id = "corpus/2026-03-02-accrochages-frontiere.txt";
        var page = await Open($"./?doc={Uri.EscapeDataString(id)}");
        var doc = await fixture.GetJson($"api/documents/{Uri.EscapeDataString(id)}");
        var text = page.Locator("#article .article-text");
        await Expect(text).ToBeVisibleAsync();
        string docText = doc.GetProperty("text").GetString()!;
        Assert.Equal(docText, await text.TextContentAsync());

        // Each span is one data-span id (split in pieces only where another span crosses it).
        var seenJson = await page.EvaluateAsync<string>(@"() => {
            const seen = {};
            for (const m of document.querySelectorAll('#article .article-text [data-span]')) {
                const s = seen[m.dataset.span] ??= { kind: m.dataset.kind, text: '' };
                s.text += m.textContent;
            }
            return JSON.stringify(seen);
        }");
        using var seen = JsonDocument.Parse(seenJson);
        var spans = seen.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => new SpanSeen(p.Value.GetProperty("kind").GetString()!, p.Value.GetProperty("text").GetString()!));
        var expected = new Dictionary<string, string> { ["entity"] = "entities", ["time"] = "timex", ["amount"] = "amounts", ["quote"] = "quotes", ["trigger"] = "events" };
        foreach (var (kind, field) in expected)
        {
            var list = doc.GetProperty(field).EnumerateArray().ToArray();
            var shown = spans.Where(s => s.Value.Kind == kind).ToArray();
            Assert.True(list.Length == shown.Length, $"{kind}: the API has {list.Length}, the page highlights {shown.Length}");
            await Expect(page.Locator($".kinds .count[data-kind={kind}]")).ToHaveTextAsync($" {list.Length}");
            for (int i = 0; i < list.Length; i++)
            {
                int start = list[i].GetProperty("start").GetInt32(), end = list[i].GetProperty("end").GetInt32();
                Assert.Equal(docText[start..end], spans[$"{kind}-{i}"].Text);
            }
        }
        Assert.Contains(spans.Values, s => s.Kind == "entity");
        Assert.Contains(spans.Values, s => s.Kind == "time");
        Assert.Contains(spans.Values, s => s.Kind == "trigger");

        // Every event is explained: its code's name and the rule behind it.
        var events = doc.GetProperty("events").EnumerateArray().ToArray();
        await Expect(page.Locator(".doc-event")).ToHaveCountAsync(events.Length);
        for (int i = 0; i < events.Length; i++)
        {
            var card = page.Locator($"#doc-event-{i}");
            await Expect(card).ToContainTextAsync(events[i].GetProperty("cameoName").GetString()!);
            await Expect(card).ToContainTextAsync(events[i].GetProperty("rule").GetString()!);
            await Expect(card).ToContainTextAsync(events[i].GetProperty("dateFrom").GetString()!);
        }
        await ExplorerFixture.Screenshot(page, "article");

        // Hiding a kind in the legend removes its highlight colour, not the text.
        await page.Locator(".kinds input[data-kind=entity]").UncheckAsync();
        await Expect(text).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("hide-entity"));
        await page.Context.CloseAsync();
    }

    public sealed record SpanSeen(string Kind, string Text);

    [Fact]
    public async Task ChartsShowTheStoresCounts()
    {
        var page = await Open("./");
        var stats = await fixture.GetJson("api/stats");

        // Timeline: one bar piece per non-zero (day, quad), summing to the API's counts.
        var days = stats.GetProperty("byDay").EnumerateArray().Where(d => d.GetProperty("date").GetString()!.Length == 10).ToArray();
        long dayTotal = days.Sum(d => d.GetProperty("quad1").GetInt64() + d.GetProperty("quad2").GetInt64() + d.GetProperty("quad3").GetInt64() + d.GetProperty("quad4").GetInt64());
        var bars = page.Locator("#timeline rect.bar");
        await Expect(bars.First).ToBeVisibleAsync();
        var barCounts = await bars.EvaluateAllAsync<int[]>("bars => bars.map(b => +b.dataset.count)");
        Assert.Equal(dayTotal, barCounts.Sum());
        Assert.Equal(days.Sum(d => Enumerable.Range(1, 4).Count(q => d.GetProperty($"quad{q}").GetInt64() > 0)), barCounts.Length);

        // Network: a node per country, an edge per ordered pair of different countries.
        var pairs = stats.GetProperty("byCountryPair").EnumerateArray()
            .Where(p => p.GetProperty("source").GetString() is { } s && p.GetProperty("target").ValueKind == JsonValueKind.String && s != p.GetProperty("target").GetString())
            .ToArray();
        var countries = pairs.SelectMany(p => new[] { p.GetProperty("source").GetString()!, p.GetProperty("target").GetString()! }).Distinct().ToArray();
        Assert.True(countries.Length >= 4, $"the example corpus should connect several countries, has {countries.Length}");
        await Expect(page.Locator("#network g.node")).ToHaveCountAsync(countries.Length);
        await Expect(page.Locator("#network path.edge")).ToHaveCountAsync(pairs.Length);
        await Expect(page.Locator("#network path.edge.conflict").First).ToBeAttachedAsync();
        await Expect(page.Locator("#network path.edge.cooperation").First).ToBeAttachedAsync();

        // Map: every country shape is drawn; those with events carry the API's count.
        Assert.True(await page.Locator("#map path.country").CountAsync() > 150);
        var byCountry = stats.GetProperty("byCountry").EnumerateArray().ToDictionary(c => c.GetProperty("country").GetString()!, c => c.GetProperty("count").GetInt64());
        foreach (var code in new[] { "ARM", "AZE", "FRA", "RUS" })
            await Expect(page.Locator($"#map path[data-code={code}]")).ToHaveAttributeAsync("data-count", byCountry[code].ToString());
        var shaded = await page.Locator("#map path.has-events").EvaluateAllAsync<string[]>("ps => ps.map(p => p.dataset.code)");
        Assert.Equal(byCountry.Where(c => c.Value > 0 && shaded.Contains(c.Key)).Count(), shaded.Length);
        await ExplorerFixture.Screenshot(page, "dashboard");

        // Selecting a country on the map filters the events on it.
        await page.Locator("#map path[data-code=AZE]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]actor=AZE"));
        await Expect(page.GetByLabel("Actor", new() { Exact = true })).ToHaveValueAsync("AZE");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MarkupInAnArticleIsShownAsTextAndNeverRuns()
    {
        const string id = "web-test-xss";
        if (fixture.SkipReason is { } reason) Assert.Skip(reason);
        var doc = await fixture.GetJson($"api/documents/{id}");
        var page = await fixture.NewPage();
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GotoAsync($"./?doc={id}");
        var text = page.Locator("#article .article-text");
        await Expect(text).ToContainTextAsync("<script>window.__vigieXss='script'</script>");
        Assert.Equal(doc.GetProperty("text").GetString(), await text.TextContentAsync());
        await Expect(page.Locator("#article-title")).ToHaveTextAsync(doc.GetProperty("title").GetString()!);
        Assert.Equal(0, await page.Locator("#article img, #article script, #article svg, #article iframe").CountAsync());
        await ExplorerFixture.Screenshot(page, "article-xss");

        // The corpus event it states, whose mention carries the hostile title and url.
        long eventId = doc.GetProperty("events")[0].GetProperty("corpusEventId").GetInt64();
        await page.GotoAsync($"./?event={eventId}");
        var dialog = page.Locator("#event-dialog");
        await Expect(dialog.Locator(".doc-link", new() { HasText = "<img src=x" })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(await page.EvaluateAsync<bool>("() => window.__vigieXss === undefined"), "a payload ran");
        Assert.Equal(0, await page.Locator("[onerror], [onload], a[href^='javascript:' i]").CountAsync());
        Assert.Equal(0, dialogs);
        await page.Context.CloseAsync();
    }
}
