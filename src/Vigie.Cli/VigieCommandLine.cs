using System.CommandLine;
using Vigie.Cli.Commands;
using Vigie.Cli.Output;
using Vigie.Core;
using Vigie.Core.Data;
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
        root.Subcommands.Add(Ingest(stdout, stderr, stdin));
        root.Subcommands.Add(Events(stdout, stderr));
        root.Subcommands.Add(Eval(stdout, stderr));
        root.Subcommands.Add(Recode(stdout, stderr));
        root.Subcommands.Add(Search(stdout, stderr));
        root.Subcommands.Add(Export(stdout, stderr));
        root.Subcommands.Add(Serve(stderr));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"vigie: {error.Message}");
            stderr.WriteLine("Run 'vigie --help' for usage.");
            return 2;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = Console.Out, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is DataFileException or DirectoryNotFoundException or PipelineException or IOException or UnauthorizedAccessException)
        {
            // Vigie's own data is missing or broken, or the output cannot be written: one clear line, no stack trace.
            stderr.WriteLine($"vigie: {e.Message}");
            return 2;
        }
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

    private static Option<string> DbOption() =>
        new("--db") { Description = "the store: a SQLite file, or a PostgreSQL URL (postgres://user:pass@host:port/db) or connection string (Host=...)", DefaultValueFactory = _ => "vigie.db" };

    private static Command Ingest(Stream stdout, TextWriter stderr, Stream? stdin)
    {
        var inputs = Inputs("files (.jsonl, .txt, .html), directories, or - for standard input");
        var db = DbOption();
        var date = DateOption();
        var lang = LangOption();
        var cmd = new Command("ingest", "analyse articles and store them, with their layers and events, in the store (same document twice: unchanged)")
            { inputs, db, date, lang };
        cmd.SetAction(p =>
        {
            if (!TryReaderOptions(p.GetValue(date), p.GetValue(lang), stderr, out var options)) return 2;
            using var text = new StreamWriter(stdout, ResultWriter.Utf8, leaveOpen: true) { AutoFlush = true };
            return IngestCommand.Run(p.GetValue(db)!, p.GetValue(inputs)!, options, text, stderr, stdin);
        });
        return cmd;
    }

    private static Command Events(Stream stdout, TextWriter stderr)
    {
        var db = DbOption();
        var actor = new Option<string>("--actor") { Description = "source actor: a CAMEO code prefix (PRK, USAGOV) or a country (ISO-3)" };
        var target = new Option<string>("--target") { Description = "target actor: a CAMEO code prefix or a country" };
        var code = new Option<string>("--code") { Description = "CAMEO event code prefix (07, 072)" };
        var from = new Option<string>("--from") { Description = "events dated on or after this period (YYYY, YYYY-MM or YYYY-MM-DD)" };
        var to = new Option<string>("--to") { Description = "events dated on or before this period" };
        var format = FormatOption(EventsCommand.Formats);
        var cmd = new Command("events", "query the events in the store") { db, actor, target, code, from, to, format };
        cmd.SetAction(p =>
        {
            if (!TryDate("--from", p.GetValue(from), stderr, out var f) || !TryDate("--to", p.GetValue(to), stderr, out var t)) return 2;
            var query = new Vigie.Store.EventQuery { Actor = p.GetValue(actor), Target = p.GetValue(target), Code = p.GetValue(code), From = f, To = t };
            var fmt = p.GetValue(format) ?? (Console.IsOutputRedirected ? "jsonl" : "table");
            return EventsCommand.Run(p.GetValue(db)!, query, fmt, stdout, stderr);
        });
        return cmd;
    }

    private static Command Eval(Stream stdout, TextWriter stderr)
    {
        var gold = new Argument<string>("gold") { Description = "the gold file (JSON Lines, format of shared/eval/FORMAT.md)" };
        var input = new Option<string>("--input", "-i") { Description = "documents to code with the standard pipeline (as vigie code --format jsonl), then score (default: NAME.jsonl beside NAME.gold.jsonl)" };
        var output = new Option<string>("--output", "-o") { Description = "an existing output of vigie code --format jsonl to score instead" };
        var details = new Option<bool>("--details") { Description = "list every miss and false alarm per document before the report" };
        var json = new Option<bool>("--json") { Description = "print one JSON object instead of the report (as score.py --json)" };
        var date = DateOption();
        var lang = LangOption();
        var cmd = new Command("eval", "score Vigie against a gold file: the same report and figures as shared/eval/score.py")
            { gold, input, output, details, json, date, lang };
        cmd.SetAction(p =>
        {
            if (!TryReaderOptions(p.GetValue(date), p.GetValue(lang), stderr, out var options)) return 2;
            return EvalCommand.Run(p.GetValue(gold)!, p.GetValue(input), p.GetValue(output), p.GetValue(details), p.GetValue(json),
                options, stdout, stderr);
        });
        return cmd;
    }

    private static Command Recode(Stream stdout, TextWriter stderr)
    {
        var db = DbOption();
        var cmd = new Command("recode", "analyse every stored document again with the current lexicons and rebuild its layers and the corpus events, in one transaction") { db };
        cmd.SetAction(p =>
        {
            using var text = new StreamWriter(stdout, ResultWriter.Utf8, leaveOpen: true) { AutoFlush = true };
            return RecodeCommand.Run(p.GetValue(db)!, text, stderr);
        });
        return cmd;
    }

    private static Command Search(Stream stdout, TextWriter stderr)
    {
        var db = DbOption();
        var query = new Argument<string>("query") { Description = "words, \"a phrase\", OR, prefix* (accents and case ignored)" };
        var limit = new Option<int>("--limit") { Description = "at most this many documents", DefaultValueFactory = _ => 20 };
        var cmd = new Command("search", "full-text search over the stored documents: id, date, title and snippet, best first") { query, db, limit };
        cmd.SetAction(p =>
        {
            using var text = new StreamWriter(stdout, ResultWriter.Utf8, leaveOpen: true) { AutoFlush = true };
            return SearchCommand.Run(p.GetValue(db)!, p.GetValue(query)!, Math.Max(1, p.GetValue(limit)), text, stderr);
        });
        return cmd;
    }

    private static Command Export(Stream stdout, TextWriter stderr)
    {
        var db = DbOption();
        var format = new Option<string>("--format", "-f") { Description = "jsonl (corpus events with mentions), gdelt (GDELT 2.0 events, 61 columns), mentions (GDELT 2.0 mentions), parquet (needs -o)", Required = true };
        format.AcceptOnlyFromAmong(ExportCommand.Formats);
        var output = new Option<string>("--output", "-o") { Description = "the file to write (default: standard output)" };
        var cmd = new Command("export", "export the store's corpus events") { db, format, output };
        cmd.SetAction(p => ExportCommand.Run(p.GetValue(db)!, p.GetValue(format)!, p.GetValue(output), stdout, stderr));
        return cmd;
    }

    private static Command Serve(TextWriter stderr)
    {
        var db = DbOption();
        var port = new Option<int>("--port") { Description = "TCP port (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var token = new Option<string>("--write-token") { Description = "bearer token that POST /api/documents must carry (without it, the server is read-only)" };
        var bind = new Option<string>("--bind") { Description = "address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var cmd = new Command("serve", "serve the corpus explorer and its JSON API over the store") { db, port, token, bind };
        cmd.SetAction(p => ServeCommand.Run(new Vigie.Web.ServerOptions
        {
            Db = p.GetValue(db)!, Port = p.GetValue(port), WriteToken = p.GetValue(token), Bind = p.GetValue(bind)!,
        }, Console.Out, stderr));
        return cmd;
    }

    private static bool TryDate(string option, string? value, TextWriter stderr, out PartialDate? date)
    {
        date = null;
        if (value is null) return true;
        if (PartialDate.TryParse(value, out var d)) { date = d; return true; }
        stderr.WriteLine($"vigie: {option} '{value}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        return false;
    }

    private static bool TryReaderOptions(string? date, string? lang, TextWriter stderr, out ReaderOptions options)
    {
        options = new ReaderOptions { Lang = lang };
        if (!TryDate("--date", date, stderr, out var d)) return false;
        options = options with { Date = d };
        return true;
    }
}
