using Vigie.Store;

namespace Vigie.Cli.Commands;

/// <summary><c>vigie search</c>: stored documents matching a full-text query, best first: id, date, title and snippet, tab-separated.</summary>
public static class SearchCommand
{
    public static int Run(string db, string query, int limit, TextWriter stdout, TextWriter stderr)
    {
        if (!CorpusStores.Exists(db)) { stderr.WriteLine($"vigie: {db}: no such store (run 'vigie ingest --db {db} ...' first)"); return 2; }
        try
        {
            using var store = CorpusStores.Open(db);
            foreach (var hit in store.Search(query, limit))
                stdout.WriteLine(string.Join('\t', hit.Id, hit.Date ?? "", OneLine(hit.Title ?? ""), OneLine(hit.Snippet)));
            return 0;
        }
        catch (StoreException e) { stderr.WriteLine($"vigie: {e.Message}"); return 2; }
    }

    private static string OneLine(string s) => string.Join(' ', s.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
