using System.Text;
using System.Text.Json;

namespace Vigie.Tests.Cli;

public class CodeCommandTests
{
    [Fact]
    public void EachBadInputGivesOneMessageAnErrorRecordInOrderAndExitStatusOne()
    {
        using var dir = new TempDir();
        var jsonl = dir.File("batch.jsonl", """
            {"id": "ok-1", "text": "Le Portugal a salué l'accord signé par l'Angola et la Namibie.", "date": "2024-04"}
            {"id": "broken", "text": 
            {"id": "empty", "text": ""}
            {"id": "ok-2", "text": "The Netherlands recalled its ambassador to Venezuela on Monday.", "date": "2024-04-08"}
            """);
        var binary = dir.Bytes("scan.txt", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]);
        var html = dir.File("menu.html", "<html><body><nav><a href='/'>Accueil</a></nav></body></html>");
        var text = dir.File("ok.txt", "date 2024-05-01\nLa Tunisie a condamné l'attaque.");

        var r = CliRunner.InProcess(["code", "--format", "jsonl", jsonl, binary, html, text]);

        Assert.Equal(1, r.ExitCode);
        var ids = r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.Equal(["ok-1", $"{jsonl}:2", "empty", "ok-2", binary, html, text], ids);
        var errors = r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).Where(o => o.TryGetProperty("error", out _)).ToArray();
        Assert.Equal(4, errors.Length);
        var messages = r.StderrLines.Where(l => !l.Contains("could not be read")).ToArray();
        Assert.Equal(4, messages.Length);
        Assert.StartsWith($"vigie: {jsonl}:2: invalid JSON", messages[0]);
        Assert.StartsWith($"vigie: {jsonl}:3: empty text", messages[1]);
        Assert.StartsWith($"vigie: {binary}", messages[2]);
        Assert.Contains("binary", messages[2]);
        Assert.StartsWith($"vigie: {html}: no article", messages[3]);
    }

    [Fact]
    public void AGoodBatchExitsZeroAndPrintsNothingOnStandardError()
    {
        using var dir = new TempDir();
        var jsonl = dir.File("ok.jsonl", "{\"id\": \"a\", \"text\": \"L'Égypte a accueilli des pourparlers.\", \"date\": \"2024-01\"}\n");
        var r = CliRunner.InProcess(["code", "--format", "jsonl", jsonl]);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        var o = JsonDocument.Parse(Assert.Single(r.StdoutLines)).RootElement;
        Assert.Equal("a", o.GetProperty("id").GetString());
        Assert.Equal("fr", o.GetProperty("lang").GetString());
        Assert.Equal("2024-01", o.GetProperty("date").GetString());
    }

    [Fact]
    public void DateAndLangOptionsApplyToEveryDocument()
    {
        var r = CliRunner.InProcess(["code", "--format", "jsonl", "--date", "2024-07-14", "--lang", "en", "-"], "Texte lu sur l'entrée standard.");
        Assert.Equal(0, r.ExitCode);
        var o = JsonDocument.Parse(Assert.Single(r.StdoutLines)).RootElement;
        Assert.Equal("-", o.GetProperty("id").GetString());
        Assert.Equal("2024-07-14", o.GetProperty("date").GetString());
        Assert.Equal("en", o.GetProperty("lang").GetString());
    }

    [Fact]
    public void ABadDateOptionIsAUsageError()
    {
        var r = CliRunner.InProcess(["code", "--date", "juillet", "-"], "Texte.");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--date 'juillet'", r.Stderr);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("code --format xml -")]
    [InlineData("frobnicate")]
    public void UsageErrorsExitTwoWithAMessage(string args)
    {
        var r = CliRunner.InProcess(args.Split(' '));
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("vigie: ", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    /// <summary>More documents than the analyser keeps in flight (results leave in batches), longer
    /// ones first so that later ones finish earlier: the output keeps the input order.</summary>
    [Fact]
    public void ManyDocumentsComeOutInInputOrder()
    {
        const int n = 300;
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.Append($"{{\"id\": \"n{i}\", \"text\": \"{new string('a', (n - i) * 8)} Le Mali a signé.\"}}\n");
        var r = CliRunner.InProcess(["code", "--format", "jsonl", "-"], sb.ToString());
        Assert.Equal(Enumerable.Range(0, n).Select(i => $"n{i}"),
            r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public void TheSeedArticleHeaderGivesItsDate()
    {
        var seed = Path.Combine(CliRunner.RepoRoot, "..", "shared", "eval", "seed", "seed-article.txt");
        if (!File.Exists(seed)) Assert.Skip("../shared/eval is not beside the repository");
        var r = CliRunner.InProcess(["code", "--format", "jsonl", seed]);
        Assert.Equal(0, r.ExitCode);
        var o = JsonDocument.Parse(Assert.Single(r.StdoutLines)).RootElement;
        Assert.Equal("2023-10", o.GetProperty("date").GetString());
        Assert.Equal("fr", o.GetProperty("lang").GetString());
    }
}
