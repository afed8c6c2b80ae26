using Vigie.Coding.Lexicon;
using Vigie.Core.Data;

namespace Vigie.Tests.Lexicon;

public class FrenchVerbTests
{
    // A lexicon of the tests' own: registering lemmas in the shared one (VerbLexicon.For) would change
    // what other tests running in the same process see ("élus" read as a verb).
    private static readonly VerbLexicon Fr = VerbLexicon.Load("fr", DataDirectory.Path("lang", "fr"));

    /// <summary>Asserts that a form is analysed as the lemma in the tense, registering the lemma first.</summary>
    internal static void AssertForm(VerbLexicon lex, string form, string lemma, VerbTense tense, int? person = null, bool? plural = null, bool? feminine = null)
    {
        lex.Register(lemma);
        var analyses = lex.Analyze(form);
        Assert.True(analyses.Any(a => a.Lemma == lemma && a.Tense == tense
                && (person is null || a.Person == person) && (plural is null || a.Plural == plural) && (feminine is null || a.Feminine == feminine)),
            $"'{form}' should be {lemma} {tense} {person}{(plural == true ? "p" : "")}; got [{string.Join(", ", analyses)}]");
    }

    [Theory]
    // 1st group and its spelling classes
    [InlineData("livré", "livrer", VerbTense.PastParticiple)]
    [InlineData("livreront", "livrer", VerbTense.Future)]
    [InlineData("livrât", "livrer", VerbTense.ImperfectSubjunctive)]
    [InlineData("livraient", "livrer", VerbTense.Imperfect)]
    [InlineData("annoncèrent", "annoncer", VerbTense.SimplePast)]
    [InlineData("annonçait", "annoncer", VerbTense.Imperfect)]
    [InlineData("lançons", "lancer", VerbTense.Present)]
    [InlineData("exigeons", "exiger", VerbTense.Present)]
    [InlineData("engagea", "engager", VerbTense.SimplePast)]
    [InlineData("emploie", "employer", VerbTense.Present)]
    [InlineData("emploiera", "employer", VerbTense.Future)]
    [InlineData("paie", "payer", VerbTense.Present)]
    [InlineData("paye", "payer", VerbTense.Present)]
    [InlineData("enverra", "envoyer", VerbTense.Future)]
    [InlineData("envoie", "envoyer", VerbTense.Subjunctive)]
    [InlineData("mène", "mener", VerbTense.Present)]
    [InlineData("lèveront", "lever", VerbTense.Future)]
    [InlineData("appelle", "appeler", VerbTense.Present)]
    [InlineData("rappelleront", "rappeler", VerbTense.Future)]
    [InlineData("rejette", "rejeter", VerbTense.Present)]
    [InlineData("achète", "acheter", VerbTense.Present)]
    [InlineData("harcèlent", "harceler", VerbTense.Present)]
    [InlineData("cède", "céder", VerbTense.Present)]
    [InlineData("libèrent", "libérer", VerbTense.Present)]
    [InlineData("célèbre", "célébrer", VerbTense.Present)]
    [InlineData("protège", "protéger", VerbTense.Present)]
    [InlineData("protégeant", "protéger", VerbTense.PresentParticiple)]
    [InlineData("délègue", "déléguer", VerbTense.Present)]
    [InlineData("va", "aller", VerbTense.Present)]
    [InlineData("ira", "aller", VerbTense.Future)]
    [InlineData("aille", "aller", VerbTense.Subjunctive)]
    // 2nd group and 3rd-group -ir
    [InlineData("fourni", "fournir", VerbTense.PastParticiple)]
    [InlineData("fournissent", "fournir", VerbTense.Present)]
    [InlineData("envahirent", "envahir", VerbTense.SimplePast)]
    [InlineData("part", "partir", VerbTense.Present)]
    [InlineData("sortirent", "sortir", VerbTense.SimplePast)]
    [InlineData("dément", "démentir", VerbTense.Present)]
    [InlineData("répartissent", "répartir", VerbTense.Present)]
    [InlineData("vint", "venir", VerbTense.SimplePast)]
    [InlineData("obtiendra", "obtenir", VerbTense.Future)]
    [InlineData("soutiennent", "soutenir", VerbTense.Present)]
    [InlineData("intervînt", "intervenir", VerbTense.ImperfectSubjunctive)]
    [InlineData("ouvert", "ouvrir", VerbTense.PastParticiple)]
    [InlineData("offrirent", "offrir", VerbTense.SimplePast)]
    [InlineData("couru", "courir", VerbTense.PastParticiple)]
    [InlineData("secourra", "secourir", VerbTense.Future)]
    [InlineData("meurent", "mourir", VerbTense.Present)]
    [InlineData("mort", "mourir", VerbTense.PastParticiple)]
    [InlineData("conquis", "conquérir", VerbTense.PastParticiple)]
    [InlineData("fuient", "fuir", VerbTense.Present)]
    [InlineData("accueillera", "accueillir", VerbTense.Future)]
    // -re and -oir
    [InlineData("prendra", "prendre", VerbTense.Future)]
    [InlineData("prît", "prendre", VerbTense.ImperfectSubjunctive)]
    [InlineData("comprennent", "comprendre", VerbTense.Present)]
    [InlineData("reçu", "recevoir", VerbTense.PastParticiple)]
    [InlineData("reçoivent", "recevoir", VerbTense.Present)]
    [InlineData("vainquit", "vaincre", VerbTense.SimplePast)]
    [InlineData("convainc", "convaincre", VerbTense.Present)]
    [InlineData("détruisirent", "détruire", VerbTense.SimplePast)]
    [InlineData("construit", "construire", VerbTense.PastParticiple)]
    [InlineData("rend", "rendre", VerbTense.Present)]
    [InlineData("attendu", "attendre", VerbTense.PastParticiple)]
    [InlineData("répondit", "répondre", VerbTense.SimplePast)]
    [InlineData("rompt", "rompre", VerbTense.Present)]
    [InlineData("interrompu", "interrompre", VerbTense.PastParticiple)]
    [InlineData("mis", "mettre", VerbTense.PastParticiple)]
    [InlineData("promit", "promettre", VerbTense.SimplePast)]
    [InlineData("combattent", "combattre", VerbTense.Present)]
    [InlineData("craignent", "craindre", VerbTense.Present)]
    [InlineData("atteint", "atteindre", VerbTense.PastParticiple)]
    [InlineData("rejoignit", "rejoindre", VerbTense.SimplePast)]
    [InlineData("dites", "dire", VerbTense.Present)]
    [InlineData("interdisez", "interdire", VerbTense.Present)]
    [InlineData("fait", "faire", VerbTense.PastParticiple)]
    [InlineData("font", "faire", VerbTense.Present)]
    [InlineData("fassent", "faire", VerbTense.Subjunctive)]
    [InlineData("écrivit", "écrire", VerbTense.SimplePast)]
    [InlineData("inscrit", "inscrire", VerbTense.PastParticiple)]
    [InlineData("élu", "élire", VerbTense.PastParticiple)]
    [InlineData("croient", "croire", VerbTense.Present)]
    [InlineData("vit", "voir", VerbTense.SimplePast)]
    [InlineData("verra", "voir", VerbTense.Future)]
    [InlineData("prévoira", "prévoir", VerbTense.Future)]
    [InlineData("doit", "devoir", VerbTense.Present)]
    [InlineData("dû", "devoir", VerbTense.PastParticiple)]
    [InlineData("peut", "pouvoir", VerbTense.Present)]
    [InlineData("puisse", "pouvoir", VerbTense.Subjunctive)]
    [InlineData("voulu", "vouloir", VerbTense.PastParticiple)]
    [InlineData("veuillent", "vouloir", VerbTense.Subjunctive)]
    [InlineData("sut", "savoir", VerbTense.SimplePast)]
    [InlineData("sache", "savoir", VerbTense.Subjunctive)]
    [InlineData("vaut", "valoir", VerbTense.Present)]
    [InlineData("faut", "falloir", VerbTense.Present)]
    [InlineData("poursuit", "poursuivre", VerbTense.Present)]
    [InlineData("survécu", "survivre", VerbTense.PastParticiple)]
    [InlineData("reconnaît", "reconnaître", VerbTense.Present)]
    [InlineData("disparurent", "disparaître", VerbTense.SimplePast)]
    [InlineData("naquit", "naître", VerbTense.SimplePast)]
    [InlineData("résolu", "résoudre", VerbTense.PastParticiple)]
    [InlineData("résolvent", "résoudre", VerbTense.Present)]
    [InlineData("plaît", "plaire", VerbTense.Present)]
    [InlineData("but", "boire", VerbTense.SimplePast)]
    [InlineData("conclu", "conclure", VerbTense.PastParticiple)]
    [InlineData("inclus", "inclure", VerbTense.PastParticiple)]
    [InlineData("exclue", "exclure", VerbTense.PastParticiple)]
    [InlineData("assied", "asseoir", VerbTense.Present)]
    [InlineData("promu", "promouvoir", VerbTense.PastParticiple)]
    [InlineData("accrues", "accroître", VerbTense.PastParticiple)]
    // auxiliaries
    [InlineData("a", "avoir", VerbTense.Present)]
    [InlineData("avait", "avoir", VerbTense.Imperfect)]
    [InlineData("aurait", "avoir", VerbTense.Conditional)]
    [InlineData("eût", "avoir", VerbTense.ImperfectSubjunctive)]
    [InlineData("ont", "avoir", VerbTense.Present)]
    [InlineData("été", "être", VerbTense.PastParticiple)]
    [InlineData("sont", "être", VerbTense.Present)]
    [InlineData("fut", "être", VerbTense.SimplePast)]
    [InlineData("seraient", "être", VerbTense.Conditional)]
    public void FormIsAnalysed(string form, string lemma, VerbTense tense) => AssertForm(Fr, form, lemma, tense);

