using System.Text.Encodings.Web;
using System.Text.Json;
using Vigie.Coding.Ontology;
using Vigie.Core;
using Vigie.Text.Readers;

namespace Vigie.Cli.Output;

/// <summary>
/// Writes documents and events as the output contract (shared/contract/OUTPUT.md) says: field
/// names and types fixed, offsets in UTF-16 code units, non-ASCII text unescaped, numbers as numbers.
/// </summary>
public static class ContractJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>One input's record: the analysed document, or <c>{"id", "error", "input"}</c>.</summary>
    public static void WriteItem(Utf8JsonWriter w, InputItem item)
    {
        if (item.Document is null)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            w.WriteString("error", item.Error);
            w.WriteString("input", item.Where);
            w.WriteEndObject();
        }
        else WriteDocument(w, item.Document);
    }

    public static void WriteDocument(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("lang", d.Lang);
        w.WriteString("date", d.Date?.ToString());
        w.WriteString("title", d.Title);
        w.WriteString("url", d.Url);
        w.WriteString("source", d.Source);

        w.WriteStartArray("entities");
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            Span(w, e.Span, e.Text);
            w.WriteString("type", e.Type);
            w.WriteString("code", e.Code);
            w.WriteString("country", e.Country);
            w.WriteString("name", e.Name);
            if (e.Lat is { } lat && e.Lon is { } lon)
            {
                w.WriteNumber("lat", lat);
                w.WriteNumber("lon", lon);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("timex");
        foreach (var t in d.Timex)
        {
            w.WriteStartObject();
            Span(w, t.Span, t.Text);
            w.WriteString("type", t.Type);
            w.WriteString("value", t.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("amounts");
        foreach (var a in d.Amounts)
        {
            w.WriteStartObject();
            Span(w, a.Span, a.Text);
            w.WritePropertyName("value");
            Number(w, a.Value);
            w.WriteString("qualifier", a.Qualifier);
            w.WriteString("unit", a.Unit);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        // "quotes" holds the words in quotation marks; reported speech without them ("X a affirmé
        // que …") follows in "indirect_quotes", so that readers of "quotes" get quotations only.
        Quotes(w, "quotes", d.Quotes.Where(q => q.Kind != "indirect"));
        Quotes(w, "indirect_quotes", d.Quotes.Where(q => q.Kind == "indirect"));

        w.WriteStartArray("events");
        foreach (var e in d.Events)
        {
            w.WriteStartObject();
            WriteEventFields(w, e);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Quotes(Utf8JsonWriter w, string name, IEnumerable<QuoteMention> quotes)
    {
        w.WriteStartArray(name);
        foreach (var q in quotes)
        {
            w.WriteStartObject();
            Span(w, q.Span, q.Text);
            w.WriteString("speaker", q.Speaker);
            w.WriteString("speaker_code", q.SpeakerCode);
            w.WriteString("verb", q.Verb);
            w.WriteString("kind", q.Kind);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The fields of one event (without the braces, so that callers may add their own, like "doc").</summary>
    public static void WriteEventFields(Utf8JsonWriter w, Event e)
    {
        var code = Ontology(e.Cameo);
        Actor(w, "source", e.Source, withName: true);
        Actor(w, "target", e.Target, withName: true);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("root", e.Root);
        w.WriteString("plover", code?.Plover);
        w.WritePropertyName("goldstein");
        if (code is null) w.WriteNullValue(); else w.WriteNumberValue(code.Goldstein);
        w.WritePropertyName("quad");
        if (code is null) w.WriteNullValue(); else w.WriteNumberValue(code.Quad);
        w.WriteString("date", e.Date);
        w.WriteString("date_source", e.DateSource);
        w.WriteString("modality", e.Modality);
        Actor(w, "reported_by", e.ReportedBy, withName: false);
        if (e.Location is { } loc)
        {
            w.WriteStartObject("location");
            w.WriteString("text", loc.Text);
            w.WriteString("name", loc.Name);
            w.WriteString("country", loc.Country);
            w.WritePropertyName("lat");
            if (loc.Lat is { } lat) w.WriteNumberValue(lat); else w.WriteNullValue();
            w.WritePropertyName("lon");
            if (loc.Lon is { } lon) w.WriteNumberValue(lon); else w.WriteNullValue();
            w.WriteEndObject();
        }
        else w.WriteNull("location");
        w.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("sentence", m.Sentence);
            w.WriteNumber("start", m.Trigger.Start);
            w.WriteNumber("end", m.Trigger.End);
            w.WriteString("trigger", m.TriggerText);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("rule", e.Rule);
    }

    /// <summary>The ontology entry of a code, else of its root (a refinement missing from the table).</summary>
    public static CameoCode? Ontology(string cameo) =>
        CameoOntology.Default.Find(cameo) ?? (cameo.Length >= 2 ? CameoOntology.Default.Find(cameo[..2]) : null);

    private static void Actor(Utf8JsonWriter w, string name, ActorRef? a, bool withName)
    {
        if (a is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString("text", a.Text);
        w.WriteString("code", a.Code);
        w.WriteString("country", a.Country);
        if (withName) w.WriteString("name", a.Name);
        w.WriteEndObject();
    }

    private static void Span(Utf8JsonWriter w, TextSpan span, string text)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", text);
    }

    /// <summary>Writes a decimal as the shortest number: 1000, not 1000.0; 1.5, not 1.50.</summary>
    private static void Number(Utf8JsonWriter w, decimal? value)
    {
        if (value is not { } v) { w.WriteNullValue(); return; }
        if (v == decimal.Truncate(v) && v >= long.MinValue && v <= long.MaxValue) w.WriteNumberValue((long)v);
        else w.WriteNumberValue(v / 1.0000000000000000000000000000m);
    }
}
