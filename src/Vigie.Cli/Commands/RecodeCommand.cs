using Vigie.Core;
using Vigie.Store;
using Vigie.Text.Readers;

namespace Vigie.Cli.Commands;

/// <summary>
/// <c>vigie recode</c>: analyses every stored document again with the current lexicons and
/// replaces its layers, events and corpus events, in one transaction: if any document fails,
/// the store is left as it was.
/// </summary>
public static class RecodeCommand
{
    public static int Run(string db, TextWriter stdout, TextWriter stderr)
    {
        if (!CorpusStores.Exists(db)) { stderr.WriteLine($"vigie: {db}: no such store (run 'vigie ingest --db {db} ...' first)"); return 2; }
        ICorpusStore store;
        try { store = CorpusStores.Open(db); }
        catch (StoreException e) { stderr.WriteLine($"vigie: {e.Message}"); return 2; }
        using (store)
        {
            var documents = store.StoredDocuments();
            IEnumerable<Document> Analysed()
            {
                foreach (var item in DocumentAnalyzer.Default.Analyze(documents.Select(d => InputItem.Ok(d, d.Id))))
                {
                    if (item.IsError) throw new RecodeFailed(item.Message);
                    yield return item.Document!;
                }
            }
            int n;
            try { n = store.ReplaceAll(Analysed()); }
            catch (RecodeFailed e)
            {
                stderr.WriteLine($"vigie: {e.Message}; nothing recoded, the store is unchanged");
                return 1;
            }
            stdout.WriteLine($"{n} documents recoded: {store.Count("events")} events, {store.Count("corpus_events")} corpus events → {store.Name}");
            return 0;
        }
    }

    private sealed class RecodeFailed(string message) : Exception(message);
}
