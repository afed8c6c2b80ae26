using Vigie.Core;
using static Vigie.Tests.Entities.EntityTestKit;

namespace Vigie.Tests.Entities;

/// <summary>Short mentions resolve to the full mention they repeat.</summary>
public class EntityCoreferenceTests
{
    [Fact]
    public void SurnameRefersToTheFullName()
    {
        var doc = Run("Le porte-parole du Conseil de sécurité nationale, John Kirby, a parlé. Plus tard, Kirby a précisé sa pensée.", "fr");
        var kirby = Find(doc, "Kirby");
        Assert.Equal("John Kirby", kirby.Antecedent?.Text);
        Assert.Equal(("USAGOV", "USA", "John Kirby"), (kirby.Code, kirby.Country, kirby.Name));
    }

    [Fact]
    public void SurnameOfAnUnknownPersonTakesTheCodeTheRoleGave()
    {
        var doc = Run("Le ministre ghanéen des Finances, Kwame Mensah, est arrivé. Mensah a signé l'accord.", "fr");
        var later = Find(doc, "Mensah");
        Assert.Equal("Kwame Mensah", later.Antecedent?.Text);
        Assert.Equal(("GHAGOV", "Kwame Mensah"), (later.Code, later.Name));
    }

    [Fact]
    public void KnownSurnameLinksToTheEarlierFullMention()
    {
        var doc = Run("Vladimir Poutine a reçu son homologue. Poutine a ensuite quitté Moscou.", "fr");
        var p = Find(doc, "Poutine");
        Assert.Equal("Vladimir Poutine", p.Antecedent?.Text);
        Assert.Equal("RUSGOV", p.Code);
    }

    [Fact]
    public void BareRoleRefersToTheLastPersonWithThatRole()
    {
        var doc = Run("La porte-parole du gouvernement allemand, Anna Weber, a parlé lundi. Mardi, la porte-parole a démenti.", "fr");
        var later = Find(doc, "la porte-parole");
        Assert.Equal("Anna Weber", later.Antecedent?.Text);
        Assert.Equal(("DEUGOV", "DEU", "Anna Weber"), (later.Code, later.Country, later.Name));
    }

    [Fact]
    public void BarePresidentRefersToTheLastPresidentNamed()
    {
        var doc = Run("Le président français Emmanuel Macron est arrivé à Dakar. Le président a salué la foule.", "fr");
        var later = Find(doc, "Le président");
        Assert.Equal("FRAGOV", later.Code);
        Assert.Equal("Emmanuel Macron", later.Name);
        Assert.NotNull(later.Antecedent);
    }

    [Fact]
    public void ABareRoleWithNoAntecedentIsNotAMention()
    {
        var doc = Run("Le porte-parole a refusé de commenter.", "fr");
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void LePaysRefersToTheLastCountry()
    {
        var doc = Run("Le Niger a fermé sa frontière. Le pays accuse ses voisins.", "fr");
        var pays = Find(doc, "Le pays");
        Assert.Equal(("NER", "NER", "Niger"), (pays.Code, pays.Country, pays.Name));
        Assert.Equal("Le Niger", pays.Antecedent?.Text);
    }

    [Fact]
    public void TheCountryRefersToTheLastCountry()
    {
        var doc = Run("Peru recalled its ambassador. The country says it was insulted.", "en");
        AssertActor(doc, "The country", "PER", "PER", "Peru");
    }

    [Fact]
    public void TheCountryOfTheLastLeaderCountsForLePays()
    {
        var doc = Run("Des armes nord-coréennes ont été saisies. Poutine affirme que le pays respecte la loi.", "fr");
        AssertActor(doc, "le pays", "RUS", "RUS", "Russia");
    }

    [Fact]
    public void EnglishSurnameCoreference()
    {
        var doc = Run("Chilean Foreign Minister Maria Lopez arrived on Monday. Lopez said talks would resume.", "en");
        AssertActor(doc, "Chilean Foreign Minister Maria Lopez", "CHLGOV", "CHL", "Maria Lopez");
        var later = Find(doc, "Lopez");
        Assert.Equal("CHLGOV", later.Code);
        Assert.Equal("Chilean Foreign Minister Maria Lopez", later.Antecedent?.Text);
    }
}

public class EntityGivenNameTests
{
    [Fact]
    public void AGivenNameAndSurnameMakeAPerson()
    {
        var doc = Run("Selon Martine Lefebvre, la réunion a échoué. Lefebvre a quitté la salle.", "fr");
        var m = Find(doc, "Martine Lefebvre");
        Assert.Equal((EntityTypes.Person, (string?)null, "Martine Lefebvre"), (m.Type, m.Code, m.Name));
        Assert.Equal("Martine Lefebvre", Find(doc, "Lefebvre").Antecedent?.Text);
    }

    [Fact]
    public void AGivenNameAloneIsNotAPerson() =>
        Assert.Empty(Run("Pierre est parti tôt.", "fr").Entities);

    [Fact]
    public void AnUnknownNameRepeatedLaterTakesTheCodeGivenEarlier()
    {
        var doc = Run("Le chef de la diplomatie sénégalaise, Fatima Ndiaye, est arrivée. Plus tard, Fatima Ndiaye a parlé.", "fr");
        Assert.Equal("SENGOV", Find(doc, "Fatima Ndiaye", 0).Code);
        var later = Find(doc, "Fatima Ndiaye", 1);
        Assert.Equal("SENGOV", later.Code);
    }
}

public class EntityPrecisionTests
{
    [Fact]
    public void AGivenNameThatIsAlsoACountryNeedsAnArticle()
    {
        Assert.DoesNotContain(Run("Dominique a répondu aux questions.", "fr").Entities, e => e.Code == "DMA");
        Assert.Equal("DMA", Find(Run("Le cyclone a touché la Dominique.", "fr"), "la Dominique").Code);
    }

    [Fact]
    public void ACapitalisedPaysIsAProperName()
    {
        var doc = Run("La Chine a protesté. Le Pays basque a voté.", "fr");
        Assert.DoesNotContain(doc.Entities, e => e.Rule == "coref/country");
    }

    [Fact]
    public void APersonOutOfOfficeIsNotTheAntecedentOfTheirLaterRole()
    {
        // Michel Barnier was not prime minister in 2019.
        var doc = Run("Michel Barnier a parlé. Le Premier ministre a répondu.", "fr", "2019-03");
        Assert.DoesNotContain(doc.Entities, e => e.Rule == "coref/role");
    }
}

public class EntityOrganisationWordTests
{
    [Theory]
    [InlineData("en", "General Motors cut jobs.")]
    [InlineData("en", "The Adam Air Flight was delayed.")]
    [InlineData("fr", "Le directeur Paul Banque Populaire a parlé.")]
    public void CapitalisedOrganisationNamesAreNotPeople(string lang, string text) =>
        Assert.DoesNotContain(Run(text, lang).Entities, e => e.Type == EntityTypes.Person);
}
