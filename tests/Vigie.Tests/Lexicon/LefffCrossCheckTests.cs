using System.Text;
using Vigie.Coding.Lexicon;
using Vigie.Core.Data;

namespace Vigie.Tests.Lexicon;

/// <summary>
/// Checks the generated French forms against the Lefff morphological lexicon (LGPL-LR), read at
/// test time from the shared folder and never copied into Vigie: for each sampled lemma, every
/// form generated for a (tense, person, number) or participle (gender, number) must be one that
/// Lefff lists for that lemma and tag. Lefff tags: P present, I imperfect, J simple past,
/// F future, C conditional, S subjunctive, T imperfect subjunctive, Y imperative, then persons
/// and number ("PS13s" = present and subjunctive, 1st and 3rd singular); K past participle with
/// gender and number ("Kfp"; "Km" both numbers, "K" all four); G present participle; W infinitive.
/// </summary>
public class LefffCrossCheckTests
{
    private static readonly Lazy<string> RepoRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Vigie.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Vigie.sln not found above " + AppContext.BaseDirectory);
    });

    private static string? LefffPath()
    {
        var env = Environment.GetEnvironmentVariable("VIGIE_LEFFF");
        if (!string.IsNullOrEmpty(env)) return File.Exists(env) ? env : null;
        var shared = Path.Combine(RepoRoot.Value, "..", "shared", "data", "lefff", "lefff-3.4.mlex");
        return File.Exists(shared) ? Path.GetFullPath(shared) : null;
    }

    private static DataFile Sample() =>
        DataFile.Load(Path.Combine(RepoRoot.Value, "tests", "Vigie.Tests", "Lexicon", "fr-verb-sample.tsv"), "lemma", "class");

    /// <summary>The slot key a generated form is checked under: "P3s", "Kfp", "W", "G".</summary>
    private static string Key(VerbForm f) => f.Tense switch
    {
        VerbTense.Infinitive => "W",
        VerbTense.PresentParticiple => "G",
        VerbTense.PastParticiple => "K" + (f.Feminine ? "f" : "m") + (f.Plural ? "p" : "s"),
        _ => $"{TenseLetter(f.Tense)}{f.Person}{(f.Plural ? "p" : "s")}",
    };

    private static char TenseLetter(VerbTense t) => t switch
    {
        VerbTense.Present => 'P', VerbTense.Imperfect => 'I', VerbTense.SimplePast => 'J', VerbTense.Future => 'F',
        VerbTense.Conditional => 'C', VerbTense.Subjunctive => 'S', VerbTense.ImperfectSubjunctive => 'T',
        VerbTense.Imperative => 'Y', _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    /// <summary>Expands a Lefff tag into slot keys ("PS13s" → P1s P3s S1s S3s; "Km" → Kms Kmp).</summary>
    internal static IEnumerable<string> Expand(string tag)
    {
        if (tag is "W" or "G") { yield return tag; yield break; }
        if (tag.StartsWith('K'))
        {
            var rest = tag[1..];
            var genders = rest.Length > 0 && rest[0] is 'm' or 'f' ? rest[..1] : "mf";
            var after = rest.TrimStart('m', 'f');
            var numbers = after.Length > 0 ? after : "sp";
            foreach (var g in genders) foreach (var n in numbers) yield return $"K{g}{n}";
            yield break;
        }
        int i = 0;
        while (i < tag.Length && char.IsUpper(tag[i])) i++;
        int j = i;
        while (j < tag.Length && char.IsDigit(tag[j])) j++;
        if (i == 0 || j == i || j != tag.Length - 1 || tag[j] is not ('s' or 'p')) yield break;
        foreach (var t in tag[..i]) foreach (var p in tag[i..j]) yield return $"{t}{p}{tag[j]}";
    }

    [Fact]
    public void SampleCoversEveryConjugationClass()
    {
        var fr = FrenchConjugator.Load(DataDirectory.Path("lang", "fr"));
        var sampled = Sample().Rows.Select(r => r["class"]).ToHashSet();
        var unsampled = fr.Classes.Select(c => c.Name).Where(c => !sampled.Contains(c)).ToList();
        Assert.True(unsampled.Count == 0, "classes without a sampled lemma: " + string.Join(", ", unsampled));
        Assert.True(Sample().Rows.Count >= 150, "the sample must hold at least 150 lemmas");
    }

    [Fact]
    public void SampledLemmasGetTheirClass()
    {
        var fr = FrenchConjugator.Load(DataDirectory.Path("lang", "fr"));
        var wrong = Sample().Rows.Where(r => fr.ClassOf(r["lemma"])?.Name != r["class"])
            .Select(r => $"{r["lemma"]}: {fr.ClassOf(r["lemma"])?.Name ?? "none"} instead of {r["class"]}").ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void GeneratedFormsAreFormsLefffLists()
    {
        var path = LefffPath();
        if (path is null) Assert.Skip("Lefff not found (../shared/data/lefff/lefff-3.4.mlex or $VIGIE_LEFFF): cross-check skipped");

        var lemmas = Sample().Rows.Select(r => r["lemma"]).ToHashSet();
        // lemma → slot key → forms Lefff lists.
        var lefff = new Dictionary<string, Dictionary<string, HashSet<string>>>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var cells = line.Split('\t');
            if (cells.Length < 4 || cells[1] is not ("v" or "auxAvoir" or "auxEtre") || !lemmas.Contains(cells[2])) continue;
            if (!lefff.TryGetValue(cells[2], out var slots)) lefff[cells[2]] = slots = [];
            foreach (var key in Expand(cells[3]))
            {
                if (!slots.TryGetValue(key, out var forms)) slots[key] = forms = [];
                forms.Add(cells[0]);
            }
        }

        var lexicon = VerbLexicon.Load("fr", DataDirectory.Path("lang", "fr"));
        int generated = 0, agreed = 0, lefffSlots = 0, covered = 0;
        var disagreements = new List<string>();
        var reviewed = new List<string>();
        var divergences = DataFile.Load(Path.Combine(RepoRoot.Value, "tests", "Vigie.Tests", "Lexicon", "lefff-divergences.tsv"), "lemma", "slot", "form", "reason")
            .Rows.Select(r => (r["lemma"], r["slot"], r["form"])).ToHashSet();
        var uncovered = new List<string>();
        var missingLemmas = new List<string>();
        foreach (var lemma in lemmas.Order())
        {
            if (!lefff.TryGetValue(lemma, out var slots)) { missingLemmas.Add(lemma); continue; }
            lexicon.Register(lemma);
            var mine = new Dictionary<string, HashSet<string>>();
            foreach (var form in lexicon.FormsOf(lemma))
                foreach (var a in lexicon.Analyze(form).Where(a => a.Lemma == lemma))
                {
                    var key = Key(a);
                    if (!mine.TryGetValue(key, out var set)) mine[key] = set = [];
                    set.Add(form);
                }
            foreach (var (key, forms) in mine)
                foreach (var form in forms)
                {
                    generated++;
                    if (slots.TryGetValue(key, out var listed) && listed.Contains(form)) agreed++;
                    else if (divergences.Contains((lemma, key, form))) reviewed.Add($"{lemma} {key}: {form}");
                    else disagreements.Add($"{lemma} {key}: {form} (Lefff: {(listed is null ? "none" : string.Join("/", listed))})");
                }
            foreach (var key in slots.Keys)
            {
                lefffSlots++;
                if (mine.ContainsKey(key)) covered++;
                else uncovered.Add($"{lemma} {key}: {string.Join("/", slots[key])}");
            }
        }

        var report = $"Lefff cross-check: {lemmas.Count - missingLemmas.Count} lemmas, {agreed}/{generated} generated forms agree " +
                     $"({100.0 * agreed / generated:F2}%), {reviewed.Count} reviewed divergences, {disagreements.Count} unexplained; " +
                     $"{covered}/{lefffSlots} Lefff slots generated ({100.0 * covered / lefffSlots:F2}%)";
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(report);
        foreach (var d in disagreements) output?.WriteLine("  disagrees: " + d);
        foreach (var d in reviewed) output?.WriteLine("  reviewed divergence: " + d);
        foreach (var u in uncovered) output?.WriteLine("  Lefff slot not generated: " + u);
        Assert.Empty(missingLemmas);
        Assert.True(disagreements.Count == 0, report + "\n" + string.Join("\n", disagreements));
        // A reviewed divergence that no longer occurs is stale and must be removed from the list.
        Assert.Equal(divergences.Count, reviewed.Distinct().Count());
    }
}
