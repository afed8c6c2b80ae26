using System.Text.Json;
using Vigie.Store;

namespace Vigie.Tests.Cli;

public class StoreCommandTests
{
    [Fact]
    public void IngestingTheSameArticlesTwiceReportsThemUnchanged()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "v.db");
        var a = dir.File("a.txt", "date 2024-02-01\nLe Ghana a signé un accord avec le Togo.");
        var b = dir.File("b.jsonl", "{\"id\": \"b1\", \"text\": \"Canada condemned the attack.\", \"date\": \"2024-02\"}\n");

        var first = CliRunner.InProcess(["ingest", "--db", db, a, b]);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 stored, 0 updated, 0 unchanged, 0 failed", first.Stdout);

        var second = CliRunner.InProcess(["ingest", "--db", db, a, b]);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 stored, 0 updated, 2 unchanged, 0 failed", second.Stdout);
        Assert.Contains($"unchanged\t{a}", second.Stdout);
        using var store = VigieStore.Open(db);
        Assert.Equal(2, store.Count("documents"));
    }

    [Fact]
    public void IngestReportsBadInputsAndStoresTheRest()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "v.db");
        var b = dir.File("b.jsonl", "{\"id\": \"b1\", \"text\": \"Canada condemned the attack.\"}\n{oops}\n");
        var r = CliRunner.InProcess(["ingest", "--db", db, b]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{b}:2", r.Stderr);
        Assert.Contains("1 stored, 0 updated, 0 unchanged, 1 failed", r.Stdout);
    }

    private static string FilledStore(TempDir dir)
    {
        var db = Path.Combine(dir.Path, "events.db");
        using var store = VigieStore.Open(db);
        store.SaveBatch([
            SampleDocuments.Coded("prk-rus", cameo: "072", sourceCode: "PRKGOV", sourceCountry: "PRK", targetCode: "RUS", eventDate: "2023-10"),
            SampleDocuments.Coded("usa-prk", cameo: "112", sourceCode: "USAGOV", sourceCountry: "USA", targetCode: "PRK", eventDate: "2023-12-01"),
        ]);
        return db;
    }

    [Fact]
    public void EventsPrintsOneJsonLinePerEventWithItsDocument()
    {
        using var dir = new TempDir();
        var db = FilledStore(dir);
        var r = CliRunner.InProcess(["events", "--db", db, "--actor", "PRK", "--target", "RUS", "--code", "07", "--from", "2023-09", "--to", "2023-10", "--format", "jsonl"]);
        Assert.Equal(0, r.ExitCode);
        var o = JsonDocument.Parse(Assert.Single(r.StdoutLines)).RootElement;
        Assert.Equal("prk-rus", o.GetProperty("doc").GetString());
        Assert.Equal("072", o.GetProperty("cameo").GetString());
        Assert.Equal("07", o.GetProperty("root").GetString());
        Assert.Equal("PRKGOV", o.GetProperty("source").GetProperty("code").GetString());
    }

    [Fact]
    public void EventsTableAndTsvFormats()
    {
        using var dir = new TempDir();
        var db = FilledStore(dir);
        var table = CliRunner.InProcess(["events", "--db", db, "--format", "table"]);
        Assert.Contains("DOC", table.Stdout);
        Assert.Contains("usa-prk", table.Stdout);
        Assert.Contains("2 events", table.Stdout);
        var tsv = CliRunner.InProcess(["events", "--db", db, "--format", "tsv", "--code", "11"]);
        Assert.Equal(2, tsv.StdoutLines.Length);
        Assert.StartsWith("usa-prk\t2023-12-01", tsv.StdoutLines[1]);
    }

    [Fact]
    public void EventsOnAMissingStoreSaysSo()
    {
        using var dir = new TempDir();
        var r = CliRunner.InProcess(["events", "--db", Path.Combine(dir.Path, "none.db")]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no such store", r.Stderr);
    }
}
