using Vigie.Core.Data;
using Vigie.Text.Time;
using Vigie.Text.Tokens;

namespace Vigie.Tests.Time;

/// <summary>The time data files: both languages ship them, they load, and errors name file:line.</summary>
public class TimeDataTests
{
    public static readonly TheoryData<string> Languages = ["fr", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguageShipsTheTimeFiles(string lang)
    {
        foreach (var file in new[] { "time.tsv", "time-patterns.tsv", "time-tense.tsv", "number-words.tsv", "number-format.tsv" })
            Assert.True(File.Exists(DataDirectory.Lang(lang, file)), $"{lang}/{file} is missing");
        var lex = TimeLexicon.For(lang);
        Assert.True(lex.Patterns.Count > 40);
        Assert.All(lex.Patterns, p => Assert.StartsWith(lang + "/", p.Id));
    }

    /// <summary>Copies the French files to a temporary folder, changes one, and loads them.</summary>
    private static DataFileException LoadBroken(string file, Func<string, string> change)
    {
        var dir = Directory.CreateTempSubdirectory("vigie-time-");
        try
        {
            foreach (var f in new[] { "time.tsv", "time-patterns.tsv", "time-tense.tsv", "number-words.tsv", "number-format.tsv" })
            {
                var text = File.ReadAllText(DataDirectory.Lang("fr", f));
                File.WriteAllText(Path.Combine(dir.FullName, f), f == file ? change(text) : text);
            }
            return Assert.Throws<DataFileException>(() => TimeLexicon.Load("fr", dir.FullName, TokenizerRules.For("fr")));
        }
        finally { dir.Delete(true); }
    }

    private static int LineOf(string text, string needle) =>
        text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void UnknownClassInAPatternNamesFileAndLine()
    {
        string? original = null;
        var e = LoadBroken("time-patterns.tsv", t => original = t + "fr/test/bad\t{planet} {year}\tDATE\tdate\t\n");
        Assert.Equal("TIME002", e.Code);
        Assert.EndsWith("time-patterns.tsv", e.Path);
        Assert.Equal(original!.Count(c => c == '\n'), e.Line);
        Assert.Contains("planet", e.Message);
    }

    [Fact]
    public void UnknownOperationIsRejected()
    {
        var e = LoadBroken("time-patterns.tsv", t => t + "fr/test/op\thier\tDATE\tguess\t\n");
        Assert.Equal("TIME004", e.Code);
    }

    [Fact]
    public void BadMonthValueNamesTheLine()
    {
        string? changed = null;
        var e = LoadBroken("time.tsv", t => changed = t.Replace("mai\tmonth\t5", "mai\tmonth\t13"));
        Assert.Equal("TIME001", e.Code);
        Assert.Equal(LineOf(changed!, "mai\tmonth\t13"), e.Line);
    }

    [Fact]
    public void DuplicateNumberWordIsRejected()
    {
        var e = LoadBroken("number-words.tsv", t => t + "trois\t3\tunit\n");
        Assert.Equal("NUM002", e.Code);
        Assert.EndsWith("number-words.tsv", e.Path);
    }

    [Fact]
    public void UnknownTenseIsRejected()
    {
        var e = LoadBroken("time-tense.tsv", t => t + "serait\tword\tsomeday\n");
        Assert.Equal("TIME009", e.Code);
    }
}
