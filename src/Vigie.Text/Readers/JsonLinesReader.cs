using System.Text.Json;
using Vigie.Core;

namespace Vigie.Text.Readers;

/// <summary>
/// Reads JSON Lines records <c>{"id", "text", "date"?, "title"?, "url"?, "lang"?, "source"?}</c>,
/// one document per line, streaming. A bad line (broken JSON, no text, empty text, over
/// the size limit) becomes an error item naming the line; the following lines are still read.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<InputItem> Read(Stream stream, string name, ReaderOptions options)
    {
        var lines = new BoundedLineReader(stream, options.MaxDocumentBytes);
        while (lines.TryReadLine(out var line, out var status))
        {
            var where = $"{name}:{lines.LineNumber}";
            if (status == BoundedLineReader.Status.TooLong)
            {
                yield return InputItem.Fail(where, where, $"line over the {Limits.Describe(options.MaxDocumentBytes)} limit, skipped");
                continue;
            }
            if (status == BoundedLineReader.Status.NotUtf8)
            {
                yield return InputItem.Fail(where, where, "line is not valid UTF-8");
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(line, where, options);
        }
    }

    /// <summary>Parses one record. The id of a record that has none (or cannot be parsed) is its place: "file.jsonl:3".</summary>
    public static InputItem Parse(string line, string where, ReaderOptions options)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException e) { return InputItem.Fail(where, where, $"invalid JSON: {FirstSentence(e.Message)}"); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return InputItem.Fail(where, where, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            var id = Scalar(root, "id") ?? where;
            if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
                return InputItem.Fail(id, where, "record has no \"text\" string");
            var text = textEl.GetString()!;
            if (string.IsNullOrWhiteSpace(text)) return InputItem.Fail(id, where, "empty text");
            // A date that is not ISO 8601 ("03-02-2009": March or February?) is not guessed: the
            // document is analysed without it (a dateline in its text may anchor it) and a warning says so.
            PartialDate? date = null;
            string? warning = null;
            var dateText = Scalar(root, "date");
            if (dateText is not null && options.Date is null)
            {
                if (PartialDate.TryParse(dateText, out var d)) date = d;
                else warning = $"date '{dateText}' is not YYYY, YYYY-MM or YYYY-MM-DD; analysed without a publication date";
            }
            var doc = Document.FromText(id, text, Scalar(root, "lang"), date);
            doc.Title = Scalar(root, "title");
            doc.Url = Scalar(root, "url");
            doc.Source = Scalar(root, "source");
            return InputItem.Ok(options.Finish(doc), where) with { Warning = warning };
        }
    }

    private static string? Scalar(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var el)) return null;
        var s = el.ValueKind switch
        {
            JsonValueKind.String => el.GetString(),
            JsonValueKind.Number => el.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    private static string FirstSentence(string message)
    {
        int i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message.TrimEnd('.');
    }
}

internal static class Limits
{
    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} bytes";
}
