using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        app.MapGet("/api/events", (HttpRequest request, StoreGate store) =>
        {
            if (ParseEventQuery(request.Query) is not { } query) return Error(ErrorOf(request.Query));
            try { return Results.Ok(store.Use(s => s.CorpusEvents(query))); }
            catch (StoreException e) { return Error($"q: {e.Message}"); }
        }).WithSummary("Corpus events matching filters, by date then id, one page at a time");

        app.MapGet("/api/events/{id}", (string id, StoreGate store) =>
            long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && store.Use(s => s.CorpusEvent(n)) is { } e
                ? Results.Ok(e)
                : NotFound($"no event {id}"))
            .WithSummary("One corpus event with its mentions");

        app.MapGet("/api/documents/{id}", (string id, StoreGate store) =>
            store.Use(s => s.Document(DocumentId(id))) is { } d ? Results.Ok(d) : NotFound($"no document {DocumentId(id)}"))
            .WithSummary("One document with its text, layers and events (offsets in UTF-16 code units)");

        app.MapGet("/api/actors", (string? q, StoreGate store) => Results.Ok(store.Use(s => s.Actors(q))))
            .WithSummary("Actors seen in events whose code or name starts with q, most events first");

        app.MapGet("/api/stats", (StoreGate store) => Results.Ok(store.Use(s => s.Stats())))
            .WithSummary("Counts by day and quad class, by country pair, by country, and totals");

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
                var outcomes = store.Use(s => Ingest(s, documents));
                return Results.Ok(documents.Select((d, i) => new IngestResult(d.Id, outcomes[i].ToString().ToLowerInvariant(), d.Events.Count)).ToArray());
            }
        }).WithSummary("Ingest one contract input record or an array of them (needs the write token)");
    }

    /// <summary>Analyses the documents that are new or changed (unchanged ones are not analysed again) and stores them.</summary>
    private static IReadOnlyList<IngestOutcome> Ingest(ICorpusStore store, List<Document> documents)
    {
        foreach (var d in documents)
            if (store.Check(d.Id, SqlCorpusStore.ContentHash(d.Text)) != IngestOutcome.Unchanged) VigiePipeline.Default.Process(d);
        return store.SaveBatch(documents);
    }

    /// <summary>The query of /api/events, or null when a parameter is bad (<see cref="ErrorOf"/> says which).</summary>
    public static CorpusQuery? ParseEventQuery(IQueryCollection q) => ErrorOf(q) is null ? BuildQuery(q) : null;

    /// <summary>What is wrong with the parameters of /api/events, or null.</summary>
    public static string? ErrorOf(IQueryCollection q)
    {
        foreach (var name in new[] { "from", "to" })
            if (Value(q, name) is { } v && !PartialDate.TryParse(v, out _))
                return $"{name}: '{v}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
        if (Value(q, "code") is { } code && !CameoOntology.Default.All.Any(c => c.Code.StartsWith(code, StringComparison.Ordinal)))
            return $"code: '{code}' is no CAMEO code or code prefix";
        if (Value(q, "root") is { } root && (root.Length != 2 || !CameoOntology.Default.Contains(root)))
            return $"root: '{root}' is no CAMEO root code (01 to 20)";
        if (Value(q, "page") is { } page && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1))
            return $"page: '{page}' is not a page number (1 or more)";
        if (Value(q, "pageSize") is { } size && !(int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= MaxPageSize))
            return $"pageSize: '{size}' is not a page size (1 to {MaxPageSize})";
        return null;
    }

    private static CorpusQuery BuildQuery(IQueryCollection q) => new()
    {
        Actor = Value(q, "actor"),
        Target = Value(q, "target"),
        Code = Value(q, "code"),
        Root = Value(q, "root"),
        From = Value(q, "from") is { } f ? PartialDate.Parse(f) : null,
        To = Value(q, "to") is { } t ? PartialDate.Parse(t) : null,
        Text = Value(q, "q"),
        Page = Value(q, "page") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 1,
        PageSize = Value(q, "pageSize") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 50,
    };

    /// <summary>
    /// A document id from its route segment. Ids of text files are paths ("examples/a.txt"), sent
    /// by clients as "examples%2Fa.txt"; the server decodes every escape of a path but %2F, so
    /// that one is decoded here.
    /// </summary>
    private static string DocumentId(string segment) => segment.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static string? Value(IQueryCollection q, string name) =>
        q.TryGetValue(name, out var v) && v.ToString().Trim() is { Length: > 0 } s ? s : null;

    private static IResult Error(string? message) => Results.BadRequest(new ApiError(message ?? "bad request"));

    private static IResult NotFound(string message) => Results.NotFound(new ApiError(message));
}

public sealed record ApiError(string Error);

public sealed record IngestResult(string Id, string Outcome, int Events);
