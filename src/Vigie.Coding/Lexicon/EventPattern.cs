using Vigie.Core.Data;
using Vigie.Coding.Ontology;
using Vigie.Text;

namespace Vigie.Coding.Lexicon;

public enum TriggerKind { Verb, Noun }

/// <summary>
/// One row of data/lang/xx/events.tsv: a verb or noun that states an event of a CAMEO code,
/// optionally only with given object words ("livrer" + "matériel militaire" → 072).
/// </summary>
public sealed record EventPattern
{
    /// <summary>Stable id, written as the event's <c>rule</c> ("fr/072/livrer-materiel-militaire").</summary>
    public required string Id { get; init; }
    /// <summary>Verb lemma (normalised, accents kept: "négocier") or noun (singular, folded), without "se"/particle.</summary>
    public required string Lemma { get; init; }
    public required TriggerKind Kind { get; init; }
    public required string Cameo { get; init; }
    /// <summary>Pronominal verb ("se rendre", "s'emparer").</summary>
    public bool Pronominal { get; init; }
    /// <summary>English phrasal particle ("call for" → "for"), folded; null when none.</summary>
    public string? Particle { get; init; }
    /// <summary>Alternative object phrases (folded words), any of which must follow the trigger; empty = no condition.
    /// A phrase may hold parts joined by "+" (each in turn, later in the clause), a part alternatives split by "/".</summary>
    public IReadOnlyList<string[]> Objects { get; init; } = [];
    /// <summary>
    /// Further object slots, each found after the previous one in the clause: "demonstrate" +
    /// "for|demanding" + "resignation|ouster" (written with " + " in the object column).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string[]>> FollowingObjects { get; init; } = [];
    /// <summary>Prepositions that introduce the target (folded); empty = the language's defaults; ["-"] = direct object only.</summary>
    public IReadOnlyList<string> Prepositions { get; init; } = [];
    /// <summary>The subject is the target and the prepositional actor the source ("recevoir de l'aide de X").</summary>
    public bool Reverse { get; init; }
    /// <summary>The direct object acts on the actor after the preposition; the subject is neither ("le conflit oppose l'armée aux rebelles").</summary>
    public bool ObjectActs { get; init; }
    /// <summary>The event has no target (an actor after the trigger is not its target).</summary>
    public bool NoTarget { get; init; }

    /// <summary>True when the target may be a direct object: no prepositions named, or "-" among them.</summary>
    public bool TakesDirectObject => !NoTarget && (Prepositions.Count == 0 || Prepositions.Contains("-"));

    /// <summary>
    /// The ids, in the loading lexicon's <see cref="ObjectWordIndex"/>, of the first word of each
    /// alternative of <see cref="Objects"/> (and of each slot of <see cref="FollowingObjects"/>);
    /// null for patterns not loaded from a file. They let the coder reject absent objects with an
    /// array read instead of a string lookup per alternative.
    /// </summary>
    internal int[]? ObjectWordIds { get; init; }
    internal int[][]? FollowingObjectWordIds { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }
}

/// <summary>
/// A language's event patterns (data/lang/xx/events.tsv), indexed by trigger lemma. Columns:
/// <c>id</c>, <c>trigger</c> (verb lemma, after a reflexive pronoun for a pronominal verb ("se
/// rendre"), before a particle ("call for"); or a noun), <c>kind</c> (verb|noun), <c>cameo</c>, <c>object</c>
/// (alternatives separated by '|'; slots that must follow each other separated by " + "), <c>prep</c> (target prepositions, '|'-separated; '-' for a
/// direct object only; 'none' for no target), <c>voice</c> (empty, 'reverse' or 'object').
/// </summary>
public sealed class EventLexicon
{
    private readonly Dictionary<string, List<EventPattern>> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EventPattern>> _nouns = new(StringComparer.Ordinal);

    public string Lang { get; }
    public IReadOnlyList<EventPattern> All { get; }