    [Fact]
    public void PastParticiplesAgreeInGenderAndNumber()
    {
        AssertForm(Fr, "livré", "livrer", VerbTense.PastParticiple, plural: false, feminine: false);
        AssertForm(Fr, "livrée", "livrer", VerbTense.PastParticiple, plural: false, feminine: true);
        AssertForm(Fr, "livrés", "livrer", VerbTense.PastParticiple, plural: true, feminine: false);
        AssertForm(Fr, "livrées", "livrer", VerbTense.PastParticiple, plural: true, feminine: true);
        AssertForm(Fr, "prises", "prendre", VerbTense.PastParticiple, plural: true, feminine: true);
    }

    [Fact]
    public void PersonAndNumberAreKept()
    {
        AssertForm(Fr, "livreront", "livrer", VerbTense.Future, person: 3, plural: true);
        AssertForm(Fr, "livrions", "livrer", VerbTense.Imperfect, person: 1, plural: true);
        AssertForm(Fr, "livrions", "livrer", VerbTense.Subjunctive, person: 1, plural: true);
        AssertForm(Fr, "livre", "livrer", VerbTense.Imperative, person: 2, plural: false);
    }

    [Fact]
    public void CompoundTensesAreMadeOfKnownForms()
    {
        // "ont été livrés": auxiliary, participle of être, agreeing participle of the verb.
        AssertForm(Fr, "ont", "avoir", VerbTense.Present, 3, true);
        AssertForm(Fr, "été", "être", VerbTense.PastParticiple);
        AssertForm(Fr, "livrés", "livrer", VerbTense.PastParticiple, plural: true);
    }

