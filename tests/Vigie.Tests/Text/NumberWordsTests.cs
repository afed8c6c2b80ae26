using Vigie.Core;
using Vigie.Text.Numbers;
using Vigie.Text.Tokens;

namespace Vigie.Tests.Text;

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

    [Theory]
    [InlineData("1 000", "fr", 1000)]
    [InlineData("1,5", "fr", 1.5)]
    [InlineData("1.000", "fr", 1000)]
    [InlineData("1,000", "en", 1000)]
    [InlineData("1.68", "en", 1.68)]
    [InlineData("12,345,678", "en", 12345678)]
    [InlineData("300\u00A0000", "fr", 300000)]
    public void DigitsAreReadPerLanguage(string digits, string lang, double expected) =>
        Assert.Equal((decimal)expected, NumberWords.For(lang).ParseDigits(digits));

    [Theory]
    [InlineData("fr", "deux mille soldats", 2, 1, false)]        // "mille" left to the caller
    [InlineData("fr", "mille soldats", 1000, 1, false)]          // ... unless it comes first
    [InlineData("fr", "quatre-vingt-dix hommes", 90, 1, false)]
    [InlineData("fr", "un million", 1, 1, true)]
    [InlineData("en", "two hundred and fifty troops", 250, 4, false)]
    [InlineData("en", "one billion", 1, 1, true)]
    [InlineData("en", "a dozen", 1, 1, true)]
    public void WordsStopBeforeTheCallersMultipliers(string lang, string text, double value, int length, bool articleOnly)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length), TokenizerRules.For(lang));
        string[] multipliers = ["mille", "million", "billion", "thousand"];
        Assert.True(NumberWords.For(lang).TryParseWords(tokens, 0, tokens.Count, t => multipliers.Contains(t.Fold), out var v, out var n, out var only));
        Assert.Equal((decimal)value, v);
        Assert.Equal(length, n);
        Assert.Equal(articleOnly, only);
    }

    [Fact]
    public void ANumberFormatWithoutADecimalMarkNamesTheFile()
    {
        var dir = Directory.CreateTempSubdirectory("vigie-numbers-");
        try
        {
            File.Copy(Vigie.Core.Data.DataDirectory.Lang("fr", "number-words.tsv"), Path.Combine(dir.FullName, "number-words.tsv"));
            File.WriteAllText(Path.Combine(dir.FullName, "number-format.tsv"), "# source: test\n# licence: test\nmark\tcharacter\ngroup\t.\n");
            var e = Assert.Throws<Vigie.Core.Data.DataFileException>(() => NumberWords.Load("fr", dir.FullName));
            Assert.Equal("NUM004", e.Code);
            Assert.EndsWith("number-format.tsv", e.Path);
        }
        finally { dir.Delete(true); }
    }
}
