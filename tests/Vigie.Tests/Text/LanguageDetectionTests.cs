using Vigie.Text.Stages;

namespace Vigie.Tests.Text;

/// <summary>French or English, from function words, and from word endings when a text is too short for them.</summary>
public class LanguageDetectionTests
{
    private static readonly LanguageStage Stage = new();

    [Theory]
    [InlineData("The minister said that the talks would resume in the spring.", "en")]
    [InlineData("Le ministre a déclaré que les discussions reprendraient au printemps.", "fr")]
    [InlineData("Russian troops attacked Ukrainian positions overnight.", "en")]
    [InlineData("Chinese warships encircled Taiwan.", "en")]
    [InlineData("Moscou dénonce Washington.", "fr")]
    [InlineData("Troupes russes massées près de Kharkiv.", "fr")]
    public void DetectsTheLanguageOfLongAndShortTexts(string text, string lang) =>
        Assert.Equal(lang, Stage.Detect(text));
}
