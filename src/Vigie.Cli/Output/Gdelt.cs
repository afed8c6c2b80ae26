using System.Globalization;
using Vigie.Coding.Ontology;
using Vigie.Core;
using Vigie.Store;

namespace Vigie.Cli.Output;

/// <summary>
/// Corpus events in the GDELT 2.0 layouts: the 61 tab-separated columns of the event table and
/// the 16 of the mentions table, no header. Only what Vigie knows is filled; the rest is empty:
/// no actor places, no FIPS country codes or feature ids for
/// the action's place (its name and coordinates are given), and no SQLDATE or FractionDate for an
/// event known only to the month or year (MonthYear and Year are given when known).
/// </summary>
public static class Gdelt
{
    public static readonly string[] EventColumns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    public static readonly string[] MentionColumns =
    [
        "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
        "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
        "MentionDocTranslationInfo", "Extras",
    ];

    /// <summary>The event table line of a corpus event (without the newline).</summary>
    public static string EventLine(CorpusEventView e)
    {
        var row = new string[EventColumns.Length];
        Array.Fill(row, "");
        void Set(string column, object? value) => row[Array.IndexOf(EventColumns, column)] = Field(value);

        Set("GLOBALEVENTID", e.Id);
        if (e.Date is { } date && PartialDate.TryParse(date, out var d))
        {
            Set("Year", d.Year);
            if (d.Precision >= DatePrecision.Month) Set("MonthYear", $"{d.Year:D4}{d.Month:D2}");
            if (d.Precision == DatePrecision.Day)
            {
                Set("SQLDATE", $"{d.Year:D4}{d.Month:D2}{d.Day:D2}");
                // GDELT's own approximation: (month × 30 + day) / 365.
                Set("FractionDate", (d.Year + (d.Month * 30 + d.Day) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture));
            }
        }
        SetActor(row, "Actor1", e.Source);
        SetActor(row, "Actor2", e.Target);
        if (e.Mentions is { Count: > 0 } mentions)
        {
            // GDELT: whether the first report states it in its lead (here, its first sentence).
            var first = mentions[0].DocumentId;
            Set("IsRootEvent", mentions.Any(m => m.DocumentId == first && m.Sentence == 0) ? 1 : 0);
        }
        Set("EventCode", e.Cameo);
        Set("EventBaseCode", e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo);
        Set("EventRootCode", e.Root);
        Set("QuadClass", e.Quad);
        Set("GoldsteinScale", e.Goldstein);
        Set("NumMentions", e.NumMentions);
        Set("NumSources", e.NumSources);
        Set("NumArticles", e.NumArticles);
        Set("AvgTone", e.AvgTone);
        if (e.Location is { } place)
        {
            Set("ActionGeo_FullName", place.Name);
            Set("ActionGeo_Lat", place.Lat);
            Set("ActionGeo_Long", place.Lon);
        }
        Set("DATEADDED", Timestamp(e.AddedAt));
        Set("SOURCEURL", e.FirstUrl ?? e.Mentions?.FirstOrDefault()?.DocumentId);
        return string.Join('\t', row);
    }

    /// <summary>The mentions table lines of a corpus event (its <see cref="CorpusEventView.Mentions"/>).</summary>
    public static IEnumerable<string> MentionLines(CorpusEventView e) =>
        (e.Mentions ?? []).Select(m => string.Join('\t', new object?[]
        {
            e.Id, Timestamp(e.AddedAt), Timestamp(m.AddedAt),
            m.Url is null ? 2 : 1, // 1 WEB (the identifier is a url), 2 CITATIONONLY
            m.Source, m.Url ?? m.DocumentId, m.Sentence + 1, // GDELT counts sentences from 1
            null, null, m.Start, 1, null, m.DocumentLength, m.DocumentTone, null, null,
        }.Select(Field)));

    private static void SetActor(string[] row, string prefix, ActorView? actor)
    {
        if (actor is null) return;
        row[Array.IndexOf(EventColumns, prefix + "Code")] = Field(actor.Code);
        row[Array.IndexOf(EventColumns, prefix + "Name")] = Field(actor.Name);
        row[Array.IndexOf(EventColumns, prefix + "CountryCode")] = Field(actor.Country);
        // A code that is the country followed by a role (USAGOV) names the role in the code's type column.
        if (actor.Code is { Length: 6 } code && actor.Country is { } country && code.StartsWith(country, StringComparison.Ordinal))
            row[Array.IndexOf(EventColumns, prefix + "Type1Code")] = code[3..];
    }

    /// <summary>YYYYMMDDHHMMSS (UTC) of an ISO 8601 time, or empty.</summary>
    private static string? Timestamp(string? iso) =>
        iso is not null && DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
            : null;

    /// <summary>A value as a field: invariant numbers, and no tab or line break inside.</summary>
    private static string Field(object? value) => value switch
    {
        null => "",
        double x => x.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => string.Join(' ', value.ToString()!.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)),
    };

    /// <summary>
    /// The events of one analysed document as corpus events of their own (for <c>vigie code
    /// --format gdelt</c>, where there is no store): ids from <paramref name="nextId"/>, one
    /// article and one source each.
    /// </summary>
    public static IEnumerable<CorpusEventView> FromDocument(Document doc, Func<long> nextId, string addedAt)
    {
        var ontology = CameoOntology.Default;
        foreach (var e in doc.Events)
        {
            var known = ontology.Find(e.Cameo);
            var mentions = e.Mentions.Select(m => new CorpusMention(doc.Id, doc.Title, doc.Url, doc.Source, doc.Date?.ToString(),
                m.Sentence, m.Trigger.Start, m.Trigger.End, m.TriggerText, e.Modality, e.Rule,
                e.ReportedBy is { } r ? new ActorView(r.Code, r.Text, r.Country) : null) { DocumentLength = doc.Text.Length, AddedAt = addedAt }).ToArray();
            yield return new CorpusEventView(nextId(), e.Date, Actor(e.Source), Actor(e.Target), e.Cameo, known?.Name, e.Root, known?.Plover,
                known?.Quad, known?.Goldstein, mentions.Length, 1, 1, doc.Date?.ToString(), doc.Date?.ToString(),
                e.Location is { } l ? new LocationView(l.Name, l.Country, l.Lat, l.Lon) : null)
            { Mentions = mentions, FirstUrl = doc.Url, AddedAt = addedAt };
        }
    }

    private static ActorView? Actor(ActorRef? a) => a is null ? null : new ActorView(a.Code, a.Name ?? a.Text, a.Country);
}
