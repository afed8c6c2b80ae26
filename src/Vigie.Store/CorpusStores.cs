namespace Vigie.Store;

/// <summary>Opens the store a <c>--db</c> value names.</summary>
public static class CorpusStores
{
    /// <summary>
    /// A PostgreSQL URL (<c>postgres://user:pass@host:port/db</c>) or connection string
    /// (<c>Host=...</c>) opens a PostgreSQL store; anything else is a SQLite file path.
    /// </summary>
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="StoreException">the store cannot be opened.</exception>
    public static ICorpusStore Open(string db) => IsPostgres(db) ? PostgresStore.Open(db) : VigieStore.Open(db);

    /// <summary>False for a SQLite file that does not exist yet (commands that only read refuse it rather than create an empty store).</summary>
    public static bool Exists(string db) => IsPostgres(db) || File.Exists(db);
}
