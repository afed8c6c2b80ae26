using System.Data.Common;
using Npgsql;

namespace Vigie.Store;

/// <summary>
/// The server store: a PostgreSQL database, with the same tables and SQL as the SQLite file.
/// Full-text search uses a text search configuration (<c>vigie_search</c>: the simple
/// dictionary after unaccent), so "senegal" finds "Sénégal" as FTS5 does in SQLite; queries use
/// the web search syntax (words, "phrases", OR, -word).
/// </summary>
public sealed class PostgresStore : SqlCorpusStore
{
    private PostgresStore(string name, NpgsqlConnection db) : base(name, db) { }

    protected override IReadOnlyList<(int Version, string Name, string Sql)> Steps => PostgresMigrations.Steps;

    protected override string MatchingDocumentIds =>
        "SELECT d.id FROM documents d WHERE d.search @@ websearch_to_tsquery('vigie_search', @q)";

    protected override string SearchSql => """
        SELECT d.id, d.date, d.title,
            ts_headline('vigie_search', d.text, q, 'StartSel=[, StopSel=], MinWords=8, MaxWords=20, MaxFragments=1, FragmentDelimiter=…')
        FROM documents d, websearch_to_tsquery('vigie_search', @q) q
        WHERE d.search @@ q ORDER BY ts_rank(d.search, q) DESC, d.id LIMIT @limit
        """;

    /// <summary>Opens a PostgreSQL store (creating its tables when needed).</summary>
    /// <param name="db">a URL <c>postgres://user:pass@host:port/db</c> or an Npgsql connection string <c>Host=...;Database=...</c>.</param>
    /// <exception cref="StoreException">the server cannot be reached, refuses the login, or the database is not a Vigie store.</exception>
    public static PostgresStore Open(string db)
    {
        var (connectionString, name) = Parse(db);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            var store = new PostgresStore(name, connection);
            store.Initialise();
            return store;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            connection.Dispose();
            throw new StoreException($"{name}: cannot open the store: {e.Message}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The Npgsql connection string of a <c>--db</c> value, and its name for messages (no password).</summary>
    /// <exception cref="StoreException">the value is not a PostgreSQL URL or connection string.</exception>
    public static (string ConnectionString, string Name) Parse(string db)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        try
        {
            if (db.Contains("://", StringComparison.Ordinal))
            {
                var uri = new Uri(db);
                var user = uri.UserInfo.Split(':', 2);
                builder.Host = uri.Host;
                if (uri.Port > 0) builder.Port = uri.Port;
                builder.Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
                if (user[0].Length > 0) builder.Username = Uri.UnescapeDataString(user[0]);
                if (user.Length > 1) builder.Password = Uri.UnescapeDataString(user[1]);
            }
            else builder.ConnectionString = db;
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or FormatException)
        {
            throw new StoreException($"--db: not a PostgreSQL URL (postgres://user:pass@host:port/db) or connection string: {e.Message}");
        }
        if (string.IsNullOrEmpty(builder.Database)) throw new StoreException("--db: the PostgreSQL database name is missing (postgres://user:pass@host:port/DB)");
        var name = $"postgres://{(builder.Username is { Length: > 0 } u ? u + "@" : "")}{builder.Host}:{builder.Port}/{builder.Database}";
        return (builder.ConnectionString, name);
    }
}
