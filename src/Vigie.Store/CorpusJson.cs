using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Vigie.Store;

/// <summary>How corpus views are written as JSON, by the server and by <c>vigie export --format jsonl</c>: camelCase, non-ASCII letters as they are (HTML-sensitive characters stay escaped).</summary>
public static class CorpusJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        o.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        return o;
    }
}
