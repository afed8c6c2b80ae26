using Npgsql;
using Vigie.Store;
using Vigie.Tests.Cli;

namespace Vigie.Tests.Store;

/// <summary>
/// The PostgreSQL server the tests use, from <c>VIGIE_TEST_POSTGRES</c> (an Npgsql connection
/// string of a user that may create databases; .ci/run starts a server and sets it). Each test
/// gets a database of its own, dropped afterwards. Unset: the tests are skipped, saying why.
/// </summary>
public static class PostgresTest
{
    public const string Variable = "VIGIE_TEST_POSTGRES";

    /// <summary>A new empty database: its connection string, and what drops it.</summary>
    public static (string ConnectionString, Action Drop) NewDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
            Assert.Skip($"{Variable} is not set: PostgreSQL tests skipped (.ci/run starts a server and sets it)");
        var name = "vigie_test_" + Guid.NewGuid().ToString("N")[..12];
        var admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString;
        Run(admin, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        return (connection, () => Run(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    }

    private static void Run(string connectionString, string sql)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql; // names made here, never input
        cmd.ExecuteNonQuery();
    }
}

public sealed class PostgresCorpusStoreTests : CorpusStoreContract
{
    protected override TestStore NewStore()
    {
        var (db, drop) = PostgresTest.NewDatabase();
        return new TestStore(PostgresStore.Open(db), drop);
    }

    [Fact]
    public void ReopeningKeepsTheSchemaAndTheData()
    {
        var (db, drop) = PostgresTest.NewDatabase();
        try
        {
            using (var s = PostgresStore.Open(db)) s.SaveBatch([Doc("a", "x.example")]);
            using var again = PostgresStore.Open(db);
            Assert.Equal(PostgresMigrations.Steps[^1].Version, again.SchemaVersion);
            Assert.Equal(1, again.Count("corpus_events"));
        }
        finally { drop(); }
    }

    [Fact]
    public void CommandsWorkOnAPostgresUrl()
    {
        var (db, drop) = PostgresTest.NewDatabase();
        try
        {
            var b = new NpgsqlConnectionStringBuilder(db);
            var url = $"postgres://{Uri.EscapeDataString(b.Username!)}:{Uri.EscapeDataString(b.Password!)}@{b.Host}:{b.Port}/{b.Database}";
            var examples = Path.Combine(CliRunner.RepoRoot, "examples");
            var ingest = CliRunner.InProcess(["ingest", "--db", url, examples]);
            Assert.Equal(0, ingest.ExitCode);
            // As many documents as the SQLite store takes from the same folder (examples/ grows).
            var stored = System.Text.RegularExpressions.Regex.Match(ingest.Stdout, @"(\d+) stored, 0 updated, 0 unchanged, 0 failed → postgres://" + System.Text.RegularExpressions.Regex.Escape($"{b.Username}@{b.Host}:{b.Port}/{b.Database}"));
            Assert.True(stored.Success, ingest.Stdout);
            int n = int.Parse(stored.Groups[1].Value);
            Assert.True(n >= 8, ingest.Stdout);
            Assert.DoesNotContain(b.Password!, ingest.Stdout);
            Assert.Contains($"{n} unchanged", CliRunner.InProcess(["ingest", "--db", url, examples]).Stdout);
            // The same corpus as the SQLite store makes of the same articles.
            using var dir = new TempDir();
            var sqlite = Path.Combine(dir.Path, "same.db");
            Assert.Equal(0, CliRunner.InProcess(["ingest", "--db", sqlite, examples]).ExitCode);
            Assert.Equal(CliRunner.InProcess(["export", "--db", sqlite, "--format", "jsonl"]).Stdout,
                CliRunner.InProcess(["export", "--db", url, "--format", "jsonl"]).Stdout);
            var recode = CliRunner.InProcess(["recode", "--db", db]);
            Assert.Equal(0, recode.ExitCode);
            var counts = System.Text.RegularExpressions.Regex.Match(recode.Stdout, $@"^{n} documents recoded: (\d+) events, (\d+) corpus events");
            Assert.True(counts.Success, recode.Stdout);
            var search = CliRunner.InProcess(["search", "--db", url, "armenie"]);
            Assert.Contains(search.StdoutLines, l => l.StartsWith("2026-03-10-cessez-le-feu\t2026-03-10\t") && l.Contains("[Arménie]"));
            Assert.Equal(int.Parse(counts.Groups[2].Value), CliRunner.InProcess(["export", "--db", url, "--format", "gdelt"]).StdoutLines.Length);
            Assert.NotEmpty(CliRunner.InProcess(["events", "--db", url, "--actor", "RUS", "--format", "jsonl"]).StdoutLines);
        }
        finally { drop(); }
    }

    [Fact]
    public void AnUnreachableServerIsAClearError()
    {
        var e = Assert.Throws<StoreException>(() => PostgresStore.Open("postgres://nobody:secret@127.0.0.1:1/none"));
        Assert.StartsWith("postgres://nobody@127.0.0.1:1/none: cannot open the store", e.Message);
        Assert.DoesNotContain("secret", e.Message);
        Assert.Throws<StoreException>(() => PostgresStore.Parse("postgres://host:5432/"));
    }
}
