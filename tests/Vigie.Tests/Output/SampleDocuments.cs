using Vigie.Core;

namespace Vigie.Tests;

/// <summary>Documents with every layer filled by hand, so that output and store tests do not depend on the event coder.</summary>
public static class SampleDocuments
{
    public static Document Coded(string id = "doc-1", string date = "2024-10", string cameo = "072",
        string sourceCode = "PRKGOV", string sourceCountry = "PRK", string? targetCode = "RUS", string? eventDate = "2024-10")
    {
        const string text = "Le Kremlin a reçu vendredi plus de 2 000 obus livrés par Pyongyang, a déclaré le porte-parole : « Une aide précieuse. »";
        var d = Document.FromText(id, text, "fr", PartialDate.Parse(date));
        d.Title = "Livraison d'obus";
        d.Entities.Add(new EntityMention(new TextSpan(0, 10), 0, 2, EntityTypes.Organisation, "RUSGOV", "RUS", "Kremlin", "Le Kremlin"));
        d.Entities.Add(new EntityMention(new TextSpan(57, 9), 12, 1, EntityTypes.Country, "PRK", "PRK", "North Korea", "Pyongyang"));
        d.Timex.Add(new TimeMention(new TextSpan(18, 8), TimexTypes.Date, "2024-10", "vendredi"));
        d.Amounts.Add(new AmountMention(new TextSpan(27, 16), 2000m, AmountQualifiers.MoreThan, "obus", "plus de 2 000 obus"));
        d.Amounts.Add(new AmountMention(new TextSpan(27, 16), 1.50m, AmountQualifiers.About, "millions", "1,50 million"));
        d.Quotes.Add(new QuoteMention(new TextSpan(102, 17), "Une aide précieuse.") { Speaker = "le porte-parole", SpeakerCode = "RUSGOV", Verb = "déclarer" });
        var e = new Event
        {
            Source = new ActorRef("Pyongyang", sourceCode, sourceCountry, "North Korea", new TextSpan(57, 9)),
            Target = targetCode is null ? null : new ActorRef("Le Kremlin", targetCode, targetCode[..3], "Russia", new TextSpan(0, 10)),
            Cameo = cameo,
            Date = eventDate,
            DateSource = "text",
            Modality = Modalities.Reported,
            ReportedBy = new ActorRef("le porte-parole", "RUSGOV", "RUS", null, new TextSpan(80, 15)),
            Rule = "fr/test/livrer",
        };
        e.Mentions.Add(new EventMention(0, new TextSpan(50, 6), "livrés"));
        d.Events.Add(e);
        return d;
    }
}
