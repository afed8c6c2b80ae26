using System.Text.Json;
using System.Text.Json.Serialization;
using Parquet.Serialization;
using Vigie.Cli.Output;
using Vigie.Store;

namespace Vigie.Cli.Commands;

/// <summary>
/// <c>vigie export</c>: every corpus event of the store, as JSON Lines (with mentions), the GDELT
/// 2.0 event or mentions layout (<see cref="Gdelt"/>), or a Parquet file (one row per corpus event).
/// </summary>
public static class ExportCommand
{
    public static readonly string[] Formats = ["jsonl", "gdelt", "mentions", "parquet"];

    public static int Run(string db, string format, string? output, Stream stdout, TextWriter stderr)
    {
        if (format == "parquet" && output is null) { stderr.WriteLine("vigie: --format parquet writes a binary file: give it with -o FILE"); return 2; }
        if (!CorpusStores.Exists(db)) { stderr.WriteLine($"vigie: {db}: no such store (run 'vigie ingest --db {db} ...' first)"); return 2; }
        ICorpusStore store;
        try { store = CorpusStores.Open(db); }
        catch (StoreException e) { stderr.WriteLine($"vigie: {e.Message}"); return 2; }
        using (store)
        {
            var target = output is null ? stdout : File.Create(output);
            int n = 0;
            try
            {
                var events = store.AllCorpusEvents().Select(e => { n++; return e; });
                if (format == "parquet")
                {
                    ParquetSerializer.SerializeAsync(events.Select(ParquetEvent.Of).ToArray(), target).GetAwaiter().GetResult();
                }
                else
                {
                    using var w = new StreamWriter(target, ResultWriter.Utf8, leaveOpen: true) { NewLine = "\n" };
                    foreach (var e in events)
                        switch (format)
                        {
                            case "jsonl": w.WriteLine(JsonSerializer.Serialize(e, CorpusJson.Options)); break;
                            case "gdelt": w.WriteLine(Gdelt.EventLine(e)); break;
                            default: foreach (var line in Gdelt.MentionLines(e)) w.WriteLine(line); break;
                        }
                }
            }
            finally
            {
                if (output is null) stdout.Flush(); else target.Dispose();
            }
            if (output is not null) stderr.WriteLine($"vigie: {n} corpus events → {output}");
            return 0;
        }
    }
}

/// <summary>One row of the Parquet export: a corpus event, flat.</summary>
public sealed class ParquetEvent
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("date")] public string? Date { get; set; }
    [JsonPropertyName("source_code")] public string? SourceCode { get; set; }
    [JsonPropertyName("source_name")] public string? SourceName { get; set; }
    [JsonPropertyName("source_country")] public string? SourceCountry { get; set; }
    [JsonPropertyName("target_code")] public string? TargetCode { get; set; }
    [JsonPropertyName("target_name")] public string? TargetName { get; set; }
    [JsonPropertyName("target_country")] public string? TargetCountry { get; set; }
    [JsonPropertyName("cameo")] public string Cameo { get; set; } = "";
    [JsonPropertyName("cameo_name")] public string? CameoName { get; set; }
    [JsonPropertyName("root")] public string Root { get; set; } = "";
    [JsonPropertyName("plover")] public string? Plover { get; set; }
    [JsonPropertyName("quad")] public int? Quad { get; set; }
    [JsonPropertyName("goldstein")] public double? Goldstein { get; set; }
    [JsonPropertyName("num_mentions")] public int NumMentions { get; set; }
    [JsonPropertyName("num_sources")] public int NumSources { get; set; }
    [JsonPropertyName("num_articles")] public int NumArticles { get; set; }
    [JsonPropertyName("first_seen")] public string? FirstSeen { get; set; }
    [JsonPropertyName("last_seen")] public string? LastSeen { get; set; }
    [JsonPropertyName("location_name")] public string? LocationName { get; set; }
    [JsonPropertyName("location_country")] public string? LocationCountry { get; set; }
    [JsonPropertyName("lat")] public double? Lat { get; set; }
    [JsonPropertyName("lon")] public double? Lon { get; set; }
    [JsonPropertyName("source_url")] public string? SourceUrl { get; set; }
    [JsonPropertyName("avg_tone")] public double? AvgTone { get; set; }

    public static ParquetEvent Of(CorpusEventView e) => new()
    {
        Id = e.Id, Date = e.Date,
        SourceCode = e.Source?.Code, SourceName = e.Source?.Name, SourceCountry = e.Source?.Country,
        TargetCode = e.Target?.Code, TargetName = e.Target?.Name, TargetCountry = e.Target?.Country,
        Cameo = e.Cameo, CameoName = e.CameoName, Root = e.Root, Plover = e.Plover, Quad = e.Quad, Goldstein = e.Goldstein,
        NumMentions = e.NumMentions, NumSources = e.NumSources, NumArticles = e.NumArticles, FirstSeen = e.FirstSeen, LastSeen = e.LastSeen,
        LocationName = e.Location?.Name, LocationCountry = e.Location?.Country, Lat = e.Location?.Lat, Lon = e.Location?.Lon,
        SourceUrl = e.FirstUrl, AvgTone = e.AvgTone,
    };
}
