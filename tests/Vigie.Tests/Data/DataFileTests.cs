using Vigie.Core.Data;

namespace Vigie.Tests.Data;

public class DataFileTests
{
    private static DataFile Parse(string text, params string[] columns) =>
        DataFile.Parse("test.tsv", new StringReader(text), columns);

    private const string Header = "# source: own\n# licence: MIT\n";

    [Fact]
    public void ReadsMetadataColumnsAndRows()
    {
        var f = Parse(Header + "a\tb\n\nx\ty\n# comment\nz\t\n", "a");
        Assert.Equal("own", f.Metadata["source"]);
        Assert.Equal(2, f.Rows.Count);
        Assert.Equal("y", f.Rows[0]["b"]);
        Assert.Null(f.Rows[1].Optional("b"));
        Assert.Equal(7, f.Rows[1].Line);
    }

    [Fact]
    public void MissingColumnNamesFileAndLine()
    {
        var e = Assert.Throws<DataFileException>(() => Parse(Header + "a\tb\n", "c"));
        Assert.StartsWith("DATA004 test.tsv:3:", e.Message);
    }

    [Fact]
    public void EmptyRequiredCellNamesTheLine()
    {
        var f = Parse(Header + "a\tb\nx\t\n");
        var e = Assert.Throws<DataFileException>(() => f.Rows[0]["b"]);
        Assert.Contains("test.tsv:4", e.Message);
    }

    [Fact]
    public void SourceAndLicenceAreRequired()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("# source: own\na\n"));
        Assert.Contains("licence", e.Message);
    }

    [Fact]
    public void TooManyCellsIsAnError()
    {
        var e = Assert.Throws<DataFileException>(() => Parse(Header + "a\nx\ty\n"));
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void EveryShippedDataFileLoads()
    {
        int n = 0;
        foreach (var path in Directory.EnumerateFiles(DataDirectory.Default, "*.tsv", SearchOption.AllDirectories))
        {
            DataFile.Load(path);
            n++;
        }
        Assert.True(n > 10, $"only {n} data files found in {DataDirectory.Default}");
    }

    /// <summary>The files every language must ship (morphology files differ by language and are checked by their own tests).</summary>
    public static TheoryData<string, string> RequiredFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var lang in new[] { "fr", "en" })
            foreach (var file in new[] { "abbreviations.tsv", "elisions.tsv", "contractions.tsv", "clitics.tsv", "stopwords.tsv", "grammar.tsv", "events.tsv" })
                data.Add(lang, file);
        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredFiles))]
    public void EveryLanguageShipsEveryRequiredFile(string lang, string file) =>
        Assert.True(File.Exists(DataDirectory.Lang(lang, file)), $"data/lang/{lang}/{file} is missing");
}
