using Vigie.Core;
using static Vigie.Tests.Entities.EntityTestKit;

namespace Vigie.Tests.Entities;

/// <summary>Roles joined to a country or an institution, demonyms, and persons in apposition.</summary>
public class EntityRoleTests
{
    [Theory]
    [InlineData("Le président russe a parlé.", "Le président russe", "RUSGOV", EntityTypes.Person)]
    [InlineData("L'armée turque a bombardé la zone.", "L'armée turque", "TURMIL", EntityTypes.Organisation)]
    [InlineData("Les autorités chinoises ont protesté.", "Les autorités chinoises", "CHNGOV", EntityTypes.Organisation)]
    [InlineData("Le ministre iranien des Transports est arrivé.", "Le ministre iranien des Transports", "IRNGOV", EntityTypes.Person)]
    [InlineData("Le Premier ministre du Canada a appelé.", "Le Premier ministre du Canada", "CANGOV", EntityTypes.Person)]
    [InlineData("Le président des États-Unis a appelé.", "Le président des États-Unis", "USAGOV", EntityTypes.Person)]
    [InlineData("L'armée d'Israël a tiré.", "L'armée d'Israël", "ISRMIL", EntityTypes.Organisation)]
    [InlineData("La police malienne a arrêté trois hommes.", "La police malienne", "MLICOP", EntityTypes.Organisation)]
    [InlineData("Les rebelles soudanais ont pris la ville.", "Les rebelles soudanais", "SDNREB", EntityTypes.Group)]
    [InlineData("La ministre française des Armées a visité la base.", "La ministre française des Armées", "FRAGOV", EntityTypes.Person)]
    [InlineData("Le ministre des Affaires étrangères russe a parlé.", "Le ministre des Affaires étrangères russe", "RUSGOV", EntityTypes.Person)]
    [InlineData("Les manifestants iraniens ont défilé.", "Les manifestants iraniens", "IRNCVL", EntityTypes.Group)]
    public void FrenchRoleAndCountry(string text, string span, string code, string type) =>
        AssertActor(Run(text, "fr"), span, code, code[..3], type: type);

    [Theory]
    [InlineData("Russian President said no.", "Russian President", "RUSGOV")]
    [InlineData("Turkey's army shelled the area.", "Turkey's army", "TURMIL")]
    [InlineData("He met the Iranian foreign minister.", "the Iranian foreign minister", "IRNGOV")]
    [InlineData("The army of Israel fired.", "The army of Israel", "ISRMIL")]
    [InlineData("Russian troops crossed the river.", "Russian troops", "RUSMIL")]
    [InlineData("US officials denied it.", "US officials", "USAGOV")]
    public void EnglishRoleAndCountry(string text, string span, string code) =>
        AssertActor(Run(text, "en"), span, code, code[..3]);

    [Fact]
    public void RoleOfAnInstitutionTakesTheInstitutionCode()
    {
        var doc = Run("Le porte-parole du Kremlin a démenti. Le secrétaire général de l'ONU a appelé au calme.", "fr");
        AssertActor(doc, "Le porte-parole du Kremlin", "RUSGOV", "RUS", type: EntityTypes.Person);
        AssertActor(doc, "Le secrétaire général de l'ONU", "IGOUNO", null);
    }

    [Theory]
    [InlineData("fr", "L'offensive russe a repris.", "russe", "RUS")]
    [InlineData("fr", "Des armes nord-coréennes ont été saisies.", "nord-coréennes", "PRK")]
    [InlineData("fr", "Le navire nord-coréen est parti.", "nord-coréen", "PRK")]
    [InlineData("fr", "La délégation américaine est arrivée.", "américaine", "USA")]
    [InlineData("fr", "Des soldats sont partis vers des bases américaines.", "américaines", "USA")]
    [InlineData("en", "A North Korean ship left.", "North Korean", "PRK")]
    public void BareDemonymsAreTheirCountry(string lang, string text, string span, string iso)
    {
        var m = Find(Run(text, lang), span);
        Assert.True(m.Demonym);
        Assert.Equal(iso, m.Code);
        Assert.Equal(iso, m.Country);
    }

