using Vigie.Coding;
using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text.Stages;
using Vigie.Text.Tone;

namespace Vigie.Tests.Tone;

public class ToneTests
{
    private static readonly IDocumentStage[] Stages = [new LanguageStage(), new TokenizeStage(), new ToneStage()];

    private static double? Tone(string text, string lang)
    {
        var doc = Document.FromText("t", text, lang);
        foreach (var s in Stages) s.Process(doc);
        return doc.Tone;
    }

    [Fact]
    public void ToneIsAHundredTimesPositiveMinusNegativeWordsOverWords()
    {
        // 12 words, 5 positive (great, success, praised, peaceful, agreement), none negative.
        Assert.Equal(100.0 * 5 / 12, Tone("The summit was a great success and leaders praised the peaceful agreement.", "en")!.Value, 9);
        // 10 words, 3 negative (killed, wounded, attack).
        Assert.Equal(-100.0 * 3 / 10, Tone("Two soldiers were killed and three wounded in the attack.", "en")!.Value, 9);
    }

    [Theory]
    [InlineData("Les deux pays ont salué un accord de paix historique et une coopération renforcée.", "fr", 1)]
    [InlineData("L'attaque a fait trois morts et de nombreux blessés, dénonce l'ONU.", "fr", -1)]
    [InlineData("Le ministre se rendra à Berlin mardi pour une réunion.", "fr", 0)]
    [InlineData("Ceasefire talks brought hope of peace after weeks of fighting and destruction.", "en", 1)]
    [InlineData("Protesters clashed with police; dozens were arrested and the crisis deepened.", "en", -1)]
    [InlineData("The minister will travel to Berlin on Tuesday for a meeting.", "en", 0)]
    public void TextsHaveTheSignOfTheirWords(string text, string lang, int sign)
    {
        Assert.Equal(sign, Math.Sign(Tone(text, lang)!.Value));
    }

    [Fact]
    public void FormsAndAccentsMatchThroughTheFold()
    {
        // Feminine plural "blessées", verb form "condamnent", capitals and no accents.
        Assert.True(Tone("Blessées et condamnent", "fr") < 0);
        Assert.Equal(Tone("Une réussite", "fr"), Tone("UNE REUSSITE", "fr"));
    }

    [Fact]
    public void ATextWithoutWordsHasNoTone()
    {
        Assert.Null(Tone("2026 — 42 !", "fr"));
    }

    [Fact]
    public void TheDefaultPipelineMeasuresTone()
    {
        Assert.Contains(VigiePipeline.Default.Stages, s => s is ToneStage);
        var doc = VigiePipeline.Default.Process(Document.FromText("t", "The attack was condemned.", "en"));
        Assert.True(doc.Tone < 0);
    }

    [Fact]
    public void BothListsLoadWithAFewHundredWordsOfEachPolarity()
    {
        foreach (var lang in LanguageStage.Supported)
        {
            var file = DataFile.Load(DataDirectory.Lang(lang, "tone.tsv"), "word", "polarity");
            Assert.True(file.Rows.Count(r => r["polarity"] == "+1") >= 140, lang);
            Assert.True(file.Rows.Count(r => r["polarity"] == "-1") >= 140, lang);
            Assert.True(ToneLexicon.From(file).Count > 600, lang);
        }
    }

    private static ToneLexicon Parse(string rows) =>
        ToneLexicon.From(DataFile.Parse("tone.tsv", new StringReader("# source: own\n# licence: MIT\nword\tpolarity\tforms\n" + rows), "word", "polarity"));

    [Fact]
    public void ABadPolarityNamesFileAndLine()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("bon\t+1\tbonne\nmal\tbad\n"));
        Assert.StartsWith("TON001 tone.tsv:5:", e.Message);
    }

    [Fact]
    public void AFormListedTwiceNamesBothLines()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("bon\t+1\tbonne|bons\nbonté\t+1\tBons\n"));
        Assert.StartsWith("TON002 tone.tsv:5:", e.Message);
        Assert.Contains("line 4", e.Message);
    }

    [Fact]
    public void AMissingPolarityNamesTheLine()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("bon\n"));
        Assert.Contains("tone.tsv:4", e.Message);
    }
}
