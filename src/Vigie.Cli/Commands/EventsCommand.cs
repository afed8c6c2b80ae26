using System.Text.Json;
using Vigie.Cli.Output;
using Vigie.Store;

namespace Vigie.Cli.Commands;

/// <summary><c>vigie events</c>: prints stored events that match a query, as a table, JSON Lines or TSV.</summary>
public static class EventsCommand
{
    public static readonly string[] Formats = ["table", "jsonl", "tsv"];

    public static int Run(string dbPath, EventQuery query, string format, Stream stdout, TextWriter stderr)
    {
        if (!CorpusStores.Exists(dbPath)) { stderr.WriteLine($"vigie: {dbPath}: no such store (run 'vigie ingest --db {dbPath} ...' first)"); return 2; }
        IReadOnlyList<StoredEvent> events;
        try
        {
            using var store = CorpusStores.Open(dbPath);
            events = store.Events(query);
        }
        catch (StoreException e) { stderr.WriteLine($"vigie: {e.Message}"); return 2; }
        Write(events, format, stdout);
        return 0;
    }

    public static void Write(IReadOnlyList<StoredEvent> events, string format, Stream stdout)
    {
        switch (format)
        {
            case "jsonl":
                using (var json = new Utf8JsonWriter(stdout, ContractJson.WriterOptions))
                    foreach (var s in events)
                    {
                        json.WriteStartObject();
                        json.WriteString("doc", s.DocumentId);
                        ContractJson.WriteEventFields(json, s.Event);
                        json.WriteEndObject();
                        json.Flush();
                        json.Reset();
                        stdout.WriteByte((byte)'\n');
                    }
                break;
            case "tsv":
                using (var w = new StreamWriter(stdout, ResultWriter.Utf8, leaveOpen: true))
                {
                    w.WriteLine(string.Join('\t', TsvResultWriter.Columns));
                    foreach (var s in events) w.WriteLine(TsvResultWriter.Line(s.DocumentId, s.Event));
                }
                break;
            default:
                using (var w = new StreamWriter(stdout, ResultWriter.Utf8, leaveOpen: true))
                {
                    if (events.Count == 0) w.WriteLine("no events");
                    else
                    {
                        EventTable.Write(w, events.Select(s => (s.DocumentId, s.Event)), withDoc: true);
                        w.WriteLine($"{events.Count} events");
                    }
                }
                break;
        }
        stdout.Flush();
    }
}