    /// <summary>The first words of the patterns' object phrases, by id (see <see cref="EventPattern.ObjectWordIds"/>).</summary>
    internal ObjectWordIndex ObjectWords { get; }

    private EventLexicon(string lang, List<EventPattern> patterns, ObjectWordIndex objectWords)
    {
        Lang = lang;
        All = patterns;
        ObjectWords = objectWords;
        foreach (var p in patterns)
        {
            var index = p.Kind == TriggerKind.Verb ? _verbs : _nouns;
            if (!index.TryGetValue(p.Lemma, out var list)) index[p.Lemma] = list = [];
            list.Add(p);
        }
        // Most specific first: patterns with object conditions before bare ones, then file order.
        foreach (var index in new[] { _verbs, _nouns })
            foreach (var key in index.Keys.ToList())
                index[key] = index[key].OrderByDescending(p => p.Objects.Count > 0).ThenBy(p => p.Line).ToList();
    }

    public IReadOnlyList<EventPattern> ForVerb(string lemma) => _verbs.TryGetValue(lemma, out var l) ? l : [];

    public IReadOnlyList<EventPattern> ForNoun(string lemma) => _nouns.TryGetValue(lemma, out var l) ? l : [];

    public IEnumerable<string> VerbLemmas => _verbs.Keys;

    public IEnumerable<string> NounLemmas => _nouns.Keys;

    private static readonly LanguageCache<EventLexicon> _cache = new(lang => Load(lang, DataDirectory.Lang(lang, "events.tsv"), CameoOntology.Default));

    public static EventLexicon For(string lang) => _cache.For(lang);

    public static EventLexicon Load(string lang, string path, CameoOntology ontology)
    {
        var file = DataFile.Load(path, "id", "trigger", "kind", "cameo");
        var grammar = Grammar.For(lang);
        var patterns = new List<EventPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var objectWords = new ObjectWordIndex(LanguageSyntax.For(lang).PluralMarks);
        foreach (var row in file.Rows)
        {
            var id = row["id"];
            if (!ids.Add(id)) throw row.Error($"duplicate id '{id}'", "EVT001");
            var cameo = row["cameo"];
            if (!ontology.Contains(cameo)) throw row.Error($"unknown CAMEO code '{cameo}'", "EVT002");
            var kind = row["kind"] switch
            {
                "verb" => TriggerKind.Verb,
                "noun" => TriggerKind.Noun,
                var k => throw row.Error($"kind must be 'verb' or 'noun', not '{k}'", "EVT003"),
            };
            // Verb lemmas keep their accents (Norm): the verb lexicon generates forms from them and
            // analyses tokens by their Norm ("négocié" → "négocier"); a folded lemma would never match.
            var words = row["trigger"].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => kind == TriggerKind.Verb ? TextNormalizer.Norm(w) : TextNormalizer.Fold(w)).ToList();
            bool pronominal = false;
            string? particle = null;
            if (kind == TriggerKind.Verb)
            {
                // A reflexive pronoun of the language's grammar marks a pronominal verb ("se rendre",
                // "s'emparer"); a second word after the verb is a particle ("call for").
                int apostrophe = words[0].IndexOf('\'');
                if (words.Count > 1 && grammar.IsWord(words[0], WordClass.Reflexive)) { pronominal = true; words.RemoveAt(0); }
                else if (apostrophe > 0 && apostrophe < words[0].Length - 1 && grammar.IsWord(words[0][..(apostrophe + 1)], WordClass.Reflexive))
                { pronominal = true; words[0] = words[0][(apostrophe + 1)..]; }
                if (words.Count == 2) { particle = words[1]; words.RemoveAt(1); }
                if (words.Count != 1) throw row.Error($"verb trigger '{row["trigger"]}' must be one verb (with a reflexive pronoun or a particle)", "EVT004");
            }
            var voice = row.Optional("voice");
            if (voice is not null and not ("reverse" or "object")) throw row.Error($"voice must be empty, 'reverse' or 'object', not '{voice}'", "EVT005");
            var preps = row.List("prep").Select(TextNormalizer.Fold).ToList();
            // "for|demanding + resignation|ouster": slots in order, each '|'-separated alternatives.
            var objectCell = row.Optional("object");
            var slots = (objectCell is null ? [] : objectCell.Split('+', StringSplitOptions.TrimEntries))
                .Select(slot => (IReadOnlyList<string[]>)slot.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(o => o.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Fold).ToArray()).ToArray())
                .ToList();
            if (slots.Any(slot => slot.Count == 0)) throw row.Error($"empty object slot in '{objectCell}'", "EVT006");
            bool noTarget = preps.Count == 1 && preps[0] == "none";
            patterns.Add(new EventPattern
            {
                Id = id,
                Lemma = string.Join(' ', words),
                Kind = kind,
                Cameo = cameo,
                Pronominal = pronominal,
                Particle = particle,
                Objects = slots.Count > 0 ? slots[0] : [],
                FollowingObjects = slots.Skip(1).ToList(),
                ObjectWordIds = slots.Count > 0 ? objectWords.IdsOf(slots[0]) : [],
                FollowingObjectWordIds = slots.Skip(1).Select(objectWords.IdsOf).ToArray(),
                Prepositions = noTarget ? [] : preps,
                NoTarget = noTarget,
                Reverse = voice == "reverse",
                ObjectActs = voice == "object",
                File = path,
                Line = row.Line,
            });
        }
        return new EventLexicon(lang, patterns, objectWords);
    }
}

