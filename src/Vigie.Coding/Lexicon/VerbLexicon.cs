using System.Collections.Concurrent;
using Vigie.Core.Data;

namespace Vigie.Coding.Lexicon;

/// <summary>Tenses and non-finite forms. English uses Base (infinitive/non-3rd-person present), Present (3rd person singular), SimplePast, the participles.</summary>
public enum VerbTense
{
    Infinitive, Present, Imperfect, SimplePast, Future, Conditional, Subjunctive, ImperfectSubjunctive,
    Imperative, PastParticiple, PresentParticiple, Base,
}

/// <summary>
/// One analysis of a verb form: "livrés" → (livrer, PastParticiple, plural, masculine).
/// <see cref="Person"/> is 1–3 for finite forms and 0 where person does not apply (infinitive,
/// participles, English forms other than the 3rd person singular present).
/// </summary>
public readonly record struct VerbForm(string Lemma, VerbTense Tense, int Person, bool Plural, bool Feminine);

/// <summary>
/// Every form of every verb of a language's verb list, generated from each lemma and its
/// conjugation class (data/lang/xx/verbs.tsv and conjugations.tsv), never listed by hand.
/// Lookups take the token's <c>Norm</c>.
/// </summary>
/// <remarks>
/// All forms of a lemma are generated when it is registered, so <see cref="Analyze"/> is one
/// dictionary lookup. Registration may run concurrently with lookups: a form's analyses are an
/// array that is replaced, never modified, so a reader always sees a complete array.
/// </remarks>
public sealed partial class VerbLexicon
{
    private static readonly ConcurrentDictionary<string, Lazy<VerbLexicon>> _byLang = new();

    private readonly IConjugator _conjugator;
    // Writers hold _writeLock, so one lock level suffices; the capacity fits about a thousand
    // lemmas, since growing a ConcurrentDictionary is what makes bulk registration slow.
    private readonly ConcurrentDictionary<string, VerbForm[]> _analyses = new(1, 1 << 16, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _forms = new(1, 2048, StringComparer.Ordinal);
    private readonly Lock _writeLock = new();

    private VerbLexicon(IConjugator conjugator)
    {
        _conjugator = conjugator;
        foreach (var lemma in conjugator.BuiltInLemmas) Register(lemma);
    }

    /// <summary>The lexicon of a language ("fr" or "en"), loaded once from the data folder; thread-safe.</summary>
    /// <exception cref="ArgumentException">the language has no verb data.</exception>
    /// <exception cref="DataFileException">a data file is missing or malformed.</exception>
    public static VerbLexicon For(string lang) =>
        _byLang.GetOrAdd(lang, l => new Lazy<VerbLexicon>(() => Load(l, DataDirectory.Path("lang", l)))).Value;

    /// <summary>A fresh lexicon from a data folder (data/lang/xx), not shared with <see cref="For"/>.</summary>
    public static VerbLexicon Load(string lang, string folder) => lang switch
    {
        "fr" => new VerbLexicon(FrenchConjugator.Load(folder)),
        "en" => new VerbLexicon(EnglishConjugator.Load(folder)),
        _ => throw new ArgumentException($"no verb morphology for language '{lang}'", nameof(lang)),
    };

    /// <summary>All analyses of a normalised token ("livrés", "prît", "stopped"); empty when it is no form of a known lemma.</summary>
    public IReadOnlyList<VerbForm> Analyze(string norm) =>
        _analyses.TryGetValue(norm, out var a) ? a : [];

    /// <summary>
    /// Every distinct form of a lemma, known or not (generated on the fly for an unknown lemma,
    /// without registering it); empty when no conjugation class fits the lemma.
    /// </summary>
    public IReadOnlyList<string> FormsOf(string lemma)
    {
        if (_forms.TryGetValue(lemma, out var forms)) return forms;
        return _conjugator.Conjugate(lemma)?.Select(f => f.Form).Distinct().ToArray() ?? [];
    }

    /// <summary>
    /// Grows each time a lemma is registered: analyses read at one version stay valid while it
    /// lasts (the event coder keeps each word's analyses).
    /// </summary>
    public int Version => Volatile.Read(ref _version);

    private int _version;

    /// <summary>True when the lemma was registered (or ships in the language's verb data).</summary>
    public bool Knows(string lemma) => _forms.ContainsKey(lemma);

    /// <summary>
    /// Makes a lemma known: its class is inferred from its suffix (or forced by verbs.tsv) and
    /// all its forms become analysable. Registering a known lemma does nothing; a lemma no
    /// class fits (not a verb of the language) is ignored and <see cref="Knows"/> stays false.
    /// </summary>
    public void Register(string lemma)
    {
        lemma = lemma.Trim().ToLowerInvariant();
        if (lemma.Length == 0 || _forms.ContainsKey(lemma)) return;
        var generated = _conjugator.Conjugate(lemma);
        if (generated is null) return;
        // Group the analyses by form outside the lock; a form usually has one to four analyses.
        var byForm = new Dictionary<string, List<VerbForm>>(generated.Count, StringComparer.Ordinal);
        foreach (var (form, analysis) in generated)
        {
            if (!byForm.TryGetValue(form, out var list)) byForm[form] = list = new List<VerbForm>(2);
            if (!list.Contains(analysis)) list.Add(analysis);
        }
        lock (_writeLock)
        {
            if (_forms.ContainsKey(lemma)) return;
            foreach (var (form, list) in byForm)
            {
                if (_analyses.TryGetValue(form, out var old))
                {
                    // Another lemma shares the form ("suis": être, suivre): publish a new array.
                    var merged = new VerbForm[old.Length + list.Count];
                    old.CopyTo(merged, 0);
                    list.CopyTo(merged, old.Length);
                    _analyses[form] = merged;
                }
                else _analyses[form] = list.ToArray();
            }
            // Published last, so Knows(lemma) implies that every form is already analysable.
            _forms[lemma] = [.. byForm.Keys];
            Interlocked.Increment(ref _version);
        }
    }
}

/// <summary>One generated form with its analysis.</summary>
internal readonly record struct GeneratedForm(string Form, VerbForm Analysis);

/// <summary>A language's conjugation engine.</summary>
internal interface IConjugator
{
    /// <summary>Lemmas that the language data names and that are known from the start.</summary>
    IEnumerable<string> BuiltInLemmas { get; }

    /// <summary>Every form of a lemma, or null when no conjugation class fits it.</summary>
    IReadOnlyList<GeneratedForm>? Conjugate(string lemma);
}
