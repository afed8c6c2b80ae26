using Vigie.Core;

namespace Vigie.Tests.Time;

/// <summary>French time expressions: spans (French TimeBank conventions) and values against anchors of every precision.</summary>
public class FrenchTimexTests
{
    [Theory]
    // Absolute dates.
    [InlineData("Le sommet se tiendra le 13 octobre 2023 à Genève.", "2023-06", "le 13 octobre 2023", "2023-10-13")]
    [InlineData("Le traité fut signé le 1er mars par les deux pays.", "2024-05-02", "le 1er mars", "2024-03-01")]
    [InlineData("Le rapport porte la date du 13/10/2023.", "2024-01", "13/10/2023", "2023-10-13")]
    [InlineData("La note a été publiée le 2023-10-13 au matin.", "2024", "2023-10-13", "2023-10-13")]
    [InlineData("La loi a été votée en 2022 par le Parlement.", "2024-03", "2022", "2022")]
    [InlineData("Les élections de mars 2021 ont été annulées.", "2024-03", "mars 2021", "2021-03")]
    [InlineData("Le scrutin du 7 novembre 98 a été contesté.", "1999-02-01", "7 novembre 98", "1998-11-07")]
    [InlineData("La conférence s'ouvre le lundi 3 avril à Rome.", "2023-03-20", "le lundi 3 avril", "2023-04-03")]
    // A date before the anchor's month belongs to the previous year when that is nearer.
    [InlineData("Deux suspects ont été arrêtés le 28 décembre.", "2024-01-04", "le 28 décembre", "2023-12-28")]
    // Relative days, weeks, months and years.
    [InlineData("Le convoi est arrivé hier à la frontière.", "2023-10-15", "hier", "2023-10-14")]
    [InlineData("Le convoi est arrivé hier à la frontière.", "2023-10", "hier", "2023-10")]
    [InlineData("Les tirs ont repris avant-hier dans la soirée.", "2023-10-15", "avant-hier", "2023-10-13")]
    [InlineData("Le ministre est à Berlin aujourd'hui.", "2023-10-15", "aujourd'hui", "2023-10-15")]
    [InlineData("Le président partira demain pour Dakar.", "2023-12-31", "demain", "2024-01-01")]
    [InlineData("Les pourparlers ont repris le mois dernier.", "2023-10", "le mois dernier", "2023-09")]
    [InlineData("Les pourparlers ont repris le mois dernier.", "2023-01-10", "le mois dernier", "2022-12")]
    [InlineData("Les pourparlers ont repris le mois dernier.", "2023", "le mois dernier", "2023")]
    [InlineData("L'accord a été signé l'année dernière à Doha.", "2023-10", "l'année dernière", "2022")]
    [InlineData("Il reviendra l'an prochain avec une délégation.", "2023-10", "l'an prochain", "2024")]
    [InlineData("La délégation reviendra la semaine prochaine.", "2023-10-15", "la semaine prochaine", "2023-W42")]
    [InlineData("Les troupes sont entrées dans la ville il y a trois jours.", "2023-10-15", "il y a trois jours", "2023-10-12")]
    [InlineData("Le vote aura lieu dans deux semaines.", "2023-10-15", "dans deux semaines", "2023-10-29")]
    [InlineData("Les manifestants se sont dispersés le week-end dernier.", "2023-10-18", "le week-end dernier", "2023-W41-WE")]
    // Months and seasons, with a relative year.
    [InlineData("En février de l'année dernière, l'armée a lancé une offensive.", "2023-10", "février de l'année dernière", "2022-02")]
    [InlineData("Les négociations ont échoué en juillet.", "2023-10", "juillet", "2023-07")]
    [InlineData("Les négociations ont échoué en novembre.", "2023-10", "novembre", "2022-11")]
    [InlineData("Les négociations reprendront en novembre.", "2023-10", "novembre", "2023-11")]
    [InlineData("Le retrait sera achevé fin octobre.", "2023-09-20", "fin octobre", "2023-10")]
    [InlineData("Les réformes annoncées début 2022 ont tardé.", "2023-10", "début 2022", "2022")]
    [InlineData("Les travaux reprendront au printemps.", "2024-01", "printemps", "2024-SP")]
    [InlineData("Les coureurs ont couru ce week-end à Gérardmer.", "2024-02-06", "ce week-end", "2024-W05-WE")]
    [InlineData("Les coureurs s'affronteront ce week-end à Gérardmer.", "2024-02-06", "ce week-end", "2024-W06-WE")]
    [InlineData("Aujourd'hui, la région vit du tourisme.", "2024-02-06", "Aujourd'hui", "PRESENT_REF", TimexTypes.Time)]
    [InlineData("Le ministre se rend aujourd'hui à Lille.", "2024-02-06", "aujourd'hui", "2024-02-06", TimexTypes.Date)]
    [InlineData("Les familles se retrouveront à Noël.", "2023-11-20", "Noël", "2023-12-25")]
    [InlineData("Les pèlerins sont attendus à Pâques 2024.", "2023-11-20", "Pâques 2024", "2024-03-31")]
    // Durations, with numbers in words.
    [InlineData("Les combats ont duré pendant trois jours.", "2023-10", "trois jours", "P3D", TimexTypes.Duration)]
    [InlineData("Il est emprisonné depuis deux ans.", "2023-10", "deux ans", "P2Y", TimexTypes.Duration)]
    [InlineData("Le siège a duré vingt-et-un jours.", "2023-10", "vingt-et-un jours", "P21D", TimexTypes.Duration)]
    [InlineData("La mission a duré quatre-vingt-dix jours.", "2023-10", "quatre-vingt-dix jours", "P90D", TimexTypes.Duration)]
    [InlineData("Les recherches ont duré plusieurs semaines.", "2023-10", "plusieurs semaines", "PXW", TimexTypes.Duration)]
    // Times of day.
    [InlineData("La réunion commencera à 15 h 30 au ministère.", "2023-10-15", "15 h 30", "2023-10-15T15:30", TimexTypes.Time)]
    [InlineData("Le président a parlé ce matin à la radio.", "2023-10-15", "ce matin", "2023-10-15TMO", TimexTypes.Time)]
    [InlineData("Le préfet est arrivé hier soir à Lyon.", "2023-10-15", "hier soir", "2023-10-14TEV", TimexTypes.Time)]
    // Sets and vague references.
    [InlineData("Le forum se réunit chaque année à Davos.", "2023-10", "chaque année", "P1Y", TimexTypes.Set)]
    [InlineData("Le marché a lieu tous les jeudis.", "2023-10", "tous les jeudis", "XXXX-WXX-4", TimexTypes.Set)]
    [InlineData("Les attaques se sont multipliées récemment.", "2023-10", "récemment", "PAST_REF")]
    [InlineData("Plus de mille conteneurs ont été livrés ces dernières semaines.", "2023-10", "ces dernières semaines", "PAST_REF")]
    [InlineData("La situation est actuellement calme.", "2023-10", "actuellement", "PRESENT_REF")]
    [InlineData("Il faudra mieux se préparer à l'avenir.", "2023-10", "l'avenir", "FUTURE_REF")]
    public void FindsAndResolves(string text, string anchor, string expected, string value, string? type = null) =>
        TimexAssert.Has(text, "fr", anchor, expected, value, type);

