using Vigie.Coding.Quotes;
using Vigie.Core.Data;
using Vigie.Text.Amounts;

namespace Vigie.Tests.Quotes;

/// <summary>Both languages ship the amount and quote data, and bad rows are reported with file:line.</summary>
public sealed class QuoteDataTests : IDisposable
{
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders) Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void EveryLanguageShipsAmountAndQuoteData(string lang)
    {
        var quotes = QuoteLexicon.For(lang);
        Assert.True(quotes.Verbs.Count > 40);
        Assert.Contains(lang == "fr" ? "déclarer" : "say", quotes.Verbs);
        var amounts = AmountLexicon.For(lang);
        Assert.True(amounts.Numbers.IsNumberWord(lang == "fr" ? "trois" : "three"));
        Assert.NotEmpty(amounts.Multipliers);
        Assert.True(amounts.Qualifiers.Count > 5);
        Assert.True(amounts.Vague.Count > 5);
    }

    [Fact]
    public void AnUnknownCueKindNamesFileAndLine()
    {
        var folder = CopyLang("fr");
        File.AppendAllText(Path.Combine(folder, "quote-cues.tsv"), "soudain\tmagic\n");
        var e = Assert.Throws<DataFileException>(() => QuoteLexicon.Load("fr", folder));
        Assert.Equal("QUO002", e.Code);
        Assert.EndsWith("quote-cues.tsv", e.Path);
        Assert.Equal(File.ReadAllLines(Path.Combine(folder, "quote-cues.tsv")).Length, e.Line);
    }

    [Fact]
    public void AnUnknownAmountQualifierNamesFileAndLine()
    {
        var folder = CopyLang("en");
        File.AppendAllText(Path.Combine(folder, "amount-qualifiers.tsv"), "a whopping\tmany\n");
        var e = Assert.Throws<DataFileException>(() => AmountLexicon.Load("en", folder));
        Assert.Equal("AMT004", e.Code);
        Assert.Contains("amount-qualifiers.tsv:", e.Message);
    }

    [Fact]
    public void ANonNumericMultiplierNamesFileAndLine()
    {
        var folder = CopyLang("fr");
        File.AppendAllText(Path.Combine(folder, "amount-multipliers.tsv"), "myriade\tbeaucoup\n");
        var e = Assert.Throws<DataFileException>(() => AmountLexicon.Load("fr", folder));
        Assert.Equal("AMT003", e.Code);
    }

    private string CopyLang(string lang)
    {
        var source = DataDirectory.Path("lang", lang);
        var folder = Path.Combine(Path.GetTempPath(), "vigie-quote-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        _folders.Add(folder);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }
}
