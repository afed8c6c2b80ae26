using System.Text;
using Vigie.Core;
using Vigie.Text.Readers;

namespace Vigie.Tests.Readers;

public class JsonLinesReaderTests
{
    private static readonly ReaderOptions Options = new();

    private static List<InputItem> Read(string content, ReaderOptions? options = null) =>
        JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "in.jsonl", options ?? Options).ToList();

    [Fact]
    public void ReadsEveryFieldOfARecord()
    {
        var items = Read("""{"id": "a1", "text": "Le Canada a salué l'accord.", "date": "2024-05-02", "title": "Accord", "url": "https://www.exemple.fr/x", "lang": "fr", "source": "Exemple"}""" + "\n");
        var d = Assert.Single(items).Document!;
        Assert.Equal("a1", d.Id);
        Assert.Equal("Le Canada a salué l'accord.", d.Text);
        Assert.Equal(new PartialDate(2024, 5, 2), d.Date);
        Assert.Equal("Accord", d.Title);
        Assert.Equal("https://www.exemple.fr/x", d.Url);
        Assert.Equal("fr", d.Lang);
        Assert.Equal("Exemple", d.Source);
        Assert.Equal(new TextSpan(0, d.Text.Length), d.Body);
    }

    [Fact]
    public void TheUrlHostGivesTheSourceWhenNoneIsGiven()
    {
        var d = Read("""{"id": "a", "text": "Texte.", "url": "https://www.journal-exemple.fr/monde/1"}""").Single().Document!;
        Assert.Equal("journal-exemple.fr", d.Source);
    }

    [Fact]
    public void ABrokenLineIsAnErrorNamingItsLineAndTheNextLinesAreStillRead()
    {
        var items = Read("""
            {"id": "a", "text": "Premier texte."}
            {"id": "b", "text": "cassé
            {"id": "c", "text": "Troisième texte."}
            """);
        Assert.Equal(3, items.Count);
        Assert.Equal("a", items[0].Document!.Id);
        Assert.True(items[1].IsError);
        Assert.Equal("in.jsonl:2", items[1].Where);
        Assert.Equal("in.jsonl:2", items[1].Id);
        Assert.Contains("invalid JSON", items[1].Error);
        Assert.Equal("c", items[2].Document!.Id);
    }

    [Theory]
    [InlineData("""{"id": "x", "title": "no text"}""", "no \"text\"")]
    [InlineData("""{"id": "x", "text": "   "}""", "empty text")]
    [InlineData("""["not", "an", "object"]""", "expected a JSON object")]
    public void BadRecordsAreErrorsThatKeepTheirId(string line, string message)
    {
        var item = Assert.Single(Read(line));
        Assert.True(item.IsError);
        Assert.Contains(message, item.Error);
        Assert.Equal("in.jsonl:1", item.Where);
    }

    [Fact]
    public void ANonIsoDateIsIgnoredWithAWarningAndTheRecordIsRead()
    {
        var item = Assert.Single(Read("""{"id": "x", "text": "Un texte.", "date": "13/10/2023"}"""));
        Assert.False(item.IsError);
        Assert.Null(item.Document!.Date);
        Assert.Contains("'13/10/2023' is not YYYY", item.Warning);
        Assert.Equal("in.jsonl:1", item.Where);
    }

    [Fact]
    public void BlankLinesAreSkippedButCounted()
    {
        var items = Read("{\"id\": \"a\", \"text\": \"Un.\"}\n\n\n{\"id\": \"b\", \"text\": }\n");
        Assert.Equal(2, items.Count);
        Assert.Equal("in.jsonl:4", items[1].Where);
    }

    [Fact]
    public void ALineOverTheSizeLimitIsSkippedWithoutStoppingTheBatch()
    {
        var big = new string('x', 5000);
        var items = Read($"{{\"id\": \"big\", \"text\": \"{big}\"}}\n{{\"id\": \"small\", \"text\": \"Petit texte.\"}}\n",
            new ReaderOptions { MaxDocumentBytes = 1000 });
        Assert.Equal(2, items.Count);
        Assert.True(items[0].IsError);
        Assert.Contains("limit", items[0].Error);
        Assert.Equal("small", items[1].Document!.Id);
    }

    [Fact]
    public void ALineThatIsNotUtf8IsAnErrorAndTheOthersAreRead()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"Bon texte.\"}\n"));
        bytes.AddRange(Encoding.Latin1.GetBytes("{\"id\": \"b\", \"text\": \"Pr\u00e9sident\"}\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\": \"c\", \"text\": \"Élysée.\"}\n"));
        var items = JsonLinesReader.Read(new MemoryStream(bytes.ToArray()), "in.jsonl", Options).ToList();
        Assert.Equal(["a", "in.jsonl:2", "c"], items.Select(i => i.Id));
        Assert.Contains("UTF-8", items[1].Error);
        Assert.Equal("Élysée.", items[2].Document!.Text);
    }

    [Fact]
    public void DateAndLangOptionsOverrideTheRecords()
    {
        var d = Read("""{"id": "a", "text": "Texte.", "date": "2020", "lang": "en"}""",
            new ReaderOptions { Date = new PartialDate(2024, 1), Lang = "fr" }).Single().Document!;
        Assert.Equal(new PartialDate(2024, 1), d.Date);
        Assert.Equal("fr", d.Lang);
    }
}
