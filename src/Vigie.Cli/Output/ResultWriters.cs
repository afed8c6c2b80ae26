using System.Buffers;
using System.Text;
using System.Text.Json;
using Vigie.Core;
using Vigie.Text.Readers;

namespace Vigie.Cli.Output;

/// <summary>Writes the results of <c>vigie code</c>, one input at a time, in input order.</summary>
public interface IResultWriter : IDisposable
{
    void Write(InputItem item);
}

public static class ResultWriter
{
    public static readonly string[] Formats = ["jsonl", "json", "tsv", "table", "gdelt"];

    public static IResultWriter Create(string format, Stream output) => format switch
    {
        "jsonl" => new JsonLinesResultWriter(output),
        "json" => new JsonArrayResultWriter(output),
        "tsv" => new TsvResultWriter(output),
        "table" => new TableResultWriter(output),
        "gdelt" => new GdeltResultWriter(output),
        _ => throw new ArgumentException($"unknown format '{format}' (known: {string.Join(", ", Formats)})"),
    };

    internal static readonly UTF8Encoding Utf8 = new(false);
}

/// <summary>One JSON object per input (the contract), one per line.</summary>
/// <remarks>
/// Each line is built in a reused buffer and handed to the output in one write, then flushed, so
/// that a reader of the pipe sees every line as soon as its document is done. (Writing the JSON
/// and then the newline straight to the unbuffered standard output made two system calls per document.)
/// </remarks>
public sealed class JsonLinesResultWriter : IResultWriter
{
    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _line = new(16 * 1024);
    private readonly Utf8JsonWriter _json;

    public JsonLinesResultWriter(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_line, ContractJson.WriterOptions);
    }

    public void Write(InputItem item)
    {
        ContractJson.WriteItem(_json, item);
        _json.Flush();
        _json.Reset();
        _line.GetSpan(1)[0] = (byte)'\n';
        _line.Advance(1);
        _output.Write(_line.WrittenSpan);
        _output.Flush();
        _line.ResetWrittenCount();   // the buffer keeps the size of the largest line so far
    }

    public void Dispose() => _json.Dispose();
}

/// <summary>One JSON array holding every input's object.</summary>
public sealed class JsonArrayResultWriter : IResultWriter
{
    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;

    public JsonArrayResultWriter(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, ContractJson.WriterOptions);
        _json.WriteStartArray();
    }

    public void Write(InputItem item) => ContractJson.WriteItem(_json, item);

    public void Dispose()
    {
        _json.WriteEndArray();
        _json.Flush();
        _output.WriteByte((byte)'\n');
        _output.Flush();
        _json.Dispose();
    }
}

/// <summary>One event per line, tab-separated, with a header line. Inputs that failed give no line.</summary>
public sealed class TsvResultWriter : IResultWriter
{
    public static readonly string[] Columns =
        ["doc", "date", "date_source", "source_code", "source_country", "source_text", "target_code", "target_country",
         "target_text", "cameo", "root", "plover", "goldstein", "quad", "modality", "reported_by", "trigger", "rule"];

    private readonly StreamWriter _out;

    public TsvResultWriter(Stream output)
    {
        _out = new StreamWriter(output, ResultWriter.Utf8) { AutoFlush = false };
        _out.WriteLine(string.Join('\t', Columns));
    }

    public void Write(InputItem item)
    {
        if (item.Document is not { } d) return;
        foreach (var e in d.Events) _out.WriteLine(Line(d.Id, e));
        _out.Flush();
    }

    public static string Line(string docId, Event e)
    {
        var code = ContractJson.Ontology(e.Cameo);
        string?[] cells =
        [
            docId, e.Date, e.DateSource, e.Source?.Code, e.Source?.Country, e.Source?.Text, e.Target?.Code, e.Target?.Country,
            e.Target?.Text, e.Cameo, e.Root, code?.Plover, code?.Goldstein.ToString(System.Globalization.CultureInfo.InvariantCulture),
            code?.Quad.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Modality, e.ReportedBy?.Code,
            string.Join('|', e.Mentions.Select(m => m.TriggerText)), e.Rule,
        ];
        return string.Join('\t', cells.Select(Cell));
    }

    private static string Cell(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    public void Dispose() => _out.Dispose();
}

/// <summary>A readable table: a heading per document, then one line per event.</summary>
public sealed class TableResultWriter(Stream output) : IResultWriter
{
    private readonly StreamWriter _out = new(output, ResultWriter.Utf8);

    public void Write(InputItem item)
    {
        if (item.Document is not { } d)
        {
            _out.WriteLine($"{item.Id}: error: {item.Error}");
            _out.WriteLine();
            _out.Flush();
            return;
        }
        _out.WriteLine($"{d.Id}  ({d.Lang}, {d.Date?.ToString() ?? "no date"}){(d.Title is null ? "" : "  " + d.Title)}");
        _out.WriteLine($"  {d.Entities.Count} entities, {d.Timex.Count} time expressions, {d.Amounts.Count} amounts, {d.Quotes.Count} quotes, {d.Events.Count} events");
        if (d.Events.Count > 0) EventTable.Write(_out, d.Events.Select(e => (d.Id, e)), withDoc: false);
        _out.WriteLine();
        _out.Flush();
    }

    public void Dispose() => _out.Dispose();
}

/// <summary>Events as aligned columns: date, source, target, code and name, modality.</summary>
public static class EventTable
{
    public static void Write(TextWriter w, IEnumerable<(string Doc, Event Event)> events, bool withDoc)
    {
        var rows = new List<string[]>();
        string[] head = withDoc ? ["DOC", "DATE", "SOURCE", "TARGET", "CAMEO", "EVENT", "MODALITY"] : ["DATE", "SOURCE", "TARGET", "CAMEO", "EVENT", "MODALITY"];
        rows.Add(head);
        foreach (var (doc, e) in events)
        {
            var name = ContractJson.Ontology(e.Cameo)?.Name ?? "";
            string[] cells = [e.Date ?? "", Actor(e.Source), Actor(e.Target), e.Cameo, Clip(name, 40), e.Modality];
            rows.Add(withDoc ? [Clip(doc, 30), .. cells] : cells);
        }
        var widths = Enumerable.Range(0, head.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var r in rows)
            w.WriteLine("  " + string.Join("  ", r.Select((c, i) => i == r.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
    }

    private static string Actor(ActorRef? a) => a is null ? "-" : a.Code ?? a.Country ?? Clip(a.Text, 20);

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

/// <summary>
/// The GDELT 2.0 event layout (<see cref="Gdelt"/>): one line per event, no header; each event
/// counts as its own, numbered from 1 in output order. Inputs that failed give no line.
/// </summary>
public sealed class GdeltResultWriter(Stream output) : IResultWriter
{
    private readonly StreamWriter _out = new(output, ResultWriter.Utf8, leaveOpen: true) { NewLine = "\n" };
    private readonly string _now = DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    private long _id;

    public void Write(InputItem item)
    {
        if (item.Document is not { } doc) return;
        foreach (var e in Gdelt.FromDocument(doc, () => ++_id, _now)) _out.WriteLine(Gdelt.EventLine(e));
        _out.Flush();
    }

    public void Dispose() => _out.Dispose();
}
