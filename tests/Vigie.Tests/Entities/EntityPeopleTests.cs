using Vigie.Core;
using static Vigie.Tests.Entities.EntityTestKit;

namespace Vigie.Tests.Entities;

/// <summary>Known people resolve to the code of the office they held at the document's date.</summary>
public class EntityPeopleTests
{
    [Theory]
    [InlineData("2023-06-12", "USAGOV")]   // president
    [InlineData("2014-03", "USAGOV")]      // vice president
    [InlineData("2018", "USA")]            // between terms: the country only
    [InlineData("2025-01", "USAGOV")]      // left office on 2025-01-20: the month overlaps the term
    [InlineData("2025-03-01", "USA")]
    public void BidenResolvesByDate(string date, string code)
    {
        var doc = Run("Joe Biden a pris la parole.", "fr", date);
        AssertActor(doc, "Joe Biden", code, "USA", "Joe Biden", EntityTypes.Person);
    }

    [Theory]
    [InlineData("2019-05", "USAGOV")]
    [InlineData("2022-11", "USA")]
    [InlineData("2025-06", "USAGOV")]
    public void TrumpHasTwoTerms(string date, string code) =>
        AssertActor(Run("Donald Trump spoke on Monday.", "en", date), "Donald Trump", code, "USA");

    [Fact]
    public void ASpokespersonsCodeFollowsTheirPost()
    {
        AssertActor(Run("John Kirby a répondu.", "fr", "2021-06"), "John Kirby", "USAMIL", "USA");
        AssertActor(Run("John Kirby a répondu.", "fr", "2023-10"), "John Kirby", "USAGOV", "USA");
    }

    [Fact]
    public void APersonMovingToAnOrganisationChangesCode()
    {
        AssertActor(Run("Mark Rutte a parlé.", "fr", "2022-05"), "Mark Rutte", "NLDGOV", "NLD");
        AssertActor(Run("Mark Rutte a parlé.", "fr", "2025-02"), "Mark Rutte", "IGONAT", null);
    }

    [Fact]
    public void WithoutADateThePersonsLatestOfficeIsUsed() =>
        AssertActor(Run("Sergueï Lavrov a rencontré Antony Blinken.", "fr", null), "Sergueï Lavrov", "RUSGOV", "RUS", "Sergei Lavrov");

    [Theory]
    [InlineData("Poutine a répondu.", "Poutine", "Vladimir Putin", "RUSGOV")]
    [InlineData("Netanyahou a répondu.", "Netanyahou", "Benjamin Netanyahu", "ISRGOV")]
    [InlineData("Erdogan a répondu.", "Erdogan", "Recep Tayyip Erdoğan", "TURGOV")]
    [InlineData("Zelensky a répondu.", "Zelensky", "Volodymyr Zelensky", "UKRGOV")]
    [InlineData("Xi Jinping a répondu.", "Xi Jinping", "Xi Jinping", "CHNGOV")]
    public void NameVariantsInBothLanguages(string text, string span, string name, string code) =>
        AssertActor(Run(text, "fr"), span, code, code[..3], name);

    [Fact]
    public void GroupsCanChangeStatusWithTime()
    {
        Assert.StartsWith("AFGREB", Find(Run("Les talibans ont pris la ville.", "fr", "2020-03"), "Les talibans").Code);
        Assert.StartsWith("AFGGOV", Find(Run("Les talibans ont pris la ville.", "fr", "2023-03"), "Les talibans").Code);
    }

    [Fact]
    public void ARoleInAppositionGivesAPersonOutOfOfficeTheRolesCode()
    {
        // In 2018 Biden held no office; the text calls him president, and the text wins.
        var doc = Run("Joe Biden, le président américain, a parlé.", "fr", "2018-05");
        AssertActor(doc, "Joe Biden", "USAGOV", "USA");
        // In office, the person's own code stands.
        var doc2 = Run("John Kirby, le porte-parole du Pentagone, a parlé.", "fr", "2023-10");
        AssertActor(doc2, "John Kirby", "USAGOV", "USA");
    }
}

public class EntitySurnameSpellingTests
{
    [Fact]
    public void KnownFullNamesInAList()
    {
        var doc = Run("Ce jour-là, Sergei Lavrov et Dmitri Peskov ont parlé.", "fr");
        Assert.Equal("RUSGOV", Find(doc, "Sergei Lavrov").Code);
    }
}
