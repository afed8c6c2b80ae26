using System.Text;
using Vigie.Text.Readers;

namespace Vigie.Tests.Readers;

public class DocumentSourceTests
{
    private static readonly ReaderOptions Options = new();

    [Fact]
    public void ADirectoryIsReadRecursivelyInNameOrderByExtension()
    {
        using var dir = new TempDir();
        dir.File("b.txt", "Le Chili a rappelé son ambassadeur.");
        dir.File("a.jsonl", "{\"id\": \"j1\", \"text\": \"Un.\"}\n{\"id\": \"j2\", \"text\": \"Deux.\"}\n");
        dir.File("sub/c.html", "<html><body><article><p>La Bolivie et le Pérou ont signé un accord de coopération frontalière.</p></article></body></html>");
        dir.File("sub/notes.md", "# not an article");
        dir.File(".hidden/d.txt", "Caché.");
        dir.File("z.htm", "<html><body><main><p>Le Brésil a annoncé une aide d'urgence pour les régions inondées.</p></main></body></html>");
        var ids = DocumentSource.Read([dir.Path], Options).Select(i => i.Id).ToList();
        Assert.Equal(["j1", "j2", Path.Combine(dir.Path, "b.txt"), Path.Combine(dir.Path, "sub", "c.html"), Path.Combine(dir.Path, "z.htm")], ids);
    }

    [Fact]
    public void InputsAreReadInTheOrderGivenAndAMissingOneIsAnError()
    {
        using var dir = new TempDir();
        var a = dir.File("a.txt", "Texte A.");
        var b = dir.File("b.txt", "Texte B.");
        var items = DocumentSource.Read([b, Path.Combine(dir.Path, "missing.txt"), a], Options).ToList();
        Assert.Equal([b, Path.Combine(dir.Path, "missing.txt"), a], items.Select(i => i.Id));
        Assert.Contains("no such file", items[1].Error);
    }

    [Fact]
    public void StandardInputStartingWithABraceIsJsonLines()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("\n {\"id\": \"s1\", \"text\": \"Un.\"}\n{\"id\": \"s2\", \"text\": \"Deux.\"}\n"));
        var items = DocumentSource.Read(["-"], Options, stdin).ToList();
        Assert.Equal(["s1", "s2"], items.Select(i => i.Id));
        Assert.Equal("Un.", items[0].Document!.Text);
    }

    [Fact]
    public void OtherStandardInputIsOneTextDocument()
    {
        var text = "date 2024-03\nL'Inde et le Népal ont signé un accord.";
        var item = Assert.Single(DocumentSource.Read(["-"], Options, new MemoryStream(Encoding.UTF8.GetBytes(text))));
        Assert.Equal("-", item.Id);
        Assert.Equal(text, item.Document!.Text);
        Assert.Equal("2024-03", item.Document.Date.ToString());
    }

    [Fact]
    public void StandardInputStartingWithATagIsAnHtmlPage()
    {
        var page = "<!DOCTYPE html><html lang=\"fr\"><body><nav>Accueil</nav><article><p>La Colombie et l'Équateur ont rétabli leurs relations diplomatiques.</p><p>Publicité</p></article></body></html>";
        var item = Assert.Single(DocumentSource.Read(["-"], Options, new MemoryStream(Encoding.UTF8.GetBytes(page))));
        Assert.Equal("La Colombie et l'Équateur ont rétabli leurs relations diplomatiques.", item.Document!.Text);
    }

    [Fact]
    public void ABigJsonLinesFileIsStreamed()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "big.jsonl");
        using (var w = new StreamWriter(path))
            for (int i = 0; i < 20000; i++) w.WriteLine($"{{\"id\": \"d{i}\", \"text\": \"Le pays {i} a signé un accord de coopération avec son voisin.\"}}");
        int count = 0;
        foreach (var item in DocumentSource.Read([path], Options)) { Assert.False(item.IsError); count++; }
        Assert.Equal(20000, count);
    }

    [Fact]
    public void ReaderDataFilesLoad()
    {
        var lexicon = ReaderLexicon.Default;
        Assert.True(lexicon.IsFurniture("Publicité"));
        Assert.True(lexicon.IsFurniture("Lire aussi : autre chose"));
        Assert.True(lexicon.IsFurniture("ADVERTISEMENT"));
        Assert.False(lexicon.IsFurniture("Le président a partagé son avis."));
        Assert.True(lexicon.IsFurnitureClass("article-share-buttons"));
        Assert.False(lexicon.IsFurnitureClass("article-body"));
        Assert.Equal("date", lexicon.Field("publie le"));
    }
}
