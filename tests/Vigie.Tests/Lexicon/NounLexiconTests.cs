using Vigie.Core.Data;
using Vigie.Coding.Lexicon;

namespace Vigie.Tests.Lexicon;

public class NounLexiconTests
{
    [Theory]
    [InlineData("sanctions", "sanction")]
    [InlineData("travaux", "travail")]
    [InlineData("attentats", "attentat")]
    [InlineData("chevaux", "cheval")]
    [InlineData("accords", "accord")]
    [InlineData("bateaux", "bateau")]
    [InlineData("feux", "feu")]
    [InlineData("enjeux", "enjeu")]
    [InlineData("tuyaux", "tuyau")]
    [InlineData("festivals", "festival")]
    [InlineData("bijoux", "bijou")]
    [InlineData("yeux", "œil")]
    [InlineData("pays", "pays")]
    [InlineData("refus", "refus")]
    [InlineData("taux", "taux")]
    [InlineData("procès", "procès")]
    [InlineData("livraison", "livraison")]
    [InlineData("négociations", "négociation")]
    [InlineData("crises", "crise")]
    [InlineData("les", "les")]
    [InlineData("choux-fleurs", "chou-fleur")]
    [InlineData("porte-avions", "porte-avions")]
    [InlineData("cessez-le-feu", "cessez-le-feu")]
    public void FrenchSingular(string plural, string singular) => Assert.Equal(singular, NounLexicon.For("fr").Singular(plural));

    [Theory]
    [InlineData("attacks", "attack")]
    [InlineData("countries", "country")]
    [InlineData("sanctions", "sanction")]
    [InlineData("talks", "talk")]
    [InlineData("taxes", "tax")]
    [InlineData("churches", "church")]
    [InlineData("addresses", "address")]
    [InlineData("bases", "base")]
    [InlineData("houses", "house")]
    [InlineData("allies", "ally")]
    [InlineData("heroes", "hero")]
    [InlineData("embargoes", "embargo")]
    [InlineData("lives", "life")]
    [InlineData("crises", "crisis")]
    [InlineData("men", "man")]
    [InlineData("people", "person")]
    [InlineData("news", "news")]
    [InlineData("crisis", "crisis")]
    [InlineData("process", "process")]
    [InlineData("status", "status")]
    [InlineData("arms", "arms")]
    [InlineData("attack", "attack")]
    public void EnglishSingular(string plural, string singular) => Assert.Equal(singular, NounLexicon.For("en").Singular(plural));

    [Theory]
    [InlineData("fr", "sanction", "sanction|sanctions")]
    [InlineData("fr", "travail", "travail|travaux")]
    [InlineData("fr", "arsenal", "arsenal|arsenaux")]
    [InlineData("fr", "réseau", "réseau|réseaux")]
    [InlineData("fr", "cessez-le-feu", "cessez-le-feu")]
    [InlineData("fr", "pays", "pays")]
    [InlineData("fr", "idéal", "idéal|idéals|idéaux")]
    [InlineData("en", "country", "country|countries")]
    [InlineData("en", "attack", "attack|attacks")]
    [InlineData("en", "tax", "tax|taxes")]
    [InlineData("en", "crisis", "crisis|crises")]
    [InlineData("en", "person", "person|people|persons")]
    [InlineData("en", "delay", "delay|delays")]
    public void FormsAreTheLemmaAndItsPlurals(string lang, string lemma, string forms) =>
        Assert.Equal(forms.Split('|'), NounLexicon.For(lang).Forms(lemma));

    [Theory]
    [InlineData("fr", "sanction")]
    [InlineData("fr", "réseau")]
    [InlineData("fr", "tribunal")]
    [InlineData("fr", "travail")]
    [InlineData("en", "country")]
    [InlineData("en", "church")]
    [InlineData("en", "embargo")]
    [InlineData("en", "life")]
    public void EveryPluralGoesBackToItsSingular(string lang, string lemma)
    {
        var nouns = NounLexicon.For(lang);
        foreach (var form in nouns.Forms(lemma)) Assert.Equal(lemma, nouns.Singular(form));
    }

    [Fact]
    public void AnUnknownFormInTheEndingRulesNamesFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory("vigie-nouns-");
        try
        {
            File.Copy(DataDirectory.Lang("en", "noun-plurals.tsv"), Path.Combine(dir.FullName, "noun-plurals.tsv"));
            var endings = File.ReadAllText(DataDirectory.Lang("en", "noun-endings.tsv")) + "dual\ts\t-\n";
            File.WriteAllText(Path.Combine(dir.FullName, "noun-endings.tsv"), endings);
            var e = Assert.Throws<DataFileException>(() => NounLexicon.Load("en", dir.FullName));
            Assert.Equal("NOUN002", e.Code);
            Assert.EndsWith("noun-endings.tsv", e.Path);
            Assert.Equal(endings.Count(c => c == '\n'), e.Line);
        }
        finally { dir.Delete(true); }
    }
}
