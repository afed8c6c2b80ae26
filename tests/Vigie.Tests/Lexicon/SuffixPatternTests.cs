using Vigie.Coding.Lexicon;

namespace Vigie.Tests.Lexicon;

public class SuffixPatternTests
{
    [Theory]
    [InlineData("er", "parler", "parl", "")]
    [InlineData("^aller", "aller", "", "")]
    [InlineData("e[bdfjklmnpqrstvz]er", "lever", "l", "v")]
    [InlineData("é[bcdfghjklmnpqrstvz]+er", "célébrer", "cél", "br")]
    [InlineData("é[bcdfghjklmnpqrstvz]+er", "libérer", "lib", "r")]
    [InlineData("[tmv]ir", "dormir", "dor", "m")]
    // The head's own last letter is in the class: a shorter run must be tried.
    [InlineData("s[st]+er", "passer", "pa", "s")]
    public void Matches(string pattern, string lemma, string stem, string captured) =>
        Assert.Equal((stem, captured), SuffixPattern.Parse(pattern).Match(lemma));

    [Theory]
    [InlineData("^aller", "installer")]
    [InlineData("e[bdfjklmnpqrstvz]er", "fermer")]
    [InlineData("é[bcdfghjklmnpqrstvz]+er", "créer")]
    [InlineData("é[bcdfghjklmnpqrstvz]+er", "exécuter")]
    [InlineData("eler", "révéler")]
    public void DoesNotMatch(string pattern, string lemma) => Assert.Null(SuffixPattern.Parse(pattern).Match(lemma));

    [Fact]
    public void LongerSuffixIsMoreSpecific()
    {
        Assert.True(SuffixPattern.Parse("eler").Specificity > SuffixPattern.Parse("e[lt]er").Specificity);
        Assert.True(SuffixPattern.Parse("éger").Specificity > SuffixPattern.Parse("é[gq]+er").Specificity);
        Assert.True(SuffixPattern.Parse("^dire").Specificity > SuffixPattern.Parse("redire").Specificity);
    }

    [Theory]
    [InlineData("e[bc")]
    [InlineData("[a][b]")]
    [InlineData("e1r")]
    public void MalformedPatternsAreRejected(string pattern) => Assert.Throws<FormatException>(() => SuffixPattern.Parse(pattern));
}
