using Vigie.Core;
using static Vigie.Tests.Entities.EntityTestKit;

namespace Vigie.Tests.Entities;

/// <summary>Names of countries, capitals, institutions, organisations and groups.</summary>
public class EntityNameTests
{
    [Fact]
    public void FrenchCountryNamesTakeTheirArticleIntoTheSpan()
    {
        var doc = Run("La France et l'Iran ont discuté avec les États-Unis puis avec le Canada.", "fr");
        AssertActor(doc, "La France", "FRA", "FRA", "France", EntityTypes.Country);
        AssertActor(doc, "l'Iran", "IRN", "IRN", "Iran");
        AssertActor(doc, "les États-Unis", "USA", "USA", "United States");
        AssertActor(doc, "le Canada", "CAN", "CAN", "Canada");
        var iran = Find(doc, "l'Iran");
        Assert.Equal(new TextSpan(13, 6), iran.Span);
        Assert.Equal(2, iran.TokenCount);
    }

    [Fact]
    public void PrepositionsAndContractionsStayOutOfTheSpan()
    {
        var doc = Run("Ils sont revenus du Canada puis sont allés au Mali et en Ukraine.", "fr");
        AssertActor(doc, "Canada", "CAN", "CAN");
        AssertActor(doc, "Mali", "MLI", "MLI");
        AssertActor(doc, "Ukraine", "UKR", "UKR");
    }

    [Theory]
    [InlineData("fr", "La RPDC a tiré un missile.", "La RPDC", "PRK")]
    [InlineData("fr", "La RDC accuse ses voisins.", "La RDC", "COD")]
    [InlineData("fr", "La RCA a signé un accord.", "La RCA", "CAF")]
    [InlineData("fr", "Les EAU ont acheté des avions.", "Les EAU", "ARE")]
    [InlineData("fr", "La Corée du Nord a tiré un missile.", "La Corée du Nord", "PRK")]
    [InlineData("en", "The DPRK fired a missile.", "The DPRK", "PRK")]
    [InlineData("en", "The UAE bought planes.", "The UAE", "ARE")]
    [InlineData("en", "The U.S. imposed tariffs.", "The U.S.", "USA")]
    [InlineData("en", "The UK recalled its envoy.", "The UK", "GBR")]
    [InlineData("en", "North Korea fired a missile.", "North Korea", "PRK")]
    [InlineData("en", "Officials in Côte d'Ivoire and the People's Republic of China met.", "the People's Republic of China", "CHN")]
    public void ShortAndOfficialFormsAreRecognised(string lang, string text, string span, string iso) =>
        AssertActor(Run(text, lang), span, iso, iso);

    [Fact]
    public void AcronymsOnlyMatchCapitals()
    {
        var doc = Run("Let us see what the US will do.", "en");
        Assert.Single(doc.Entities);
        AssertActor(doc, "the US", "USA", "USA");
    }

    [Theory]
    [InlineData("fr", "Washington a condamné l'essai.", "Washington", "USAGOV")]
    [InlineData("fr", "Moscou dément toute implication.", "Moscou", "RUSGOV")]
    [InlineData("fr", "Pékin et Pyongyang ont signé.", "Pyongyang", "PRKGOV")]
    [InlineData("en", "Kyiv rejected the offer from Beijing.", "Beijing", "CHNGOV")]
    [InlineData("en", "Kyiv rejected the offer.", "Kyiv", "UKRGOV")]
    public void CapitalsStandForTheirGovernment(string lang, string text, string span, string code) =>
        AssertActor(Run(text, lang), span, code, code[..3], type: EntityTypes.Country);

    [Fact]
    public void ACapitalAfterAPlacePrepositionIsAPlace()
    {
        var doc = Run("Les deux ministres se sont rencontrés à Moscou.", "fr");
        var m = Find(doc, "Moscou");
        Assert.True(m.IsPlace);
        Assert.Null(m.Code);
        Assert.Equal("RUS", m.Country);
        Assert.Equal(EntityTypes.Location, m.Type);
    }

