using Vigie.Core;
using static Vigie.Tests.Entities.EntityTestKit;

namespace Vigie.Tests.Entities;

/// <summary>
/// The classic traps of place names: a capital that is also a town elsewhere (Paris, Texas), a
/// country that is also a region of another (Georgia), and a capital used for its government.
/// </summary>
public class EntityPlaceReadingTests
{
    private static void IsPlaceIn(Document doc, string text, string country)
    {
        var m = Find(doc, text);
        Assert.True(m.IsPlace && m.Type == EntityTypes.Location && m.Code is null, $"{text}: {m.Type} {m.Code} {m.Rule}\n{Dump(doc)}");
        Assert.Equal(country, m.Country);
    }

    [Theory]
    [InlineData("en", "Two ministers met in Paris, Texas, on Monday.", "Paris", "USA")]
    [InlineData("fr", "Deux ministres se sont retrouvés à Paris, au Texas, lundi.", "Paris", "USA")]
    [InlineData("en", "The delegation later flew to Moscow, Idaho, for a town-hall meeting.", "Moscow", "USA")]
    [InlineData("en", "A protest took place in Springfield, Illinois, on Sunday.", "Springfield", "USA")]
    [InlineData("fr", "Une manifestation a eu lieu à Springfield, dans l'Illinois, dimanche.", "Springfield", "USA")]
    public void APlaceQualifiedByARegionBelongsToTheRegionsCountry(string lang, string text, string place, string country) =>
        IsPlaceIn(Run(text, lang), place, country);

    [Theory]
    [InlineData("en", "The governor of the US state of Georgia spoke on Friday.", "Georgia")]
    [InlineData("fr", "Le gouverneur de l'État américain de Géorgie s'est exprimé vendredi.", "Géorgie")]
    [InlineData("en", "The team left Denver, Georgia, at dawn.", "Georgia")]
    public void GeorgiaAfterARegionWordOrQualifyingAUsTownIsTheUsState(string lang, string text, string georgia) =>
        IsPlaceIn(Run(text, lang), georgia, "USA");

    [Theory]
    [InlineData("en", "Russian troops crossed into Georgia in August.", "Georgia")]
    [InlineData("fr", "Les troupes russes sont entrées en Géorgie en août.", "Géorgie")]
    [InlineData("en", "Washington, Georgia and Armenia signed a transit treaty.", "Georgia")]
    [InlineData("en", "Moscow, Georgia's neighbour, threatened Tbilisi again.", "Georgia")]
    public void GeorgiaWithoutSuchACueIsTheCountry(string lang, string text, string georgia)
    {
        var m = Find(Run(text, lang), georgia);
        Assert.Equal(("GEO", "GEO"), (m.Code, m.Country));
    }

    [Theory]
    [InlineData("en", "Paris condemned the strike on the convoy.", "Paris", "FRAGOV")]
    [InlineData("fr", "Moscou a dénoncé les nouvelles sanctions.", "Moscou", "RUSGOV")]
    [InlineData("en", "Paris, Berlin and Rome agreed on a joint statement.", "Paris", "FRAGOV")]
    public void ACapitalThatActsIsItsGovernmentNotAPlace(string lang, string text, string capital, string code)
    {
        var m = Find(Run(text, lang), capital);
        Assert.False(m.IsPlace);
        Assert.Equal(code, m.Code);
    }

    [Fact]
    public void ACapitalAfterAPlacePrepositionIsAPlaceWithCoordinates()
    {
        var doc = Run("Les deux ministres se sont rencontrés à Paris mardi.", "fr");
        IsPlaceIn(doc, "Paris", "FRA");
        Assert.InRange(Find(doc, "Paris").Lat!.Value, 48.5, 49.2);
    }

    [Theory]
    [InlineData("en", "KYIV, May 2 (Reuters) - Officials met on Thursday.", "KYIV", "UKR")]
    [InlineData("fr", "Dakar, le 3 mai 2024 (AFP) – Les discussions ont repris.", "Dakar", "SEN")]
    [InlineData("fr", "OUAGADOUGOU (AFP) — Le convoi est arrivé.", "OUAGADOUGOU", "BFA")]
    public void TheDatelinesCapitalIsAPlaceWithCoordinates(string lang, string text, string place, string country)
    {
        var doc = Run(text, lang);
        IsPlaceIn(doc, place, country);
        Assert.Equal("places/dateline", Find(doc, place).Rule);
        Assert.NotNull(Find(doc, place).Lat);
    }

    [Fact]
    public void ACapitalOpeningASentenceThatIsNoDatelineStillActs()
    {
        var m = Find(Run("Kyiv, which had hoped for more, accepted the offer.", "en"), "Kyiv");
        Assert.Equal("UKRGOV", m.Code);
    }
}
