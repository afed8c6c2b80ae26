using Vigie.Coding.Lexicon;
using Vigie.Coding.Ontology;
using Vigie.Core.Data;

namespace Vigie.Tests.Coding;

public class EventLexiconTests
{
    private static string Write(string rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigie-evt-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# source: test\n# licence: MIT\nid\ttrigger\tkind\tcameo\tobject\tprep\tvoice\n" + rows);
        return path;
    }

    [Fact]
    public void ParsesPronominalVerbsParticlesObjectsAndPrepositions()
    {
        var path = Write("fr/042/se-rendre\tse rendre\tverb\t042\t\ten\t\nx/072\tlivrer\tverb\t072\tmatériel militaire|armes\tà|vers\t\n");
        var enPath = Write("en/021/call-for\tcall for\tverb\t021\t\t\t\n");
        try
        {
            var fr = EventLexicon.Load("fr", path, CameoOntology.Default);
            var rendre = Assert.Single(fr.ForVerb("rendre"));
            Assert.True(rendre.Pronominal);
            var livrer = Assert.Single(fr.ForVerb("livrer"));
            Assert.Equal(["materiel", "militaire"], livrer.Objects[0]);
            Assert.Equal(["a", "vers"], livrer.Prepositions);
            var en = EventLexicon.Load("en", enPath, CameoOntology.Default);
            Assert.Equal("for", Assert.Single(en.ForVerb("call")).Particle);
        }
        finally { File.Delete(path); File.Delete(enPath); }
    }

    [Fact]
    public void PatternsWithObjectsComeFirst()
    {
        var path = Write("a\tlivrer\tverb\t070\t\t\t\nb\tlivrer\tverb\t072\tarmes\t\t\n");
        try
        {
            var lex = EventLexicon.Load("fr", path, CameoOntology.Default);
            Assert.Equal(["b", "a"], lex.ForVerb("livrer").Select(p => p.Id));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ObjectSlotsAreParsedInOrder()
    {
        var path = Write("en/1411/demonstrate-leadership\tdemonstrate\tverb\t1411\tfor|demanding + resignation|step down\tagainst|in\t\n");
        try
        {
            var p = Assert.Single(EventLexicon.Load("en", path, CameoOntology.Default).ForVerb("demonstrate"));
            Assert.Equal([["for"], ["demanding"]], p.Objects);
            var next = Assert.Single(p.FollowingObjects);
            Assert.Equal([["resignation"], ["step", "down"]], next);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("a\tlivrer\tverb\t999\t\t\t\n", "EVT002")]
    [InlineData("a\tlivrer\tadjective\t070\t\t\t\n", "EVT003")]
    [InlineData("a\tlivrer\tverb\t070\t\t\t\na\tfournir\tverb\t070\t\t\t\n", "EVT001")]
    [InlineData("a\tlivrer\tverb\t070\t\t\tpassive\n", "EVT005")]
    [InlineData("a\tlivrer\tverb\t070\tarmes +  + chars\t\t\n", "EVT006")]
    public void BadRowsAreRejectedWithTheirLine(string rows, string code)
    {
        var path = Write(rows);
        try
        {
            var e = Assert.Throws<DataFileException>(() => EventLexicon.Load("fr", path, CameoOntology.Default));
            Assert.Equal(code, e.Code);
            Assert.Contains(path + ":", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void ShippedLexiconsLoad(string lang) => Assert.NotEmpty(EventLexicon.For(lang).All);
}
