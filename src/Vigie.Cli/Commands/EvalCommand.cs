using System.Text;
using Vigie.Cli.Output;
using Vigie.Coding.Evaluation;
using Vigie.Text.Readers;

namespace Vigie.Cli.Commands;

/// <summary>
/// <c>vigie eval</c>: scores Vigie against a gold file (<see cref="EvalScorer"/>). The system
/// output is an existing file (<c>--output</c>) or what <c>vigie code --format jsonl</c> prints for
/// an input (<c>--input</c>, through <see cref="CodeCommand"/>). Prints the report of
/// <c>score.py</c>: the detail lines first with <c>--details</c>, or one JSON object with <c>--json</c>.
/// </summary>
public static class EvalCommand
{
    public static int Run(string gold, string? input, string? output, bool details, bool json, ReaderOptions options,
        Stream stdout, TextWriter stderr)
    {
        if (input is not null && output is not null)
        {
            stderr.WriteLine("vigie: eval: give --input or --output, not both");
            return 2;
        }
        if (input is null && output is null)
        {
            input = DefaultInput(gold);
            if (input is null)
            {
                stderr.WriteLine($"vigie: eval: give --input INPUT.jsonl (the documents to code) or --output OUT.jsonl (an existing output); no NAME.jsonl beside {gold}");
                return 2;
            }
        }
        if (!File.Exists(gold))
        {
            stderr.WriteLine($"vigie: eval: cannot read gold file {gold}: not found");
            return 2;
        }
        var scorer = new EvalScorer(w => stderr.WriteLine("vigie: eval: " + w));
        EvalResult result;
        if (output is not null)
        {
            if (!File.Exists(output))
            {
                stderr.WriteLine($"vigie: eval: cannot read system file {output}: not found");
                return 2;
            }
            result = scorer.ScoreFiles(gold, output);
        }
        else
        {
            var coded = new MemoryStream();
            CodeCommand.Run([input!], options, "jsonl", coded, stderr);
            var systemText = Encoding.UTF8.GetString(coded.ToArray());
            result = scorer.Score(EvalScorer.ReadFile(gold, "gold"), gold, systemText, input!);
        }
        using var text = new StreamWriter(stdout, ResultWriter.Utf8, leaveOpen: true) { NewLine = "\n" };
        if (json)
        {
            text.WriteLine(result.ToJson(details));
            return 0;
        }
        if (details)
            foreach (var line in result.DetailLines()) text.WriteLine(line);
        foreach (var line in result.Report()) text.WriteLine(line);
        return 0;
    }

    /// <summary>NAME.jsonl beside NAME.gold.jsonl, when it exists.</summary>
    private static string? DefaultInput(string gold)
    {
        const string suffix = ".gold.jsonl";
        if (!gold.EndsWith(suffix, StringComparison.Ordinal)) return null;
        var input = gold[..^suffix.Length] + ".jsonl";
        return File.Exists(input) ? input : null;
    }
}
