using Microsoft.Data.Sqlite;

namespace Vigie.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Full-text search is FTS5 over titles and
/// texts with the unicode61 tokenizer removing diacritics, so "senegal" finds "Sénégal".
/// </summary>
public sealed class VigieStore : SqlCorpusStore
{
    public string Path => Name;

    private VigieStore(string path, SqliteConnection db) : base(path, db) { }

    protected override IReadOnlyList<(int Version, string Name, string Sql)> Steps => SqliteMigrations.Steps;

    private const string Match = "FROM documents_fts f JOIN documents d ON d.rowid = f.rowid WHERE documents_fts MATCH @q";

    protected override string MatchingDocumentIds => $"SELECT d.id {Match}";

    protected override string SearchSql => $"SELECT d.id, d.date, d.title, snippet(documents_fts, 1, '[', ']', '…', 16) {Match} ORDER BY f.rank LIMIT @limit";

    /// <summary>Opens (creating when needed) a store file and brings its schema up to date.</summary>
    /// <exception cref="StoreException">the file cannot be opened or is not a Vigie store.</exception>
    public static VigieStore Open(string path)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null && !Directory.Exists(dir)) throw new StoreException($"{path}: folder {dir} does not exist");
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        VigieStore? store = null;
        try
        {
            db.Open();
            store = new VigieStore(path, db);
            store.Exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
            store.Initialise();
            return store;
        }
        catch (StoreException)
        {
            db.Dispose();
            throw;
        }
        catch (SqliteException e)
        {
            db.Dispose();
            throw new StoreException($"{path}: cannot open the store: {e.Message}");
        }
    }
}