    [Fact]
    public void PluralNationalityNounsAreGroups()
    {
        var fr = Find(Run("Les Russes ont voté dimanche.", "fr"), "Les Russes");
        Assert.Equal(EntityTypes.Group, fr.Type);
        Assert.Equal("RUS", fr.Code);
        var en = Find(Run("Many Russians voted on Sunday.", "en"), "Russians");
        Assert.Equal(EntityTypes.Group, en.Type);
    }

    [Fact]
    public void ADemonymNamingALanguageIsNoActor()
    {
        var doc = Run("Il a répondu en russe aux journalistes.", "fr");
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void RoleDirectlyBeforeAKnownPersonMakesOneMention()
    {
        var doc = Run("Le dirigeant nord-coréen Kim Jong-Un a reçu le président russe Vladimir Poutine.", "fr");
        var kim = Find(doc, "Le dirigeant nord-coréen Kim Jong-Un");
        Assert.Equal(("PRKGOV", "PRK", EntityTypes.Person), (kim.Code, kim.Country, kim.Type));
        Assert.Equal(0, kim.FirstToken);
        AssertActor(doc, "le président russe Vladimir Poutine", "RUSGOV", "RUS", "Vladimir Putin");
        Assert.Equal(2, doc.Entities.Count);
    }

    [Fact]
    public void EnglishTitleBeforeAKnownPerson()
    {
        var doc = Run("Russian President Vladimir Putin met Foreign Minister Sergei Lavrov.", "en");
        AssertActor(doc, "Russian President Vladimir Putin", "RUSGOV", "RUS", "Vladimir Putin");
        AssertActor(doc, "Foreign Minister Sergei Lavrov", "RUSGOV", "RUS", "Sergei Lavrov");
    }

    [Fact]
    public void AnUnknownNameAfterARoleGetsTheRoleCode()
    {
        var doc = Run("Le ministre malien de la Défense Sadio Keita a démissionné.", "fr");
        AssertActor(doc, "Le ministre malien de la Défense Sadio Keita", "MLIGOV", "MLI", "Sadio Keita", EntityTypes.Person);
    }

    [Fact]
    public void RoleThenCommaThenNameGivesThePersonTheCode()
    {
        var doc = Run("Le porte-parole du ministère russe, Anton Beliaev, a démenti.", "fr");
        AssertActor(doc, "Anton Beliaev", "RUSGOV", "RUS", "Anton Beliaev", EntityTypes.Person);
    }

    [Fact]
    public void NameThenCommaThenRoleGivesThePersonTheCode()
    {
        var doc = Run("Karim Haddad, le ministre libanais de l'Énergie, a signé.", "fr");
        AssertActor(doc, "Karim Haddad", "LBNGOV", "LBN", type: EntityTypes.Person);
        AssertActor(doc, "le ministre libanais de l'Énergie", "LBNGOV", "LBN");
    }

    [Fact]
    public void EnglishAppositionAfterTheName()
    {
        var doc = Run("Maria Lopez, the Chilean foreign minister, arrived.", "en");
        AssertActor(doc, "Maria Lopez", "CHLGOV", "CHL");
    }

    [Fact]
    public void CivilityTitlesIntroducePeople()
    {
        var fr = Find(Run("M. Dupont a quitté la réunion.", "fr"), "M. Dupont");
        Assert.Equal((EntityTypes.Person, "Dupont"), (fr.Type, fr.Name));
        var en = Find(Run("Mr. Howard left early.", "en"), "Mr. Howard");
        Assert.Equal(EntityTypes.Person, en.Type);
    }
}

/// <summary>Context rules that keep spans tight and words in their role.</summary>
public class EntityContextTests
{
    [Theory]
    [InlineData("The US-led coalition struck again.", "US-led", "USA")]
    [InlineData("Iranian-made drones were seen.", "Iranian-made", "IRN")]
    [InlineData("Residents of the Israeli-occupied area fled.", "Israeli-occupied", "ISR")]
    public void HyphenatedCompoundsNameTheCountryActing(string text, string span, string iso)
    {
        var m = Find(Run(text, "en"), span);
        Assert.Equal((iso, true), (m.Code, m.Demonym));
    }

