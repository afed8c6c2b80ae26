using Vigie.Coding.Lexicon;
using Vigie.Core.Data;

namespace Vigie.Tests.Lexicon;

/// <summary>Registering lemmas in a lexicon (its speed is measured in bench/, not here).</summary>
public class VerbLexiconLoadTests
{
    /// <summary>About 1,000 distinct lemmas: the French sample with the prefixes French verbs commonly take (those a class fits).</summary>
    private static List<string> ThousandFrenchLemmas()
    {
        var fr = FrenchConjugator.Load(DataDirectory.Path("lang", "fr"));
        var sample = DataFile.Load(Path.Combine(Repo.Root, "tests", "Vigie.Tests", "Lexicon", "fr-verb-sample.tsv"), "lemma").Rows
            .Select(r => r["lemma"]).ToList();
        return sample.Concat(sample.Select(l => "re" + l)).Concat(sample.Select(l => "dé" + l)).Concat(sample.Select(l => "sur" + l))
            .Distinct().Where(l => fr.ClassOf(l) is not null).ToList();
    }

    [Fact]
    public void RegisterAndAnalyzeMayRunConcurrently()
    {
        var lemmas = ThousandFrenchLemmas();
        var fr = VerbLexicon.Load("fr", DataDirectory.Path("lang", "fr"));
        var readers = Task.Run(() =>
        {
            for (int i = 0; i < 20_000; i++)
            {
                var analyses = fr.Analyze("a");
                Assert.Contains(analyses, a => a.Lemma == "avoir");
            }
        });
        Parallel.ForEach(lemmas, l => fr.Register(l));
        readers.Wait(TestContext.Current.CancellationToken);
        Assert.All(lemmas, l => Assert.True(fr.Analyze(fr.FormsOf(l)[1]).Any(a => a.Lemma == l), $"{l}: {fr.FormsOf(l)[1]} → {string.Join(", ", fr.Analyze(fr.FormsOf(l)[1]))}"));
    }

    [Fact]
    public void ALemmaNoClassFitsIsIgnored()
    {
        var fr = VerbLexicon.Load("fr", DataDirectory.Path("lang", "fr"));
        fr.Register("selon");
        Assert.False(fr.Knows("selon"));
        Assert.Empty(fr.FormsOf("selon"));
    }

    [Theory]
    [InlineData("se retirer")]
    [InlineData("s'engager")]
    public void APhraseIsNotALemma(string phrase)
    {
        var fr = VerbLexicon.Load("fr", DataDirectory.Path("lang", "fr"));
        fr.Register(phrase);
        Assert.False(fr.Knows(phrase));
    }

    [Fact]
    public void HyphenatedLemmasConjugate()
    {
        var fr = VerbLexicon.Load("fr", DataDirectory.Path("lang", "fr"));
        fr.Register("court-circuiter");
        Assert.Contains(fr.Analyze("court-circuitèrent"), a => a.Lemma == "court-circuiter" && a.Tense == VerbTense.SimplePast);
    }

    [Fact]
    public void ForReturnsOneSharedInstancePerLanguage() =>
        Assert.Same(VerbLexicon.For("fr"), VerbLexicon.For("fr"));

    [Fact]
    public void UnknownLanguageIsRejected() => Assert.Throws<ArgumentException>(() => VerbLexicon.For("xx"));

    private static DataFileException LoadError(string text)
    {
        var file = DataFile.Parse("conjugations.tsv", new StringReader(text), "class", "select", "strip", "tense", "forms");
        return Assert.Throws<DataFileException>(() => ConjugationClass.LoadAll(file));
    }

    private const string Header = "# source: test\n# licence: MIT\nclass\tselect\tstrip\ttense\tforms\n";

    [Fact]
    public void WrongNumberOfFormsNamesTheLine()
    {
        var e = LoadError(Header + "er\ter\ter\tinfinitive\ter\ner\t\t\tpresent\te|es|e|ons|ez\n");
        Assert.Equal(5, e.Line);
        Assert.Contains("conjugations.tsv:5", e.Message);
        Assert.Contains("present needs 6 forms", e.Message);
    }

    [Fact]
    public void UnknownTenseNamesTheLine()
    {
        var e = LoadError(Header + "er\ter\ter\tpluperfect\ter\n");
        Assert.Equal(4, e.Line);
        Assert.Contains("unknown tense 'pluperfect'", e.Message);
    }

    [Fact]
    public void AClassLackingATenseIsAnError()
    {
        var e = LoadError(Header + "er\ter\ter\tinfinitive\ter\n");
        Assert.Contains("class 'er' lacks present", e.Message);
    }

    [Fact]
    public void MalformedPatternNamesTheLine()
    {
        var e = LoadError(Header + "er\te[bc\ter\tinfinitive\ter\n");
        Assert.Equal(4, e.Line);
        Assert.Contains("unclosed '['", e.Message);
    }
}

/// <summary>Paths in the repository, for tests that read test data kept beside the sources.</summary>
internal static class Repo
{
    private static readonly Lazy<string> _root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Vigie.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Vigie.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => _root.Value;
}
