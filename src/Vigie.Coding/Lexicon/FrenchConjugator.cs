using Vigie.Core.Data;

namespace Vigie.Coding.Lexicon;

/// <summary>
/// French conjugation from data/lang/fr/conjugations.tsv (classes) and verbs.tsv (lemmas whose
/// class the suffix cannot tell). A lemma takes the class whose <c>select</c> suffix matches it
/// most specifically (<see cref="SuffixPattern.Specificity"/>); the class's <c>strip</c> pattern
/// is removed and each ending is appended to what remains.
/// </summary>
internal sealed class FrenchConjugator : IConjugator
{
    /// <summary>Tense columns of conjugations.tsv and how many slots each has.</summary>
    internal static readonly IReadOnlyDictionary<string, (VerbTense Tense, int Slots)> Tenses = new Dictionary<string, (VerbTense, int)>
    {
        ["infinitive"] = (VerbTense.Infinitive, 1),
        ["present"] = (VerbTense.Present, 6),
        ["imperfect"] = (VerbTense.Imperfect, 6),
        ["simple-past"] = (VerbTense.SimplePast, 6),
        ["future"] = (VerbTense.Future, 6),
        ["conditional"] = (VerbTense.Conditional, 6),
        ["subjunctive"] = (VerbTense.Subjunctive, 6),
        ["imperfect-subjunctive"] = (VerbTense.ImperfectSubjunctive, 6),
        ["imperative"] = (VerbTense.Imperative, 3),
        ["present-participle"] = (VerbTense.PresentParticiple, 1),
        ["past-participle"] = (VerbTense.PastParticiple, 4),
    };

    private readonly List<ConjugationClass> _classes;
    private readonly Dictionary<string, ConjugationClass> _forced;

    private FrenchConjugator(List<ConjugationClass> classes, Dictionary<string, ConjugationClass> forced)
    {
        _classes = classes;
        _forced = forced;
    }

    public IEnumerable<string> BuiltInLemmas => _forced.Keys;

    internal IReadOnlyList<ConjugationClass> Classes => _classes;

    public static FrenchConjugator Load(string folder)
    {
        var classes = ConjugationClass.LoadAll(DataFile.Load(Path.Combine(folder, "conjugations.tsv"), "class", "select", "strip", "tense", "forms"));
        var byName = classes.ToDictionary(c => c.Name);
        var forced = new Dictionary<string, ConjugationClass>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(Path.Combine(folder, "verbs.tsv"), "lemma", "class").Rows)
        {
            var lemma = row["lemma"];
            var name = row["class"];
            if (!byName.TryGetValue(name, out var cls)) throw row.Error($"unknown conjugation class '{name}'", "VERB002");
            if (cls.Strip.Match(lemma) is null) throw row.Error($"class '{name}' (ending '{cls.Strip}') cannot conjugate '{lemma}'", "VERB003");
            if (!forced.TryAdd(lemma, cls)) throw row.Error($"lemma '{lemma}' listed twice", "VERB004");
        }
        return new FrenchConjugator(classes, forced);
    }

    /// <summary>The class of a lemma: forced by verbs.tsv, else the most specific matching suffix; null when none fits.</summary>
    public ConjugationClass? ClassOf(string lemma)
    {
        if (_forced.TryGetValue(lemma, out var forced)) return forced;
        ConjugationClass? best = null;
        int bestSpec = -1;
        foreach (var cls in _classes)
        {
            foreach (var select in cls.Select)
            {
                // Strict '>' keeps the first class of the file on a tie.
                if (select.Specificity > bestSpec && select.Match(lemma) is not null && cls.Strip.Match(lemma) is not null)
                {
                    best = cls;
                    bestSpec = select.Specificity;
                }
            }
        }
        return best;
    }

    public IReadOnlyList<GeneratedForm>? Conjugate(string lemma) => ClassOf(lemma)?.Conjugate(lemma);
}

/// <summary>
/// One conjugation class: its selecting suffixes, the ending it strips, and for each tense the
/// endings of every slot. In a slot, "-" is the bare stem, "~" means the form does not exist,
/// "a/b" gives two accepted forms, and "*" re-inserts the letters the strip pattern's class matched.
/// </summary>
internal sealed class ConjugationClass
{
    public required string Name { get; init; }
    public required IReadOnlyList<SuffixPattern> Select { get; init; }
    public required SuffixPattern Strip { get; init; }
    /// <summary>Tense → slot → alternative endings.</summary>
    public required IReadOnlyDictionary<VerbTense, string[][]> Endings { get; init; }

