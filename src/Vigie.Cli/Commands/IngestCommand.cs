using Vigie.Core;
using Vigie.Store;
using Vigie.Text.Readers;

namespace Vigie.Cli.Commands;

/// <summary>
/// <c>vigie ingest</c>: reads and analyses documents and stores them with their layers and events,
/// one transaction per batch. A document already stored with the same content is skipped before
/// analysis and reported as such; one stored with other content is replaced. One line per
/// document on <paramref name="stdout"/>, a summary at the end; unreadable inputs as in
/// <c>vigie code</c> (one line on standard error each, exit status 1).
/// </summary>
public static class IngestCommand
{
    public const int BatchSize = 64;

    public static int Run(string dbPath, IReadOnlyList<string> inputs, ReaderOptions options, TextWriter stdout, TextWriter stderr, Stream? stdin = null)
    {
        ICorpusStore store;
        try { store = CorpusStores.Open(dbPath); }
        catch (StoreException e) { stderr.WriteLine($"vigie: {e.Message}"); return 2; }
        using (store)
        {
            int failed = 0, unchanged = 0, added = 0, updated = 0;
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            var batch = new List<Document>();

            void Flush()
            {
                if (batch.Count == 0) return;
                var outcomes = store.SaveBatch(batch);
                for (int i = 0; i < batch.Count; i++)
                {
                    var (d, o) = (batch[i], outcomes[i]);
                    if (o == IngestOutcome.Unchanged) { unchanged++; stdout.WriteLine($"unchanged\t{d.Id}\t(already stored, same content)"); continue; }
                    if (o == IngestOutcome.New) added++; else updated++;
                    stdout.WriteLine($"{(o == IngestOutcome.New ? "stored" : "updated")}\t{d.Id}\t{d.Events.Count} events, {d.Entities.Count} entities");
                }
                batch.Clear();
            }

            // Skip unchanged documents before the (costly) analysis.
            IEnumerable<InputItem> ToAnalyse(IEnumerable<InputItem> items)
            {
                foreach (var item in items)
                {
                    if (item.Document is { } d)
                    {
                        var hash = SqlCorpusStore.ContentHash(d.Text);
                        bool same = seen.TryGetValue(d.Id, out var h) ? h == hash : store.Check(d.Id, hash) == IngestOutcome.Unchanged;
                        seen[d.Id] = hash;
                        if (same) { yield return item with { Document = null, Skipped = "already stored, same content" }; continue; }
                    }
                    yield return item;
                }
            }

            foreach (var item in DocumentAnalyzer.Default.Analyze(ToAnalyse(DocumentSource.Read(inputs, options, stdin))))
            {
                if (item.Warning is not null) stderr.WriteLine($"vigie: {item.Where}: warning: {item.Warning}");
                if (item.IsError) { failed++; stderr.WriteLine($"vigie: {item.Message}"); continue; }
                if (item.Skipped is not null)
                {
                    Flush();
                    unchanged++;
                    stdout.WriteLine($"unchanged\t{item.Id}\t({item.Skipped})");
                    continue;
                }
                batch.Add(item.Document!);
                if (batch.Count >= BatchSize) Flush();
            }
            Flush();
            stdout.WriteLine($"{added} stored, {updated} updated, {unchanged} unchanged, {failed} failed → {store.Name}");
            return failed > 0 ? 1 : 0;
        }
    }
}