    [Theory]
    [InlineData("comprendre", "prendre")]
    [InlineData("reprendre", "prendre")]
    [InlineData("parler", "er")]
    [InlineData("placer", "cer")]
    [InlineData("appeler", "appeler")]
    [InlineData("geler", "acheter")]
    [InlineData("lever", "lever")]
    [InlineData("libérer", "céder")]
    [InlineData("protéger", "protéger")]
    [InlineData("finir", "ir")]
    [InlineData("ressentir", "partir")]
    [InlineData("apercevoir", "recevoir")]
    [InlineData("interdire", "interdire")]
    [InlineData("dire", "dire")]
    [InlineData("installer", "er")]
    [InlineData("connaître", "connaître")]
    [InlineData("naître", "naître")]
    [InlineData("savoir", "savoir")]
    public void ClassIsTheLongestMatchingSuffix(string lemma, string expectedClass)
    {
        var fr = FrenchConjugator.Load(Vigie.Core.Data.DataDirectory.Path("lang", "fr"));
        Assert.Equal(expectedClass, fr.ClassOf(lemma)?.Name);
    }

    [Fact]
    public void UnknownTokenHasNoAnalysis() => Assert.Empty(Fr.Analyze("ordinateur"));

    [Fact]
    public void RegisterMakesALemmaKnown()
    {
        var fr = VerbLexicon.Load("fr", Vigie.Core.Data.DataDirectory.Path("lang", "fr"));
        Assert.False(fr.Knows("bombarder"));
        Assert.Empty(fr.Analyze("bombardèrent"));
        fr.Register("bombarder");
        Assert.True(fr.Knows("bombarder"));
        Assert.Contains(fr.Analyze("bombardèrent"), a => a.Lemma == "bombarder" && a.Tense == VerbTense.SimplePast);
        Assert.Contains("bombardées", fr.FormsOf("bombarder"));
    }

    [Fact]
    public void FormsOfAnUnregisteredLemmaAreGeneratedWithoutRegistering()
    {
        var fr = VerbLexicon.Load("fr", Vigie.Core.Data.DataDirectory.Path("lang", "fr"));
        Assert.Contains("condamnera", fr.FormsOf("condamner"));
        Assert.False(fr.Knows("condamner"));
    }

    [Fact]
    public void AuxiliariesAreKnownFromTheStart()
    {
        var fr = VerbLexicon.Load("fr", Vigie.Core.Data.DataDirectory.Path("lang", "fr"));
        Assert.True(fr.Knows("avoir"));
        Assert.True(fr.Knows("être"));
    }

    [Fact]
    public void AFormSharedByTwoLemmasHasBothAnalyses()
    {
        // "suis" is être (present) and suivre (present).
        Fr.Register("suivre");
        var lemmas = Fr.Analyze("suis").Select(a => a.Lemma).ToHashSet();
        Assert.Contains("être", lemmas);
        Assert.Contains("suivre", lemmas);
    }
}
