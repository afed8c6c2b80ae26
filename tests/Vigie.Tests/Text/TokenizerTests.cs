using Vigie.Core;
using Vigie.Text.Tokens;

namespace Vigie.Tests.Text;

public class TokenizerTests
{
    private static List<Token> Tok(string text, string lang) =>
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), TokenizerRules.For(lang));

    private static void AssertTokens(string text, string lang, string[] expected, int[]? starts = null)
    {
        var tokens = Tok(text, lang);
        Assert.Equal(expected, tokens.Select(t => t.Text).ToArray());
        if (starts is not null) Assert.Equal(starts, tokens.Select(t => t.Span.Start).ToArray());
        foreach (var t in tokens) Assert.Equal(t.Text, text.Substring(t.Span.Start, t.Span.Length));
    }

    [Fact]
    public void FrenchElisionsSplitAfterTheApostrophe() =>
        AssertTokens("l'ONU a dit qu'il viendra jusqu'à Paris", "fr",
            ["l'", "ONU", "a", "dit", "qu'", "il", "viendra", "jusqu'", "à", "Paris"], [0, 2, 6, 8, 12, 15, 18, 26, 32, 34]);

    [Fact]
    public void TypographicApostropheIsAnElisionToo()
    {
        var tokens = Tok("l’armée d’Israël", "fr");
        Assert.Equal(["l’", "armée", "d’", "Israël"], tokens.Select(t => t.Text));
        Assert.Equal("l'", tokens[0].Norm);
        Assert.Equal("israel", tokens[3].Fold);
    }

    [Theory]
    [InlineData("aujourd'hui")]
    [InlineData("prud’hommes")]
    [InlineData("Maison-Blanche")]
    [InlineData("Jong-Un")]
    [InlineData("nord-coréenne")]
    [InlineData("janv.")]
    [InlineData("M.")]
    [InlineData("U.S.")]
    public void HardFrenchWordsStayWhole(string word) => Assert.Single(Tok(word, "fr"));

    [Fact]
    public void InvertedPronounIsSplitFromTheVerb() =>
        AssertTokens("a-t-il ajouté", "fr", ["a", "-t-il", "ajouté"]);

    [Theory]
    [InlineData("plus de 1 000 conteneurs", "1 000")]
    [InlineData("300\u00A0000 soldats", "300\u00A0000")]
    [InlineData("soit 1,5 %", "1,5")]
    [InlineData("$1.68 billion", "1.68")]
    [InlineData("about 1,000 troops", "1,000")]
    public void NumbersKeepTheirSeparators(string text, string number)
    {
        var lang = text.Contains("troops") || text.Contains("billion") ? "en" : "fr";
        Assert.Contains(Tok(text, lang), t => t.Kind == TokenKind.Number && t.Text == number);
    }

    [Fact]
    public void AYearIsNotJoinedToTheNextNumber() =>
        AssertTokens("en 2022 100 soldats", "fr", ["en", "2022", "100", "soldats"]);

    [Fact]
    public void FrenchContractionsCarryTheirWords()
    {
        var du = Tok("du matériel", "fr")[0];
        Assert.Equal(["de", "le"], du.Expansion);
    }

    [Fact]
    public void EnglishCliticsAreSplit() =>
        AssertTokens("Russia's army didn't move", "en", ["Russia", "'s", "army", "did", "n't", "move"]);

    [Fact]
    public void QuotationMarksAreTokensOfTheirOwn()
    {
        var tokens = Tok("« Nous condamnons » et \"assez\"", "fr");
        Assert.Equal(TokenKind.Quote, tokens[0].Kind);
        Assert.Equal(TokenKind.Quote, tokens[3].Kind);
        Assert.Equal(["«", "Nous", "condamnons", "»", "et", "\"", "assez", "\""], tokens.Select(t => t.Text));
    }
}
