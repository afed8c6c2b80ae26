using System.Text;
using Vigie.Core;
using Vigie.Text.Readers;

namespace Vigie.Tests.Readers;

public class TextFileReaderTests
{
    private static readonly ReaderOptions Options = new();

    [Fact]
    public void AMetadataLineSetsTheDateAndIsLeftOutOfTheBody()
    {
        var text = " date 2024-06 Publicité\n\nLe Japon a convoqué l'ambassadeur de Chine mardi.\n";
        var d = TextFileReader.FromText("a.txt", "a.txt", text, Options).Document!;
        Assert.Equal(new PartialDate(2024, 6), d.Date);
        Assert.Equal(text, d.Text);
        Assert.Equal(text.IndexOf("Le Japon", StringComparison.Ordinal), d.Body.Start);
        Assert.Equal("Le Japon a convoqué l'ambassadeur de Chine mardi.", d[d.Body]);
    }

    [Fact]
    public void SeveralMetadataLinesInFrenchAndEnglishAreRead()
    {
        var text = "Titre : Visite du ministre à Ottawa Partager\nDate: 2024-02-13\nURL: https://www.exemple.ca/a/1\nlangue fr\n\nLa ministre a rencontré son homologue.";
        var d = TextFileReader.FromText("b.txt", "b.txt", text, Options).Document!;
        Assert.Equal("Visite du ministre à Ottawa", d.Title);
        Assert.Equal(new PartialDate(2024, 2, 13), d.Date);
        Assert.Equal("https://www.exemple.ca/a/1", d.Url);
        Assert.Equal("exemple.ca", d.Source);
        Assert.Equal("fr", d.Lang);
        Assert.StartsWith("La ministre", d[d.Body]);
    }

    [Theory]
    [InlineData("Source of tension for years, the dam divides Egypt and Ethiopia.")]
    [InlineData("Date limite dépassée : le Mali n'a pas répondu.")]
    [InlineData("Title fights are rare in this league, said the minister.")]
    public void ArticleTextThatStartsWithAFieldNameIsNotMetadata(string text)
    {
        var d = TextFileReader.FromText("c.txt", "c.txt", text, Options).Document!;
        Assert.Equal(0, d.Body.Start);
        Assert.Null(d.Date);
        Assert.Null(d.Title);
    }

    [Fact]
    public void WithoutHeaderTheBodyIsTheWholeText()
    {
        var d = TextFileReader.FromText("d.txt", "d.txt", "Le Kenya a signé l'accord.\n", Options).Document!;
        Assert.Equal(TextSpan.FromBounds(0, "Le Kenya a signé l'accord.".Length), d.Body);
    }

    [Fact]
    public void TheDateOptionOverridesTheHeader()
    {
        var d = TextFileReader.FromText("e.txt", "e.txt", "date 2020-01\nTexte de l'article.", Options with { Date = new PartialDate(2025, 3, 4) }).Document!;
        Assert.Equal(new PartialDate(2025, 3, 4), d.Date);
        Assert.StartsWith("Texte", d[d.Body]);
    }

    [Fact]
    public void ReadsAUtf8FileWithAByteOrderMarkWithoutTheMark()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Élysée : le président reçoit.")]);
        var d = TextFileReader.Read(path, Options).Document!;
        Assert.Equal("Élysée : le président reçoit.", d.Text);
        Assert.Equal(path, d.Id);
    }

    [Fact]
    public void ReadsAUtf16FileWithItsMark()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Le Sénégal et la Gambie.")]);
        Assert.Equal("Le Sénégal et la Gambie.", TextFileReader.Read(path, Options).Document!.Text);
    }

    [Fact]
    public void AFileThatIsNotUtf8IsRefusedNamingItsLine()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("latin1.txt", Encoding.Latin1.GetBytes("Première ligne\nDeuxième ligne"));
        var item = TextFileReader.Read(path, Options);
        Assert.True(item.IsError);
        Assert.Equal($"{path}:1", item.Where);
        Assert.Contains("not valid UTF-8", item.Error);
        var later = dir.Bytes("latin1b.txt", [.. Encoding.UTF8.GetBytes("ok\nok\n"), .. Encoding.Latin1.GetBytes("été")]);
        Assert.Equal($"{later}:3", TextFileReader.Read(later, Options).Where);
    }

    [Fact]
    public void ABinaryFileIsRefused()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var item = TextFileReader.Read(path, Options);
        Assert.True(item.IsError);
        Assert.Contains("binary", item.Error);
    }

    [Fact]
    public void AnEmptyFileIsRefused()
    {
        using var dir = new TempDir();
        var item = TextFileReader.Read(dir.File("empty.txt", " \n\n "), Options);
        Assert.Equal("empty text", item.Error);
    }

    [Fact]
    public void AFileWithOnlyMetadataIsRefused()
    {
        var item = TextFileReader.FromText("m.txt", "m.txt", "date 2024-01-01\nPublicité\n", Options);
        Assert.Contains("no article text", item.Error);
    }

    [Fact]
    public void AFileOverTheLimitIsRefusedWithoutBeingRead()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(100L * 1024 * 1024);   // sparse: 100 MB of NULs
        long before = GC.GetTotalMemory(false);
        var item = TextFileReader.Read(path, Options);
        Assert.True(item.IsError);
        Assert.Contains("over the 20 MB limit", item.Error);
        Assert.True(GC.GetTotalMemory(false) - before < 50L * 1024 * 1024);
    }
}

public class MetadataHeaderTests
{
    [Theory]
    [InlineData("2023-10", "2023-10")]
    [InlineData("2023-10-13T09:30:00+02:00", "2023-10-13")]
    [InlineData("13/10/2023", "2023-10-13")]
    [InlineData("3.2.2024", "2024-02-03")]
    public void HeaderDatesInCommonForms(string text, string expected) =>
        Assert.Equal(expected, MetadataHeader.ParseDate(text).ToString());

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("octobre")]
    [InlineData("10/2023")]
    public void NotDates(string text) => Assert.Null(MetadataHeader.ParseDate(text));

    [Fact]
    public void FurnitureLinesBetweenMetadataLinesAreSkipped()
    {
        var text = "Publicité\nPartager\ndate: 12/03/2025\nLire aussi : autre article\n\nLe Bénin a rouvert sa frontière.";
        var h = MetadataHeader.Parse(text, ReaderLexicon.Default);
        Assert.Equal(new PartialDate(2025, 3, 12), h.Date);
        Assert.Equal(text.IndexOf("Le Bénin", StringComparison.Ordinal), h.BodyStart);
    }
}
