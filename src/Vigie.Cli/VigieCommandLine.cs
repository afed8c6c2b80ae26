using System.CommandLine;
using Vigie.Cli.Commands;
using Vigie.Cli.Output;
using Vigie.Core;
using Vigie.Text.Readers;

namespace Vigie.Cli;

/// <summary>The <c>vigie</c> command line: parses arguments and hands them to the commands.</summary>
public static class VigieCommandLine
{
    public static int Run(string[] args, Stream? stdout = null, TextWriter? stderr = null, Stream? stdin = null)
    {
        stdout ??= Console.OpenStandardOutput();
        stderr ??= Console.Error;
        var root = new RootCommand("Vigie: turns French and English news articles into coded political events (CAMEO/PLOVER).");
        root.Subcommands.Add(Code(stdout, stderr, stdin));
        var parse = root.Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = Console.Out, Error = stderr });
    }

    private static Argument<string[]> Inputs(string description) =>
        new("inputs") { Description = description, Arity = ArgumentArity.OneOrMore };

    private static Option<string> FormatOption(params string[] formats)
    {
        var o = new Option<string>("--format", "-f")
        {
            Description = $"output format: {string.Join(", ", formats)} (default: table on a terminal, else jsonl)",
        };
        o.AcceptOnlyFromAmong(formats);
        return o;
    }

    private static string DefaultFormat(string? given) => given ?? (Console.IsOutputRedirected ? "jsonl" : "table");

    private static Option<string> DateOption() => new("--date") { Description = "publication date of every document (YYYY, YYYY-MM or YYYY-MM-DD), overriding theirs" };

    private static Option<string> LangOption()
    {
        var o = new Option<string>("--lang") { Description = "language of every document (fr or en), overriding detection" };
        o.AcceptOnlyFromAmong("fr", "en");
        return o;
    }

    private static Command Code(Stream stdout, TextWriter stderr, Stream? stdin)
    {
        var inputs = Inputs("files (.jsonl, .txt, .html), directories, or - for standard input");
        var format = FormatOption(ResultWriter.Formats);
        var date = DateOption();
        var lang = LangOption();
        var cmd = new Command("code", "analyse articles and print their entities, time expressions, amounts, quotes and events (no store)")
            { inputs, format, date, lang };
        cmd.SetAction(p =>
        {
            if (!TryReaderOptions(p.GetValue(date), p.GetValue(lang), stderr, out var options)) return 2;
            return CodeCommand.Run(p.GetValue(inputs)!, options, DefaultFormat(p.GetValue(format)), stdout, stderr, stdin);
        });
        return cmd;
    }

    private static bool TryReaderOptions(string? date, string? lang, TextWriter stderr, out ReaderOptions options)
    {
        options = new ReaderOptions { Lang = lang };
        if (date is null) return true;
        if (!PartialDate.TryParse(date, out var d))
        {
            stderr.WriteLine($"vigie: --date '{date}' is not YYYY, YYYY-MM or YYYY-MM-DD");
            return false;
        }
        options = options with { Date = d };
        return true;
    }
}
