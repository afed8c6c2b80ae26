using System.Text;
using System.Text.Json;
using Vigie.Cli.Output;
using Vigie.Core;
using Vigie.Text.Readers;

namespace Vigie.Tests.Output;

public class ContractJsonTests
{
    private static string Write(string format, params InputItem[] items)
    {
        var ms = new MemoryStream();
        using (var w = ResultWriter.Create(format, ms))
            foreach (var i in items) w.Write(i);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static InputItem Item(Document d) => InputItem.Ok(d, d.Id);

    private static JsonElement Parse(string line) => JsonDocument.Parse(line).RootElement;

    private static string[] Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void ADocumentHasTheContractFieldsWithTheirTypes()
    {
        var o = Parse(Write("jsonl", Item(SampleDocuments.Coded())).TrimEnd('\n'));
        foreach (var key in new[] { "id", "lang", "date", "title", "entities", "timex", "amounts", "quotes", "events" })
            Assert.True(o.TryGetProperty(key, out _), key);
        Assert.Equal("doc-1", o.GetProperty("id").GetString());
        Assert.Equal("2024-10", o.GetProperty("date").GetString());

        var entity = o.GetProperty("entities")[0];
        Assert.Equal(["start", "end", "text", "type", "code", "country", "name"], Keys(entity));
        Assert.Equal(JsonValueKind.Number, entity.GetProperty("start").ValueKind);
        Assert.Equal(10, entity.GetProperty("end").GetInt32());

        Assert.Equal(["start", "end", "text", "type", "value"], Keys(o.GetProperty("timex")[0]));
        var amount = o.GetProperty("amounts")[0];
        Assert.Equal(["start", "end", "text", "value", "qualifier", "unit"], Keys(amount));
        Assert.Equal(JsonValueKind.Number, amount.GetProperty("value").ValueKind);
        Assert.Equal(["start", "end", "text", "speaker", "speaker_code", "verb", "kind"], Keys(o.GetProperty("quotes")[0]));
    }

    [Fact]
    public void AnEntityWithCoordinatesAddsLatAndLon()
    {
        var d = SampleDocuments.Coded();
        d.Entities.Add(new EntityMention(new TextSpan(57, 9), 12, 1, EntityTypes.Location, null, "PRK", "Pyongyang", "Pyongyang") { IsPlace = true, Lat = 39.0194, Lon = 125.7547 });
        var entities = Parse(Write("jsonl", Item(d)).TrimEnd('\n')).GetProperty("entities");
        Assert.Equal(["start", "end", "text", "type", "code", "country", "name"], Keys(entities[0]));
        var place = entities[2];
        Assert.Equal(["start", "end", "text", "type", "code", "country", "name", "lat", "lon"], Keys(place));
        Assert.Equal(39.0194, place.GetProperty("lat").GetDouble());
        Assert.Equal(125.7547, place.GetProperty("lon").GetDouble());
        Assert.Equal("LOC", place.GetProperty("type").GetString());
    }

    [Fact]
    public void AnEventHasTheContractFieldsAndOntologyValues()
    {
        var e = Parse(Write("jsonl", Item(SampleDocuments.Coded(targetCode: null))).TrimEnd('\n')).GetProperty("events")[0];
        Assert.Equal(["source", "target", "cameo", "root", "plover", "goldstein", "quad", "date", "date_source", "modality",
                      "reported_by", "location", "mentions", "rule"], Keys(e));
        Assert.Equal(["text", "code", "country", "name"], Keys(e.GetProperty("source")));
        Assert.Equal(JsonValueKind.Null, e.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("location").ValueKind);
        Assert.Equal(["text", "code", "country"], Keys(e.GetProperty("reported_by")));
        Assert.Equal("072", e.GetProperty("cameo").GetString());
        Assert.Equal("07", e.GetProperty("root").GetString());
        Assert.Equal(JsonValueKind.Number, e.GetProperty("goldstein").ValueKind);
        Assert.Equal(JsonValueKind.Number, e.GetProperty("quad").ValueKind);
        Assert.Equal(Vigie.Coding.Ontology.CameoOntology.Default.Find("072")!.Plover, e.GetProperty("plover").GetString());
        Assert.Equal(["sentence", "start", "end", "trigger"], Keys(e.GetProperty("mentions")[0]));
        Assert.Equal("fr/test/livrer", e.GetProperty("rule").GetString());
    }

    [Fact]
    public void NumbersAreWrittenAsNumbersWithoutTrailingZeros()
    {
        var line = Write("jsonl", Item(SampleDocuments.Coded()));
        Assert.Contains("\"value\":2000,", line);
        Assert.Contains("\"value\":1.5,", line);
    }

    [Fact]
    public void NonAsciiTextIsNotEscaped()
    {
        var line = Write("jsonl", Item(SampleDocuments.Coded()));
        Assert.Contains("« Une aide précieuse. »".Trim('«', '»', ' '), line);
        Assert.Contains("livrés", line);
        Assert.DoesNotContain("\\u00E9", line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnErrorRecordHasTheIdAndTheError()
    {
        var o = Parse(Write("jsonl", InputItem.Fail("in.jsonl:3", "in.jsonl:3", "invalid JSON")).TrimEnd('\n'));
        Assert.Equal("in.jsonl:3", o.GetProperty("id").GetString());
        Assert.Equal("invalid JSON", o.GetProperty("error").GetString());
    }

    [Fact]
    public void JsonLinesPrintsOneLinePerInputInOrder()
    {
        var text = Write("jsonl", Item(SampleDocuments.Coded("a")), InputItem.Fail("b", "b", "empty text"), Item(SampleDocuments.Coded("c")));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a", "b", "c"], lines.Select(l => Parse(l).GetProperty("id").GetString()));
    }

    [Fact]
    public void JsonPrintsOneArray()
    {
        var root = JsonDocument.Parse(Write("json", Item(SampleDocuments.Coded("a")), Item(SampleDocuments.Coded("b")))).RootElement;
        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        Assert.Equal(2, root.GetArrayLength());
    }

    [Fact]
    public void TsvPrintsAHeaderAndOneLinePerEvent()
    {
        var lines = Write("tsv", Item(SampleDocuments.Coded("a")), InputItem.Fail("x", "x", "bad"), Item(SampleDocuments.Coded("b"))).TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        var header = lines[0].Split('\t');
        var row = lines[1].Split('\t');
        Assert.Equal(header.Length, row.Length);
        Assert.Equal("a", row[Array.IndexOf(header, "doc")]);
        Assert.Equal("072", row[Array.IndexOf(header, "cameo")]);
        Assert.Equal("PRKGOV", row[Array.IndexOf(header, "source_code")]);
    }

    [Fact]
    public void TableShowsEachDocumentAndItsEvents()
    {
        var table = Write("table", Item(SampleDocuments.Coded("a")));
        Assert.Contains("a  (fr, 2024-10)", table);
        Assert.Contains("PRKGOV", table);
        Assert.Contains("072", table);
    }
}
