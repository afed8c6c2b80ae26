using Vigie.Core;
using Vigie.Text.Tokens;

namespace Vigie.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Split(string text, string lang)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length), TokenizerRules.For(lang));
        return SentenceSplitter.Split(text, tokens).Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToList();
    }

    [Fact]
    public void AbbreviationsDoNotEndSentences() =>
        Assert.Equal(["M. Dupont a rencontré Mme Durand le 3 janv. à Lyon.", "Ils ont parlé."],
            Split("M. Dupont a rencontré Mme Durand le 3 janv. à Lyon. Ils ont parlé.", "fr"));

    [Fact]
    public void ClosingQuoteStaysWithItsSentence() =>
        Assert.Equal(["Il a dit : « Nous partons. »", "Puis il est parti."],
            Split("Il a dit : « Nous partons. » Puis il est parti.", "fr"));

    [Fact]
    public void HeadlineLineIsItsOwnSentence() =>
        Assert.Equal(["Troops leave the border", "The army said on Monday that it had left."],
            Split("Troops leave the border\nThe army said on Monday that it had left.", "en"));

    [Fact]
    public void EnglishDottedAcronymDoesNotEndTheSentence() =>
        Assert.Single(Split("The U.S. envoy met Dr. Kim in Seoul.", "en"));
}
