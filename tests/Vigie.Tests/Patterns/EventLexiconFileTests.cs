using Vigie.Coding.Lexicon;
using Vigie.Coding.Ontology;
using Vigie.Core.Data;

namespace Vigie.Tests.Patterns;

/// <summary>The shipped event pattern files (data/lang/xx/events.tsv): they load, and they cover CAMEO.</summary>
public class EventLexiconFileTests(ITestOutputHelper output)
{
    public static TheoryData<string> Langs => new() { "fr", "en" };

    private static EventLexicon Load(string lang) =>
        EventLexicon.Load(lang, DataDirectory.Lang(lang, "events.tsv"), CameoOntology.Default);

    private static readonly string[] Roots = Enumerable.Range(1, 20).Select(i => i.ToString("00")).ToArray();

    [Theory, MemberData(nameof(Langs))]
    public void FileLoadsWithUniqueIdsAndValidCodes(string lang)
    {
        var lex = Load(lang);   // the loader rejects duplicate ids and unknown codes
        Assert.True(lex.All.Count >= 300, $"{lang}: only {lex.All.Count} patterns");
        Assert.Equal(lex.All.Count, lex.All.Select(p => p.Id).Distinct().Count());
        Assert.All(lex.All, p => Assert.True(CameoOntology.Default.Contains(p.Cameo), p.Id));
    }

    [Theory, MemberData(nameof(Langs))]
    public void IdsFollowTheNamingScheme(string lang)
    {
        foreach (var p in Load(lang).All)
        {
            var parts = p.Id.Split('/');
            Assert.True(parts.Length == 3, p.Id);
            Assert.Equal(lang, parts[0]);
            Assert.Equal(p.Cameo, parts[1]);
            Assert.Matches("^[a-z0-9-]+$", parts[2]);
        }
    }

    [Theory, MemberData(nameof(Langs))]
    public void EveryRootHasAVerbPattern(string lang)
    {
        var lex = Load(lang);
        var missing = Roots.Where(r => !lex.All.Any(p => p.Kind == TriggerKind.Verb && p.Cameo.StartsWith(r, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, $"{lang}: no verb pattern for roots {string.Join(", ", missing)}");
    }

    [Theory, MemberData(nameof(Langs))]
    public void EveryScoredRootHasABarePatternOrANoun(string lang)
    {
        // Root 01 is not scored; every other root must fire without an object condition somewhere.
        var lex = Load(lang);
        foreach (var r in Roots.Skip(1))
            Assert.True(lex.All.Any(p => p.Cameo.StartsWith(r, StringComparison.Ordinal) && (p.Objects.Count == 0 || p.Kind == TriggerKind.Noun)), $"{lang}: root {r}");
    }

    [Theory]
    [InlineData("fr", "livrer", "armes", "072")]
    [InlineData("fr", "livrer", null, "070")]
    [InlineData("fr", "lancer", "offensive", "190")]
    [InlineData("fr", "imposer", "sanctions", "163")]
    [InlineData("fr", "rappeler", "ambassadeur", "161")]
    [InlineData("fr", "appeler", "cessez-le-feu", "0256")]
    [InlineData("en", "deliver", "weapons", "072")]
    [InlineData("en", "impose", "sanctions", "163")]
    [InlineData("en", "carry", "airstrikes", "195")]
    [InlineData("en", "recall", "ambassador", "161")]
    public void ObjectConditionsRefineTheCode(string lang, string lemma, string? objectWord, string expected)
    {
        // A miniature of the coder's rule: patterns with an object come first; the first whose object is present wins.
        var folded = objectWord is null ? null : Vigie.Text.TextNormalizer.Fold(objectWord);
        var hit = Load(lang).ForVerb(lemma).First(p =>
            p.Objects.Count == 0 || (folded is not null && p.Objects.Any(o => o.Length == 1 && (folded == o[0] || folded == o[0] + "s" || folded == o[0] + "x"))));
        Assert.Equal(expected, hit.Cameo);
    }

    [Theory, MemberData(nameof(Langs))]
    public void PronominalAndPhrasalTriggersAreParsed(string lang)
    {
        var lex = Load(lang);
        if (lang == "fr")
        {
            Assert.Contains(lex.ForVerb("rendre"), p => p.Pronominal && p.Cameo == "042");
            Assert.Contains(lex.ForVerb("excuser"), p => p.Pronominal && p.Cameo == "055");
        }
        else
        {
            Assert.Contains(lex.ForVerb("call"), p => p.Particle == "for" && p.Cameo == "020");
            Assert.Contains(lex.ForVerb("step"), p => p.Particle == "down" && p.Cameo == "0831");
        }
    }

    [Fact]
    public void CompletenessReport()
    {
        var ontology = CameoOntology.Default;
        var all = ontology.All.Select(c => c.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();
        var report = new System.Text.StringBuilder();
        foreach (var lang in new[] { "fr", "en" })
        {
            var lex = Load(lang);
            var codes = lex.All.Select(p => p.Cameo).ToHashSet();
            report.AppendLine($"{lang}: {lex.All.Count} patterns ({lex.All.Count(p => p.Kind == TriggerKind.Verb)} verb, {lex.All.Count(p => p.Kind == TriggerKind.Noun)} noun), {codes.Count}/{all.Count} codes");
            foreach (var r in Roots)
            {
                var rows = lex.All.Count(p => p.Cameo.StartsWith(r, StringComparison.Ordinal));
                var inRoot = all.Where(c => c.StartsWith(r, StringComparison.Ordinal)).ToList();
                var missing = inRoot.Where(c => !codes.Contains(c)).ToList();
                report.AppendLine($"  {r}: {rows,4} rows, {inRoot.Count - missing.Count}/{inRoot.Count} codes; missing {string.Join(' ', missing)}");
            }
        }
        output.WriteLine(report.ToString());
        // The three-digit codes that wire copy marks must all be reachable in both languages.
        string[] required = ["020", "036", "040", "041", "042", "043", "045", "046", "051", "054", "055", "057", "061", "062", "063", "064",
            "071", "072", "073", "074", "075", "0831", "0841", "085", "0871", "0874", "090", "100", "111", "112", "1124", "114", "115", "120", "125", "128", "129",
            "130", "138", "139", "141", "142", "143", "145", "154", "161", "162", "163", "164", "166", "171", "172", "173", "174", "175",
            "181", "182", "1823", "183", "185", "186", "190", "191", "192", "193", "194", "195", "196", "202", "203", "2041"];
        foreach (var lang in new[] { "fr", "en" })
        {
            var codes = Load(lang).All.Select(p => p.Cameo).ToHashSet();
            var missing = required.Where(c => !codes.Contains(c)).ToList();
            Assert.True(missing.Count == 0, $"{lang}: missing {string.Join(", ", missing)}");
        }
    }
}
