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
            w.WriteString(N.Id, item.Id);
            w.WriteString(N.Error, item.Error);
            w.WriteString(N.Input, item.Where);
            w.WriteEndObject();
        }
        else WriteDocument(w, item.Document);
    }

    public static void WriteDocument(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject();
        w.WriteString(N.Id, d.Id);
        w.WriteString(N.Lang, d.Lang);
        w.WriteString(N.Date, d.Date?.ToString());
        w.WriteString(N.Title, d.Title);
        w.WriteString(N.Url, d.Url);
        w.WriteString(N.Source, d.Source);

        w.WriteStartArray(N.Entities);
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            Span(w, e.Span, e.Text);
            w.WriteString(N.Type, e.Type);
            w.WriteString(N.Code, e.Code);
            w.WriteString(N.Country, e.Country);
            w.WriteString(N.Name, e.Name);
            if (e.Lat is { } lat && e.Lon is { } lon)
            {
                w.WriteNumber(N.Lat, lat);
                w.WriteNumber(N.Lon, lon);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(N.Timex);
        foreach (var t in d.Timex)
        {
            w.WriteStartObject();
            Span(w, t.Span, t.Text);
            w.WriteString(N.Type, t.Type);
            w.WriteString(N.Value, t.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray(N.Amounts);
        foreach (var a in d.Amounts)
        {
            w.WriteStartObject();
            Span(w, a.Span, a.Text);
            w.WritePropertyName(N.Value);
            Number(w, a.Value);
            w.WriteString(N.Qualifier, a.Qualifier);
            w.WriteString(N.Unit, a.Unit);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        // "quotes" holds the words in quotation marks; reported speech without them ("X a affirmé
        // que …") follows in "indirect_quotes", so that readers of "quotes" get quotations only.
        Quotes(w, N.Quotes, d.Quotes.Where(q => q.Kind != "indirect"));
        Quotes(w, N.IndirectQuotes, d.Quotes.Where(q => q.Kind == "indirect"));

        w.WriteStartArray(N.Events);
        foreach (var e in d.Events)
        {
            w.WriteStartObject();
            WriteEventFields(w, e);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Quotes(Utf8JsonWriter w, JsonEncodedText name, IEnumerable<QuoteMention> quotes)
    {
        w.WriteStartArray(name);
        foreach (var q in quotes)
        {
            w.WriteStartObject();
            Span(w, q.Span, q.Text);
            w.WriteString(N.Speaker, q.Speaker);
            w.WriteString(N.SpeakerCode, q.SpeakerCode);
            w.WriteString(N.Verb, q.Verb);
            w.WriteString(N.Kind, q.Kind);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The fields of one event (without the braces, so that callers may add their own, like "doc").</summary>
    public static void WriteEventFields(Utf8JsonWriter w, Event e)
    {
        var code = Ontology(e.Cameo);
        Actor(w, N.Source, e.Source, withName: true);
        Actor(w, N.Target, e.Target, withName: true);
        w.WriteString(N.Cameo, e.Cameo);
        w.WriteString(N.Root, e.Root);
        w.WriteString(N.Plover, code?.Plover);
        w.WritePropertyName(N.Goldstein);
        if (code is null) w.WriteNullValue(); else w.WriteNumberValue(code.Goldstein);
        w.WritePropertyName(N.Quad);
        if (code is null) w.WriteNullValue(); else w.WriteNumberValue(code.Quad);
        w.WriteString(N.Date, e.Date);
        w.WriteString(N.DateSource, e.DateSource);
        w.WriteString(N.Modality, e.Modality);
        Actor(w, N.ReportedBy, e.ReportedBy, withName: false);
        if (e.Location is { } loc)
        {
            w.WriteStartObject(N.Location);
            w.WriteString(N.Text, loc.Text);
            w.WriteString(N.Name, loc.Name);
            w.WriteString(N.Country, loc.Country);
            w.WritePropertyName(N.Lat);
            if (loc.Lat is { } lat) w.WriteNumberValue(lat); else w.WriteNullValue();
            w.WritePropertyName(N.Lon);
            if (loc.Lon is { } lon) w.WriteNumberValue(lon); else w.WriteNullValue();
            w.WriteEndObject();
        }
        else w.WriteNull(N.Location);
        w.WriteStartArray(N.Mentions);
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber(N.Sentence, m.Sentence);
            w.WriteNumber(N.Start, m.Trigger.Start);
            w.WriteNumber(N.End, m.Trigger.End);
            w.WriteString(N.Trigger, m.TriggerText);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString(N.Rule, e.Rule);
    }

    /// <summary>The ontology entry of a code, else of its root (a refinement missing from the table).</summary>
    public static CameoCode? Ontology(string cameo) =>
        CameoOntology.Default.Find(cameo) ?? (cameo.Length >= 2 ? CameoOntology.Default.Find(cameo[..2]) : null);

    private static void Actor(Utf8JsonWriter w, JsonEncodedText name, ActorRef? a, bool withName)
    {
        if (a is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString(N.Text, a.Text);
        w.WriteString(N.Code, a.Code);
        w.WriteString(N.Country, a.Country);
        if (withName) w.WriteString(N.Name, a.Name);
        w.WriteEndObject();
    }

    private static void Span(Utf8JsonWriter w, TextSpan span, string text)
    {
        w.WriteNumber(N.Start, span.Start);
        w.WriteNumber(N.End, span.End);
        w.WriteString(N.Text, text);
    }

    /// <summary>Writes a decimal as the shortest number: 1000, not 1000.0; 1.5, not 1.50.</summary>
    private static void Number(Utf8JsonWriter w, decimal? value)
    {
        if (value is not { } v) { w.WriteNullValue(); return; }
        if (v == decimal.Truncate(v) && v >= long.MinValue && v <= long.MaxValue) w.WriteNumberValue((long)v);
        else w.WriteNumberValue(v / 1.0000000000000000000000000000m);
    }

    /// <summary>The contract's property names, encoded once: the writer would otherwise transcode
    /// and escape-check every name of every record (a few percent of <c>vigie code</c>'s time).</summary>
    private static class N
    {
        public static readonly JsonEncodedText Amounts = JsonEncodedText.Encode("amounts");
        public static readonly JsonEncodedText Cameo = JsonEncodedText.Encode("cameo");
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText DateSource = JsonEncodedText.Encode("date_source");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");
        public static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
        public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
        public static readonly JsonEncodedText Goldstein = JsonEncodedText.Encode("goldstein");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText IndirectQuotes = JsonEncodedText.Encode("indirect_quotes");
        public static readonly JsonEncodedText Input = JsonEncodedText.Encode("input");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Lang = JsonEncodedText.Encode("lang");
        public static readonly JsonEncodedText Lat = JsonEncodedText.Encode("lat");
        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
        public static readonly JsonEncodedText Lon = JsonEncodedText.Encode("lon");
        public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
        public static readonly JsonEncodedText Modality = JsonEncodedText.Encode("modality");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Plover = JsonEncodedText.Encode("plover");
        public static readonly JsonEncodedText Quad = JsonEncodedText.Encode("quad");
        public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");
        public static readonly JsonEncodedText Quotes = JsonEncodedText.Encode("quotes");
        public static readonly JsonEncodedText ReportedBy = JsonEncodedText.Encode("reported_by");
        public static readonly JsonEncodedText Root = JsonEncodedText.Encode("root");
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
        public static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText SpeakerCode = JsonEncodedText.Encode("speaker_code");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Timex = JsonEncodedText.Encode("timex");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Trigger = JsonEncodedText.Encode("trigger");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Verb = JsonEncodedText.Encode("verb");
    }
}
