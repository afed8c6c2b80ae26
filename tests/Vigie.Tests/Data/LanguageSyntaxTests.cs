using Vigie.Core.Data;

namespace Vigie.Tests.Data;

public class LanguageSyntaxTests
{
    [Theory]
    [InlineData("en", true)]
    [InlineData("fr", false)]
    public void EachLanguageSaysWhereModifiersStandAndHowNationalityNounsLook(string lang, bool english)
    {
        Assert.Equal(english, LanguageSyntax.For(lang).ModifiersBeforeNoun);
        Assert.Equal(english, LanguageSyntax.For(lang).DemonymNounsArePlural);
    }

    [Theory]
    [InlineData("en", "troops", "troop")]
    [InlineData("fr", "journaux", "journau")]
    [InlineData("fr", "soldat", "soldats")]
    public void AWordAndItsRegularPluralAreTheSameWord(string lang, string a, string b)
    {
        Assert.True(LanguageSyntax.For(lang).SameWordOrPlural(a, b));
        Assert.False(LanguageSyntax.For(lang).SameWordOrPlural(a, b + "e"));
        Assert.False(LanguageSyntax.For(lang).SameWordOrPlural(a + "t", b));
    }

    [Fact]
    public void PluralMarksAreSingleLetters() =>
        Assert.Equal("SYN003", LoadBroken("modifiers\tafter\ndemonym-nouns\tcapitalised\nplural-marks\tes\n").Code);

    private static DataFileException LoadBroken(string rows)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("vigie-syntax-").FullName, "syntax.tsv");
        File.WriteAllText(path, "# source: test\n# licence: test\nproperty\tvalue\n" + rows);
        try { return Assert.Throws<DataFileException>(() => LanguageSyntax.Load(path)); }
        finally { Directory.Delete(Path.GetDirectoryName(path)!, true); }
    }

    [Fact]
    public void AnUnknownPropertyNamesFileAndLine()
    {
        var e = LoadBroken("modifiers\tbefore\nverb-position\tsecond\n");
        Assert.Equal("SYN001", e.Code);
        Assert.Equal(5, e.Line);
        Assert.EndsWith("syntax.tsv", e.Path);
    }

    [Fact]
    public void AnUnknownValueIsRejected() => Assert.Equal("SYN003", LoadBroken("modifiers\taround\n").Code);

    [Fact]
    public void AMissingPropertyIsRejected()
    {
        Assert.Equal("SYN004", LoadBroken("").Code);
        Assert.Equal("SYN004", LoadBroken("modifiers\tafter\n").Code);
        Assert.Equal("SYN004", LoadBroken("modifiers\tafter\ndemonym-nouns\tcapitalised\n").Code);
    }
}