    [Theory]
    [InlineData("fr", "La Maison-Blanche a réagi.", "La Maison-Blanche", "USAGOV")]
    [InlineData("fr", "La Maison Blanche a réagi.", "La Maison Blanche", "USAGOV")]
    [InlineData("en", "The White House reacted.", "The White House", "USAGOV")]
    [InlineData("fr", "Le Kremlin a démenti.", "Le Kremlin", "RUSGOV")]
    [InlineData("fr", "L'Élysée a confirmé la visite.", "L'Élysée", "FRAGOV")]
    [InlineData("en", "Downing Street denied it.", "Downing Street", "GBRGOV")]
    [InlineData("fr", "Le Pentagone a envoyé des navires.", "Le Pentagone", "USAMIL")]
    [InlineData("en", "The State Department issued a warning.", "The State Department", "USAGOV")]
    [InlineData("fr", "Le Département d'État a publié un avis.", "Le Département d'État", "USAGOV")]
    public void SeatsOfPowerAreTheirGovernment(string lang, string text, string span, string code) =>
        AssertActor(Run(text, lang), span, code, code[..3], type: EntityTypes.Organisation);

    [Theory]
    [InlineData("fr", "L'ONU a voté une résolution.", "L'ONU", "IGOUNO")]
    [InlineData("fr", "Les Nations unies ont voté.", "Les Nations unies", "IGOUNO")]
    [InlineData("en", "The United Nations voted.", "The United Nations", "IGOUNO")]
    [InlineData("fr", "Le Conseil de sécurité de l'ONU s'est réuni.", "Le Conseil de sécurité de l'ONU", "IGOUNO")]
    [InlineData("fr", "L'AIEA a inspecté le site.", "L'AIEA", "IGOUNO")]
    [InlineData("en", "The WHO declared an emergency.", "The WHO", "IGOUNO")]
    [InlineData("fr", "L'UE a adopté des sanctions.", "L'UE", "IGOEEU")]
    [InlineData("fr", "La Commission européenne a proposé un texte.", "La Commission européenne", "IGOEEU")]
    [InlineData("fr", "L'OTAN a renforcé sa présence.", "L'OTAN", "IGONAT")]
    [InlineData("en", "NATO allies met.", "NATO", "IGONAT")]
    [InlineData("fr", "L'UA a suspendu le pays.", "L'UA", "IGOAFU")]
    [InlineData("fr", "La Ligue arabe a réintégré la Syrie.", "La Ligue arabe", "IGOARL")]
    [InlineData("en", "The Arab League met.", "The Arab League", "IGOARL")]
    public void InternationalOrganisations(string lang, string text, string span, string codePrefix)
    {
        var m = Find(Run(text, lang), span);
        Assert.StartsWith(codePrefix, m.Code);
        Assert.Null(m.Country);
    }

    [Theory]
    [InlineData("fr", "L'État islamique a revendiqué l'attaque.", "L'État islamique")]
    [InlineData("fr", "Daech a revendiqué l'attaque.", "Daech")]
    [InlineData("en", "The Islamic State claimed the attack.", "The Islamic State")]
    [InlineData("fr", "Al-Qaïda a menacé la France.", "Al-Qaïda")]
    [InlineData("en", "Boko Haram kidnapped students.", "Boko Haram")]
    [InlineData("fr", "Les shebab ont attaqué une base.", "Les shebab")]
    public void InternationalMilitantGroupsAreImg(string lang, string text, string span)
    {
        var m = Find(Run(text, lang), span);
        Assert.StartsWith("IMG", m.Code);
        Assert.Equal(EntityTypes.Group, m.Type);
    }

    [Fact]
    public void HamasAndHezbollahBelongToTheirCountry()
    {
        var doc = Run("Le Hamas et le Hezbollah ont salué l'accord.", "fr");
        Assert.StartsWith("PSEREB", Find(doc, "Le Hamas").Code);
        Assert.Equal("PSE", Find(doc, "Le Hamas").Country);
        Assert.StartsWith("LBNREB", Find(doc, "le Hezbollah").Code);
    }

    [Theory]
    [InlineData("fr", "Les occidentaux ont promis des chars.", "Les occidentaux")]
    [InlineData("fr", "De nombreux pays occidentaux ont réagi.", "pays occidentaux")]
    [InlineData("en", "The West promised tanks.", "The West")]
    [InlineData("en", "Western countries promised tanks.", "Western countries")]
    public void TheWestIsWst(string lang, string text, string span) =>
        AssertActor(Run(text, lang), span, "WST", null, "the West");

    [Fact]
    public void WordsThatLookLikeNamesAreNotActors()
    {
        var doc = Run("Il habite rue du Nord, près du Washington Post, et Jordan Bardella était là. Nous irons vers le nord.", "fr");
        Assert.DoesNotContain(doc.Entities, e => e.Code is not null);
    }

    [Fact]
    public void LowercaseWordsDoNotMatchCapitalisedNames()
    {
        var doc = Run("The turkey was served with china plates and a jordan almond.", "en");
        Assert.Empty(doc.Entities);
    }
}