    public IReadOnlyList<GeneratedForm>? Conjugate(string lemma)
    {
        if (Strip.Match(lemma) is not (var stem, var captured)) return null;
        var result = new List<GeneratedForm>(64);
        foreach (var (tense, slots) in Endings)
        {
            for (int i = 0; i < slots.Length; i++)
            {
                var analysis = Analysis(lemma, tense, i);
                foreach (var ending in slots[i])
                    result.Add(new GeneratedForm(stem + ending.Replace("*", captured), analysis));
            }
        }
        return result;
    }

    /// <summary>What slot i of a tense means: persons 1s 2s 3s 1p 2p 3p; imperative 2s 1p 2p; participles ms fs mp fp.</summary>
    private static VerbForm Analysis(string lemma, VerbTense tense, int slot) => tense switch
    {
        VerbTense.Imperative => new VerbForm(lemma, tense, slot == 1 ? 1 : 2, slot > 0, false),
        VerbTense.PastParticiple => new VerbForm(lemma, tense, 0, slot >= 2, slot % 2 == 1),
        VerbTense.Infinitive or VerbTense.PresentParticiple => new VerbForm(lemma, tense, 0, false, false),
        _ => new VerbForm(lemma, tense, slot % 3 + 1, slot >= 3, false),
    };

    /// <summary>Reads conjugations.tsv: rows (class, select, strip, tense, forms); select and strip are given once per class.</summary>
    internal static List<ConjugationClass> LoadAll(DataFile file)
    {
        var order = new List<string>();
        var select = new Dictionary<string, List<SuffixPattern>>();
        var strip = new Dictionary<string, SuffixPattern>();
        var endings = new Dictionary<string, Dictionary<VerbTense, string[][]>>();
        var firstLine = new Dictionary<string, DataRow>();
        foreach (var row in file.Rows)
        {
            var name = row["class"];
            if (!endings.ContainsKey(name))
            {
                order.Add(name);
                endings[name] = [];
                select[name] = [];
                firstLine[name] = row;
            }
            try
            {
                foreach (var s in row.List("select")) select[name].Add(SuffixPattern.Parse(s));
                if (row.Optional("strip") is { } st)
                {
                    if (strip.ContainsKey(name)) throw row.Error($"class '{name}' has two strip patterns", "VERB005");
                    strip[name] = SuffixPattern.Parse(st);
                }
            }
            catch (FormatException e) { throw row.Error(e.Message, "VERB006"); }

            var tenseName = row["tense"];
            if (!FrenchConjugator.Tenses.TryGetValue(tenseName, out var t))
                throw row.Error($"unknown tense '{tenseName}' (known: {string.Join(", ", FrenchConjugator.Tenses.Keys)})", "VERB007");
            var slots = row["forms"].Split('|', StringSplitOptions.TrimEntries);
            if (slots.Length != t.Slots) throw row.Error($"{tenseName} needs {t.Slots} forms, found {slots.Length}", "VERB008");
            if (!endings[name].TryAdd(t.Tense, slots.Select(ParseSlot).ToArray()))
                throw row.Error($"class '{name}' defines {tenseName} twice", "VERB009");
        }
        var classes = new List<ConjugationClass>();
        foreach (var name in order)
        {
            var row = firstLine[name];
            if (!strip.TryGetValue(name, out var st)) throw row.Error($"class '{name}' has no strip pattern", "VERB010");
            var missing = FrenchConjugator.Tenses.Where(t => !endings[name].ContainsKey(t.Value.Tense)).Select(t => t.Key).ToList();
            if (missing.Count > 0) throw row.Error($"class '{name}' lacks {string.Join(", ", missing)}", "VERB011");
            classes.Add(new ConjugationClass { Name = name, Select = select[name], Strip = st, Endings = endings[name] });
        }
        return classes;
    }

    private static string[] ParseSlot(string slot)
    {
        if (slot == "~") return [];
        return slot.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e == "-" ? "" : e).ToArray();
    }
}
