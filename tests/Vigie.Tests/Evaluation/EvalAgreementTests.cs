using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Vigie.Tests.Cli;

namespace Vigie.Tests.Evaluation;

/// <summary>
/// <c>vigie eval</c> and the reference scorer <c>../shared/eval/score.py</c> print the same lines:
/// on every shared set (coded by the pipeline here), and on a hand-made output full of edge cases.
/// Skipped when <c>../shared/eval</c> or <c>python3</c> is absent.
/// </summary>
public class EvalAgreementTests
{
    private static string EvalDir => Path.GetFullPath(Path.Combine(CliRunner.RepoRoot, "..", "shared", "eval"));

    private static string ScorePy
    {
        get
        {
            var p = Path.Combine(EvalDir, "score.py");
            if (!File.Exists(p)) Assert.Skip("../shared/eval/score.py is not beside the repository: agreement not checked");
            return p;
        }
    }

    private static string Python(params string[] args)
    {
        var psi = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try { p = Process.Start(psi)!; }
        catch (Win32Exception) { Assert.Skip("python3 not found: agreement with score.py not checked"); throw; }
        using (p)
        {
            var err = p.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, $"python3 {string.Join(' ', args)} failed: {err.Result}");
            return output;
        }
    }

    private static string Vigie(params string[] args)
    {
        var r = CliRunner.InProcess(args);
        Assert.True(r.ExitCode == 0, $"vigie {string.Join(' ', args)} failed: {r.Stderr}");
        return r.Stdout;
    }

    /// <summary>The first differing line, or null when both outputs are the same.</summary>
    private static string? Difference(string what, string python, string vigie)
    {
        var a = python.Replace("\r\n", "\n").Split('\n');
        var b = vigie.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "<none>";
            var y = i < b.Length ? b[i] : "<none>";
            if (x != y) return $"{what}, line {i + 1}:\n  score.py: {x}\n  vigie:    {y}";
        }
        return null;
    }

    private static IEnumerable<string> Compare(string gold, string output)
    {
        foreach (var flags in new[] { Array.Empty<string>(), ["--details"], ["--json", "--details"] })
        {
            var py = Python([ScorePy, gold, output, .. flags]);
            var cs = Vigie(["eval", gold, "--output", output, .. flags]);
            if (Difference($"{Path.GetFileName(gold)} {string.Join(' ', flags)}", py, cs) is { } d) yield return d;
        }
    }

    [Fact]
    public void EveryReportLineAgreesWithScorePyOnEverySharedSet()
    {
        _ = ScorePy;
        var sets = Directory.GetFiles(EvalDir, "*.gold.jsonl").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(sets);
        using var dir = new TempDir();
        var differences = new List<string>();
        int compared = 0;
        foreach (var gold in sets)
        {
            var input = gold[..^".gold.jsonl".Length] + ".jsonl";
            if (!File.Exists(input)) continue;
            var coded = CliRunner.InProcess(["code", "--format", "jsonl", input]);
            var output = Path.Combine(dir.Path, Path.GetFileName(input));
            File.WriteAllText(output, coded.Stdout, new UTF8Encoding(false));
            differences.AddRange(Compare(gold, output));
            // --input codes the documents through the same path as vigie code: the same report
            var viaInput = Vigie("eval", gold, "--input", input, "--details");
            if (Difference($"{Path.GetFileName(gold)} --input", Python(ScorePy, gold, output, "--details"), viaInput) is { } d) differences.Add(d);
            compared++;
        }
        Assert.True(compared >= 1, "no shared set with its input");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>JSON Lines from records written over several lines, separated by empty lines.</summary>
    private static string Records(string paragraphs) =>
        string.Join("\n", paragraphs.Replace("\r\n", "\n").Split("\n\n").Select(r => r.Replace("\n", " "))) + "\n";

    /// <summary>A gold file and an output written to exercise every rule and the odd inputs score.py tolerates.</summary>
    [Fact]
    public void EveryReportLineAgreesWithScorePyOnEdgeCases()
    {
        _ = ScorePy;
        using var dir = new TempDir();
        var gold = dir.File("edge.gold.jsonl", Records("""
            {"id": "e1", "events": [{"source": ["PRK"], "target": ["RUS"], "root": ["07"], "code": ["072"], "date": ["2023-09", "2023-10"], "note": "arms"},
              {"source": ["USA"], "target": ["PRK"], "root": ["11"]}, {"source": ["USA", "GBR"], "target": ["RUS"], "root": ["11", "12"]},
              {"source": ["USA"], "target": ["RUS"], "root": ["11"]}, {"source": ["USA"], "target": ["PRK"], "root": ["01"]},
              {"source": ["FRA"], "target": [], "root": ["01", "14"]}, {"source": ["IGO"], "target": ["SYR"], "root": "4", "optional": true},
              {"source": "UKR", "target": null, "code": ["190", "193"]}, {"root": []}, 7]}

            {"id": "e2", "events": [{"source": ["RUS"], "target": ["UKR"], "root": ["19"], "date": ["2022-02"]}], "timex": [
              {"start": 10, "end": 18, "text": "vendredi", "type": "DATE", "value": "2023-10-13"}, {"start": 30, "end": 45, "text": "depuis 3 jours", "type": "DURATION", "value": "P3D"},
              {"start": 50, "end": 55, "value": "A"}, {"start": 56, "end": 60, "value": "B"}, {"start": "x"}],
             "quotes": [{"speaker": ["John Kirby", "Kirby"], "contains": "Nous condamnons la RPDC"}, {"speaker": ["Élisabeth Borne"], "contains": "c'est une étape"},
              {"speaker": [], "contains": "« sans  orateur »"}, {"contains": ""}],
             "amounts": [{"value": 1000, "contains": "conteneur"}, {"value": "2.5", "contains": "Milliards"}, {"value": 3}, {"value": "beaucoup"}]}

            {"id": "e3", "events": [{"source": ["FRA"], "target": ["DEU"], "root": ["04"]}], "amounts": [{"value": 1, "contains": "x"}]}

            {"id": "e4", "events": [{"source": ["CHN"], "target": ["TWN"], "root": ["13"]}]}

            {"id": 5, "events": []}

            {"id": "e1", "events": []}
            """));
        var output = dir.File("edge.out.jsonl", Records("""
            {"id": "e1", "events": [{"source": {"text": "Pyongyang", "code": "PRKGOV", "country": "PRK"}, "target": {"country": "RUS"}, "cameo": "070", "date": "2023-10-13", "rule": "livrer"},
              {"source": {"text": "Pyongyang", "code": "PRKGOV", "country": "PRK"}, "target": {"country": "BLR"}, "cameo": "072"},
              {"source": {"country": "USA", "code": "USAGOV"}, "target": {"country": "PRK"}, "cameo": "111"}, {"source": {"country": "USA", "code": "USAMIL"}, "target": {"code": "PRKGOV", "country": "PRK"}, "cameo": "112"},
              {"source": {"country": "GBR"}, "target": {"country": "RUS"}, "cameo": "120", "root": "12"}, {"source": {"country": "USA"}, "target": {"country": "RUS"}, "cameo": "111"},
              {"source": {"country": "FRA", "code": "FRAGOV"}, "target": {"country": "RUS"}, "cameo": "173"}, {"source": {"country": "FRA", "code": "FRAMIL"}, "target": {"country": "RUS"}, "cameo": "173"},
              {"source": {"name": "Église Orthodoxe"}, "target": null, "cameo": "141"}, {"source": {"country": "FRA"}, "cameo": "141"}, {"source": {"code": "IGOUNO"}, "target": {"country": "SYR"}, "root": 4},
              {"source": "UKRMIL", "cameo": "193", "date": "2023"}, {"source": {"country": "USA"}, "target": {"country": "PRK"}, "cameo": "010"}, {"cameo": null}, 3]}

            {"id": "e2", "events": [{"source": {"country": "RUS"}, "target": {"country": "UKR"}, "code": "190", "date": "2022-03"}],
             "timex": [{"start": 10, "end": 18, "value": "2023-10"}, {"start": 37, "end": 45, "value": "P3D", "text": "3 jours"}, {"start": 0, "end": 10, "value": "X"},
              {"start": 50, "end": 60, "value": "B"}, {"start": null, "end": 2, "type": "DATE"}, {"start": 70.0, "end": "75", "value": "2023"}],
             "quotes": [{"text": "« Nous  condamnons\nla RPDC pour ces livraisons »", "speaker": "le porte-parole John Kirby"}, {"text": "Pour elle, c’est une étape", "speaker": "Mme Elisabeth BORNE"},
              {"text": "c'est une étape", "speaker": "Borne-Dupont"}, {"text": "il a dit «sans orateur»", "speaker": null}, {"text": "Un très long texte qui ne correspond à rien de ce que l’annotateur a relevé dans cet article, vraiment rien du tout, non", "speaker": "X"}],
             "amounts": [{"text": "plus de 1 000 conteneurs", "value": 1000, "unit": "conteneurs"}, {"text": "2,5 milliards de dollars", "value": "2.5", "unit": "USD"},
              {"text": "trois", "value": 3.0}, {"text": "1 000 soldats", "value": "1 000", "unit": "Soldats"}, {"text": "rien"}]}

            {"id": "e3", "error": "cannot read"}

            not json at all

            {"id": "zzz", "events": [{"source": {"country": "FRA"}, "target": {"country": "DEU"}, "cameo": "040"}]}

            {"id": "5", "events": [{"source": {"country": "FRA"}, "target": {"country": "DEU"}, "cameo": "040"}]}

            ["not", "an", "object"]
            """));
        var differences = Compare(gold, output).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        // and with an empty output: everything missed
        var empty = dir.File("empty.jsonl", "");
        differences = Compare(gold, empty).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>What Python's json reads beyond standard JSON: NaN and Infinity, lone surrogates, repeated keys (the last wins).</summary>
    [Fact]
    public void EveryReportLineAgreesWithScorePyOnNonStandardJson()
    {
        _ = ScorePy;
        using var dir = new TempDir();
        var gold = dir.File("odd.gold.jsonl", """
            {"id": "a", "events": [{"source": ["USA"], "target": ["PRK"], "root": ["11"], "root": ["12"]}, {"source": ["X"], "target": [], "root": NaN}, {"source": ["Y"], "target": [], "root": [Infinity], "note": "\ud83d\ude00 \ud800 NaN"}], "quotes": [{"contains": "x\ud800y", "speaker": ["B\udc00"]}], "amounts": [{"value": NaN, "contains": ""}, {"value": 1e400}, {"value": -Infinity, "contains": "z"}]}
            """ + "\n");
        var output = dir.File("odd.out.jsonl", """
            {"id": "a", "events": [{"source": "USA", "target": "PRK", "cameo": "121"}, {"source": "X", "root": NaN}, {"source": "Y", "root": "in"}], "quotes": [{"text": "x\ud800y", "speaker": "B\udc00"}], "amounts": [{"value": "inf", "text": "a"}, {"value": "1_000", "text": "b"}, {"value": "-inf", "unit": "Z"}]}
            """ + "\n");
        var differences = Compare(gold, output).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