    [Fact]
    public void ACompoundBeforeARoleGivesTheRoleCode() =>
        AssertActor(Run("Saudi-led forces pushed north.", "en"), "Saudi-led forces", "SAUMIL", "SAU");

    [Fact]
    public void TheDeterminerBeforeAnAdjectiveStaysOut()
    {
        var doc = Run("The Syrian capital was calm.", "en");
        var m = Find(doc, "Syrian");
        Assert.Equal(4, m.Span.Start);
    }

    [Fact]
    public void ADemonymAfterInIsTheCountryWhenANounFollows()
    {
        Assert.Equal("ISR", Find(Run("The town is in Israeli hands.", "en"), "Israeli").Code);
        Assert.Empty(Run("The speech was given in Russian.", "en").Entities);
    }

    [Fact]
    public void DuPaysKeepsThePrepositionOutOfTheSpan()
    {
        var doc = Run("Le Chili a voté. La situation du pays reste calme.", "fr");
        Assert.Equal("CHL", Find(doc, "pays").Code);
    }

    [Fact]
    public void ARoleOfTheCountryIsThatCountrysRole()
    {
        var doc = Run("Le président français est à Lima. Le Chili a voté. Le président du pays a salué le résultat.", "fr");
        AssertActor(doc, "Le président du pays", "CHLGOV", "CHL", "Chilean president", EntityTypes.Person);
        var en = Run("Peru held elections. The army of the country stayed neutral.", "en");
        AssertActor(en, "The army of the country", "PERMIL", "PER");
    }

    [Fact]
    public void GazaAndTheWestBankArePalestinian()
    {
        var doc = Run("Des roquettes ont été tirées depuis la bande de Gaza vers la Cisjordanie.", "fr");
        Assert.Equal("PSE", Find(doc, "la bande de Gaza").Code);
        Assert.Equal("PSE", Find(doc, "la Cisjordanie").Code);
    }
}

public class EntityFormerRoleTests
{
    [Fact]
    public void AFormerOfficeHolderCountsForTheCountryOnly()
    {
        var doc = Run("L'ancien président américain a donné une conférence.", "fr");
        AssertActor(doc, "L'ancien président américain", "USA", "USA", type: EntityTypes.Person);
        var en = Run("A former Brazilian minister was arrested.", "en");
        AssertActor(en, "former Brazilian minister", "BRA", "BRA");
    }

    [Fact]
    public void AnInstitutionsPossessiveRole() =>
        AssertActor(Run("The Kremlin's spokesman denied it.", "en"), "The Kremlin's spokesman", "RUSGOV", "RUS");
}

public class EntityFormerCoreferenceTests
{
    [Fact]
    public void AFormerPresidentIsNotTheAntecedentOfThePresident()
    {
        var doc = Run("Le président kényan a reçu l'ancien président tanzanien. Le président a parlé.", "fr");
        var later = Find(doc, "Le président");
        Assert.Equal("KENGOV", later.Code);
    }
}

public class EntityAppositionVariantTests
{
    [Fact]
    public void AppositionWithoutArticle() =>
        AssertActor(Run("Paul Martin, porte-parole du Kremlin, a démenti.", "fr"), "Paul Martin", "RUSGOV", "RUS");

    [Fact]
    public void EnglishAppositionWithAnIndefiniteArticleAndFor()
    {
        var doc = Run("Mark Evans, a spokesman for the State Department, declined to comment.", "en");
        AssertActor(doc, "Mark Evans", "USAGOV", "USA");
        AssertActor(doc, "spokesman for the State Department", "USAGOV", "USA");
    }
}
