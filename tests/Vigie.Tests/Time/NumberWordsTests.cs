using Vigie.Core;
using Vigie.Text.Time;
using Vigie.Text.Tokens;

namespace Vigie.Tests.Time;

public class NumberWordsTests
{
    [Theory]
    [InlineData("fr", "trois", 3)]
    [InlineData("fr", "dix-sept", 17)]
    [InlineData("fr", "vingt-et-un", 21)]
    [InlineData("fr", "soixante-dix", 70)]
    [InlineData("fr", "soixante-dix-neuf", 79)]
    [InlineData("fr", "quatre-vingts", 80)]
    [InlineData("fr", "quatre-vingt-dix-sept", 97)]
    [InlineData("fr", "deux-cent-cinquante", 250)]
    [InlineData("fr", "septante", 70)]
    [InlineData("en", "three", 3)]
    [InlineData("en", "twenty-one", 21)]
    [InlineData("en", "ninety-nine", 99)]
    public void OneWord(string lang, string word, int value)
    {
        Assert.True(NumberWords.For(lang).TryParseWord(word, out var v));
        Assert.Equal(value, v);
    }

    [Theory]
    [InlineData("fr", "deux cents soldats", 200, 2)]
    [InlineData("fr", "deux mille vingt-trois jours", 2023, 3)]
    [InlineData("fr", "vingt et un jours", 21, 3)]
    [InlineData("fr", "trois deux", 3, 1)]
    [InlineData("fr", "1 000 conteneurs", 1000, 1)]
    [InlineData("fr", "1,5 million", 1.5, 1)]
    [InlineData("en", "two hundred and five days", 205, 4)]
    [InlineData("en", "a hundred days", 100, 2)]
    [InlineData("en", "1,000 containers", 1000, 1)]
    [InlineData("en", "one and", 1, 1)]
    public void AcrossTokens(string lang, string text, double value, int length)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length), TokenizerRules.For(lang));
        Assert.True(NumberWords.For(lang).TryParse(tokens, 0, tokens.Count, out var v, out var n));
        Assert.Equal((decimal)value, v);
        Assert.Equal(length, n);
    }

    [Theory]
    [InlineData("fr", "traité")]
    [InlineData("fr", "et")]
    [InlineData("en", "and")]
    [InlineData("en", "one-two-three-hundred-hundred")]
    public void NotNumbers(string lang, string word) => Assert.False(NumberWords.For(lang).TryParseWord(word, out _));
}
