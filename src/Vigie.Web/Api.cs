using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Vigie.Coding;
using Vigie.Coding.Ontology;
using Vigie.Core;
using Vigie.Store;
using Vigie.Text.Readers;

namespace Vigie.Web;

/// <summary>
/// The JSON API (camelCase). A bad parameter is a 400 <c>{"error": "..."}</c> naming it; an
/// unknown id a 404; writes need the server's bearer token (401 otherwise).
/// </summary>
public static class Api
{
    public const int MaxPageSize = 500;

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/events", ([AsParameters] EventParameters parameters, StoreGate store) =>
        {
            if (!parameters.TryParse(out var query, out var error)) return Error(error);
            try { return Results.Ok(store.Use(s => s.CorpusEvents(query))); }
            catch (StoreException e) { return Error($"q: {e.Message}"); }
        }).WithSummary("Corpus events matching filters, by date then id, one page at a time")
            .Produces<CorpusPage>().Produces<ApiError>(StatusCodes.Status400BadRequest);

        app.MapGet("/api/events/{id}", (string id, StoreGate store) =>
            long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && store.Use(s => s.CorpusEvent(n)) is { } e
                ? Results.Ok(e)
                : NotFound($"no event {id}"))
            .WithSummary("One corpus event with its mentions")
            .Produces<CorpusEventView>().Produces<ApiError>(StatusCodes.Status404NotFound);

        app.MapGet("/api/documents/{id}", (string id, StoreGate store) =>
            store.Use(s => s.Document(DocumentId(id))) is { } d ? Results.Ok(d) : NotFound($"no document {DocumentId(id)}"))
            .WithSummary("One document with its text, layers and events (offsets in UTF-16 code units)")
            .Produces<DocumentView>().Produces<ApiError>(StatusCodes.Status404NotFound);

        app.MapGet("/api/actors", (string? q, StoreGate store) => Results.Ok(store.Use(s => s.Actors(q))))
            .WithSummary("Actors seen in events whose code or name starts with q, most events first")
            .Produces<IReadOnlyList<ActorCount>>();

        app.MapGet("/api/stats", (StoreGate store) => Results.Ok(store.Use(s => s.Stats())))
            .WithSummary("Counts by day and quad class, by country pair, by country, and totals")
            .Produces<StatsView>();

        app.MapPost("/api/documents", async (HttpRequest request, StoreGate store, ServerOptions options) =>
        {
            if (!VigieServer.Authorised(request, options))
                return Results.Json(new ApiError(options.WriteToken is null
                    ? "writing is disabled: start the server with --write-token"
                    : "missing or wrong 'Authorization: Bearer' token"), statusCode: StatusCodes.Status401Unauthorized);
            JsonDocument body;
            try { body = await JsonDocument.ParseAsync(request.Body); }
            catch (JsonException e) { return Error($"body: invalid JSON: {e.Message}"); }
            using (body)
            {
                var records = body.RootElement.ValueKind == JsonValueKind.Array ? body.RootElement.EnumerateArray().ToArray() : [body.RootElement];
                var documents = new List<Document>();
                for (int i = 0; i < records.Length; i++)
                {
                    var item = JsonLinesReader.Parse(records[i].GetRawText(), $"record {i + 1}", new ReaderOptions());
                    if (item.IsError) return Error($"body: {item.Message}");
                    documents.Add(item.Document!);
                }
                return Results.Ok(Ingest(store, documents));
            }
        }).WithSummary("Ingest one contract input record or an array of them (needs the write token)")
            .Produces<IngestResult[]>().Produces<ApiError>(StatusCodes.Status400BadRequest).Produces<ApiError>(StatusCodes.Status401Unauthorized);
    }

    /// <summary>
    /// Analyses the documents that are new or changed (unchanged ones are not analysed again) and
    /// stores them. The analysis runs outside the store's lock, so that reads go on meanwhile.
    /// </summary>
    private static IngestResult[] Ingest(StoreGate store, List<Document> documents)
    {
        var changed = store.Use(s => documents.Where(d => s.Check(d.Id, SqlCorpusStore.ContentHash(d.Text)) != IngestOutcome.Unchanged).ToList());
        foreach (var d in changed) VigiePipeline.Default.Process(d);
        var outcomes = store.Use(s => s.SaveBatch(changed));
        var byDocument = changed.Select((d, i) => (d, outcomes[i])).ToDictionary(x => x.d, x => x.Item2);
        return documents.Select(d => new IngestResult(d.Id, byDocument.GetValueOrDefault(d, IngestOutcome.Unchanged).ToString().ToLowerInvariant(), d.Events.Count)).ToArray();
    }

    private static IResult Error(string message) => Results.BadRequest(new ApiError(message));

    private static IResult NotFound(string message) => Results.NotFound(new ApiError(message));

    /// <summary>
    /// A document id from its route segment. Ids of text files are paths ("examples/a.txt"), sent
    /// by clients as "examples%2Fa.txt"; the server decodes every escape of a path but %2F, so
    /// that one is decoded here.
    /// </summary>
    private static string DocumentId(string segment) => segment.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}

public sealed record ApiError(string Error);

/// <summary>
/// The query parameters of GET /api/events, as given (strings: a bad value is a 400 naming it,
/// not a binding failure). Empty values count as absent.
/// </summary>
public sealed record EventParameters(
    [FromQuery(Name = "actor")] string? Actor, [FromQuery(Name = "target")] string? Target, [FromQuery(Name = "code")] string? Code,
    [FromQuery(Name = "root")] string? Root, [FromQuery(Name = "from")] string? From, [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "q")] string? Q, [FromQuery(Name = "page")] string? Page, [FromQuery(Name = "pageSize")] string? PageSize)
{
    /// <summary>The store query, or what is wrong with the parameters.</summary>
    public bool TryParse(out CorpusQuery query, out string error)
    {
        query = new CorpusQuery();
        error = Check() ?? "";
        if (error.Length > 0) return false;
        query = new CorpusQuery
        {
            Actor = V(Actor), Target = V(Target), Code = V(Code), Root = V(Root),
            From = V(From) is { } f ? PartialDate.Parse(f) : null,
            To = V(To) is { } t ? PartialDate.Parse(t) : null,
            Text = V(Q),
            Page = V(Page) is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 1,
            PageSize = V(PageSize) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 50,
        };
        return true;
    }

    private string? Check()
    {
        foreach (var (name, value) in new[] { ("from", From), ("to", To) })
            if (V(value) is { } v && !PartialDate.TryParse(v, out _))
                return $"{name}: '{v}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
        if (V(Code) is { } code && !CameoOntology.Default.All.Any(c => c.Code.StartsWith(code, StringComparison.Ordinal)))
            return $"code: '{code}' is no CAMEO code or code prefix";
        if (V(Root) is { } root && (root.Length != 2 || !CameoOntology.Default.Contains(root)))
            return $"root: '{root}' is no CAMEO root code (01 to 20)";
        if (V(Page) is { } page && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1))
            return $"page: '{page}' is not a page number (1 or more)";
        if (V(PageSize) is { } size && !(int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= Api.MaxPageSize))
            return $"pageSize: '{size}' is not a page size (1 to {Api.MaxPageSize})";
        return null;
    }

    private static string? V(string? value) => value?.Trim() is { Length: > 0 } s ? s : null;
}

public sealed record IngestResult(string Id, string Outcome, int Events);