/// <summary>
/// The distinct first words of a lexicon's object phrases, each with an id, and the ids of the
/// object words a token can match by its fold or by its noun singular. An object word matches a
/// token when it, or the word less a final plural mark (<see cref="LanguageSyntax.PluralMarks"/>),
/// equals the token's fold, the fold less a final plural mark, or the singular (the coder's
/// conservative object prefilter); the keys are spelt out here once at load time so that a token
/// needs one lookup (two when its singular differs).
/// </summary>
internal sealed class ObjectWordIndex(string pluralMarks)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    // Keys a token's fold may equal: the word (or the word less -s/-x), also with an -s/-x added.
    private readonly Dictionary<string, List<int>> _byFold = new(StringComparer.Ordinal);
    // Keys a token's singular may equal: the word, or the word less -s/-x.
    private readonly Dictionary<string, List<int>> _bySingular = new(StringComparer.Ordinal);

    /// <summary>How many distinct object words there are (ids run from 0 to Count - 1).</summary>
    public int Count => _ids.Count;

    /// <summary>The ids of the first words of object alternatives, registering new words.</summary>
    public int[] IdsOf(IReadOnlyList<string[]> alternatives)
    {
        var result = new int[alternatives.Count];
        for (int k = 0; k < alternatives.Count; k++) result[k] = IdOf(alternatives[k][0]);
        return result;
    }

    private int IdOf(string word)
    {
        if (_ids.TryGetValue(word, out int id)) return id;
        id = _ids.Count;
        _ids[word] = id;
        AddStem(word, id);
        if (word.Length > 1 && pluralMarks.Contains(word[^1])) AddStem(word[..^1], id);
        return id;
    }

    /// <summary>A stem matches a fold or a singular equal to it, and a fold that is the stem and a plural mark.</summary>
    private void AddStem(string stem, int id)
    {
        Add(_byFold, stem, id);
        Add(_bySingular, stem, id);
        foreach (var mark in pluralMarks) Add(_byFold, stem + mark, id);
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int id)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(id)) list.Add(id);
    }

    /// <summary>The ids of the object words a token with this fold can match by its fold; null when none (most words).</summary>
    public List<int>? ByFold(string fold) => _byFold.TryGetValue(fold, out var ids) ? ids : null;

    /// <summary>The ids of the object words a token with this noun singular can match by it; null when none.</summary>
    public List<int>? BySingular(string singular) => _bySingular.TryGetValue(singular, out var ids) ? ids : null;
}