using System.Text.Json;
using Vigie.Tests.Cli;

namespace Vigie.Tests.Evaluation;

public class EvalCommandTests
{
    private const string Gold = """
        {"id": "a", "events": [{"source": ["NLD"], "target": ["VEN"], "root": ["16"]}]}
        """;

    private const string Output = """
        {"id": "a", "events": [{"source": {"country": "NLD"}, "target": {"country": "VEN"}, "cameo": "161"}]}
        """;

    [Fact]
    public void ScoresAnExistingOutputAndPrintsTheReport()
    {
        using var dir = new TempDir();
        var gold = dir.File("g.gold.jsonl", Gold);
        var output = dir.File("out.jsonl", Output);
        var r = CliRunner.InProcess(["eval", gold, "--output", output]);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal([
            $"gold {gold}: 1 documents, 0 missing or failed in system output",
            "events        P=1.000 R=1.000 F1=1.000  tp=1 fp=0 fn=0  (docs=1, optional matched=0)",
            "events.code   accuracy=n/a   (0/0) on matched events having gold code",
            "events.date   accuracy=n/a   (0/0) on matched events having gold date",
        ], r.StdoutLines);
    }

    [Fact]
    public void DetailsComeBeforeTheReportAndJsonIsOneObject()
    {
        using var dir = new TempDir();
        var gold = dir.File("g.gold.jsonl", Gold);
        var empty = dir.File("out.jsonl", "");
        var r = CliRunner.InProcess(["eval", gold, "--output", empty, "--details"]);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        Assert.Equal(["== a", "  (missing from SYSTEM)", "  events MISS   NLD -> VEN root 16", ""], lines[..4]);
        Assert.StartsWith("events        P=0.000 R=0.000 F1=0.000  tp=0 fp=0 fn=1", lines[5]);

        r = CliRunner.InProcess(["eval", gold, "--output", empty, "--json", "--details"]);
        var o = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(1, o.GetProperty("docs_missing").GetInt32());
        Assert.Equal(1, o.GetProperty("events").GetProperty("fn").GetInt32());
        Assert.Equal(2, o.GetProperty("details").GetProperty("a").GetArrayLength());
    }

    [Fact]
    public void InputIsCodedByThePipelineAndDefaultsToTheFileBesideTheGold()
    {
        using var dir = new TempDir();
        var gold = dir.File("set.gold.jsonl", Gold);
        var input = dir.File("set.jsonl", """{"id": "a", "text": "The Netherlands recalled its ambassador to Venezuela on Monday.", "date": "2024-04-08"}""" + "\n");
        var coded = CliRunner.InProcess(["code", "--format", "jsonl", input]);
        var output = dir.File("out.jsonl", coded.Stdout);
        var expected = CliRunner.InProcess(["eval", gold, "--output", output]).Stdout;
        var viaInput = CliRunner.InProcess(["eval", gold, "--input", input]);
        Assert.Equal(0, viaInput.ExitCode);
        Assert.Equal(expected, viaInput.Stdout);
        Assert.Equal(expected, CliRunner.InProcess(["eval", gold]).Stdout);
    }

    [Fact]
    public void UsageErrorsExitTwoWithOneMessage()
    {
        using var dir = new TempDir();
        var gold = dir.File("g.gold.jsonl", Gold);
        var output = dir.File("out.jsonl", Output);
        var both = CliRunner.InProcess(["eval", gold, "--input", output, "--output", output]);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("not both", both.Stderr);
        var neither = CliRunner.InProcess(["eval", output]);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("--input", neither.Stderr);
        var noGold = CliRunner.InProcess(["eval", Path.Combine(dir.Path, "nope.jsonl"), "--output", output]);
        Assert.Equal(2, noGold.ExitCode);
        Assert.StartsWith("vigie: eval: cannot read gold file", noGold.Stderr);
        var noOutput = CliRunner.InProcess(["eval", gold, "--output", Path.Combine(dir.Path, "nope.jsonl")]);
        Assert.Equal(2, noOutput.ExitCode);
    }

    [Fact]
    public void BadLinesAreWarnedOnStandardErrorAndSkipped()
    {
        using var dir = new TempDir();
        var gold = dir.File("g.gold.jsonl", Gold);
        var output = dir.File("out.jsonl", "oops\n" + Output);
        var r = CliRunner.InProcess(["eval", gold, "--output", output]);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith($"vigie: eval: system {output} line 1: not JSON", r.Stderr);
        Assert.Contains("tp=1 fp=0 fn=0", r.Stdout);
    }
}
