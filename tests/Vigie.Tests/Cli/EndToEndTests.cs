using System.Text.Json;

namespace Vigie.Tests.Cli;

/// <summary>The built program, run as a separate process over the bundled example articles.</summary>
public class EndToEndTests
{
    [Fact]
    public void CodeReadsEveryExampleArticle()
    {
        var root = CliRunner.RepoRoot;
        var r = CliRunner.Process(root, "code", "--format", "jsonl", "examples");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var docs = r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(18, docs.Length);
        Assert.All(docs, d => Assert.False(d.TryGetProperty("error", out _)));
        Assert.Contains(docs, d => d.GetProperty("id").GetString() == "examples/2026-03-05-visite-erevan.html" && d.GetProperty("lang").GetString() == "fr");
        Assert.Contains(docs, d => d.GetProperty("id").GetString() == "examples/2026-03-03-un-condemns-clashes.html" && d.GetProperty("date").GetString() == "2026-03-03");
        Assert.All(docs, d => Assert.NotEqual(JsonValueKind.Null, d.GetProperty("date").ValueKind));
    }

    [Fact]
    public void IngestThenEventsOverTheExamples()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "e2e.db");
        var root = CliRunner.RepoRoot;
        var first = CliRunner.Process(root, "ingest", "--db", db, "examples");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("18 stored, 0 updated, 0 unchanged, 0 failed", first.Stdout);
        var again = CliRunner.Process(root, "ingest", "--db", db, "examples");
        Assert.Contains("0 stored, 0 updated, 18 unchanged, 0 failed", again.Stdout);
        var events = CliRunner.Process(root, "events", "--db", db, "--format", "jsonl");
        Assert.Equal(0, events.ExitCode);
        Assert.All(events.StdoutLines, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("doc", out _)));
    }
}