    [Theory]
    // A bare weekday: the anchor's month when the anchor has no day; else the nearest one on the
    // side the tense says (past by default, future for -ra/-ront or "va" + infinitive).
    [InlineData("La Maison-Blanche a annoncé vendredi un nouvel accord.", "2023-10", "vendredi", "2023-10")]
    [InlineData("La Maison-Blanche a annoncé vendredi un nouvel accord.", "2023-10-15", "vendredi", "2023-10-13")]
    [InlineData("Le ministre a reçu son homologue lundi.", "2023-10-18", "lundi", "2023-10-16")]
    [InlineData("Le ministre recevra son homologue lundi.", "2023-10-18", "lundi", "2023-10-23")]
    [InlineData("Le ministre va recevoir son homologue lundi.", "2023-10-18", "lundi", "2023-10-23")]
    [InlineData("Il a dit qu'il se rendra à Moscou lundi.", "2023-10-18", "lundi", "2023-10-23")]
    [InlineData("Le ministre a reçu son homologue lundi dernier.", "2023-10-16", "lundi dernier", "2023-10-09")]
    [InlineData("Le ministre recevra son homologue lundi prochain.", "2023-10-16", "lundi prochain", "2023-10-23")]
    public void WeekdayFollowsAnchorPrecisionAndTense(string text, string anchor, string expected, string value) =>
        TimexAssert.Has(text, "fr", anchor, expected, value, TimexTypes.Date);

    [Fact]
    public void ClockTimeAttachesToTheLastDateWritten()
    {
        var text = "La cérémonie aura lieu le samedi 4 mai. Elle commencera à 10 h 15 devant la mairie.";
        TimexAssert.Has(text, "fr", "2024-04-20", "le samedi 4 mai", "2024-05-04");
        TimexAssert.Has(text, "fr", "2024-04-20", "10 h 15", "2024-05-04T10:15", TimexTypes.Time);
    }

    [Fact]
    public void RangeStartTakesTheMonthOfItsEnd()
    {
        var text = "Le festival aura lieu du 12 au 18 juin à Arles.";
        TimexAssert.Has(text, "fr", "2024-05-02", "12", "2024-06-12");
        TimexAssert.Has(text, "fr", "2024-05-02", "18 juin", "2024-06-18");
    }

    [Fact]
    public void PartOfDayRefersToTheLastDateWritten()
    {
        var text = "Le 3 mars, les gendarmes ont été appelés. Dans la soirée, le suspect a été arrêté.";
        TimexAssert.Has(text, "fr", "2024-03-10", "la soirée", "2024-03-03TEV", TimexTypes.Time);
    }

    [Fact]
    public void CalendarDatesCarryThePartialDate()
    {
        var m = TimexAssert.Has("Les pourparlers ont repris le mois dernier.", "fr", "2023-10", "le mois dernier", "2023-09");
        Assert.Equal(new PartialDate(2023, 9), m.Date);
        Assert.Equal("fr/rel/unit-dir", m.Rule);
        var d = TimexAssert.Has("Les combats ont duré pendant trois jours.", "fr", "2023-10", "trois jours", "P3D");
        Assert.Null(d.Date);
    }

    [Theory]
    [InlineData("Un homme de 37 ans a été interpellé.")]
    [InlineData("Le suspect, 24 ans, a été libéré.")]
    [InlineData("La chanteuse a été élue meilleure artiste.")]
    [InlineData("Il a été reçu par le ministre.")]
    [InlineData("Un stage pour les enfants de 6 à 12 ans est proposé.")]
    [InlineData("Les Jeux d'hiver ont été un succès.")]
    public void AgesAndLookalikesAreNotTimex(string text) => Assert.Empty(TimexAssert.Run(text, "fr", "2023-10-15"));

    [Fact]
    public void NoAnchorLeavesRelativeValuesOpen()
    {
        TimexAssert.Has("Le convoi est arrivé hier.", "fr", null, "hier", "PAST_REF");
        TimexAssert.Has("Le ministre a parlé vendredi.", "fr", null, "vendredi", "XXXX-WXX-5");
        TimexAssert.Has("Le sommet a eu lieu le 13 octobre.", "fr", null, "le 13 octobre", "XXXX-10-13");
    }
}
