using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text;
using Vigie.Text.Tokens;

namespace Vigie.Coding.Lexicon;

/// <summary>Word classes the event coder relies on (data/lang/xx/grammar.tsv).</summary>
public static class WordClass
{
    public const string Determiner = "det";
    public const string Preposition = "prep";
    public const string Subordinator = "sub";
    public const string Relative = "rel";
    public const string Coordination = "coord";
    public const string Negation = "neg";
    public const string NegatingPreposition = "neg-prep";
    public const string Report = "report";
    public const string Agent = "agent";
    public const string Pronoun = "pron";
    public const string We = "we";
    public const string Hypothesis = "cond-if";
    public const string Intent = "intent";
    public const string Deny = "deny";
    public const string PassiveAuxiliary = "passive-aux";
    public const string FutureAuxiliary = "future-aux";
    public const string Hearsay = "hearsay";
    public const string Reflexive = "reflexive";
    public const string Target = "target";
    public const string Modal = "modal";
    public const string PluralPronoun = "pron-plural";
    public const string ThingPronoun = "pron-it";
    public const string Genitive = "genitive";
    public const string Complementizer = "complementizer";
    public const string InfinitiveMarker = "inf-marker";
    public const string Auxiliary = "aux";
    public const string AdverbSuffix = "adverb-suffix";
    public const string PostNegation = "neg-post";
    public const string Adverb = "adverb";
    public const string Plan = "plan";
    public const string Aspect = "aspect";
    public const string Obligation = "obligation";
    public const string Locative = "locative";
    public const string Conditional = "conditional";
    public const string Backing = "backing";
    public const string Possessive = "possessive";
    public const string Wish = "wish";
    public const string PlacePart = "place-part";
    public const string ThreatCondition = "threat-if";
    public const string Threat = "threat";
    public const string Possibility = "possibility";
    public const string Purpose = "purpose";
    public const string PlaceRelative = "rel-place";
    public const string PurposeMarker = "purpose-marker";
    public const string Desire = "desire";
    public const string Persuade = "persuade";

    public static readonly string[] All =
    [
        Determiner, Preposition, Subordinator, Relative, Coordination, Negation, NegatingPreposition, Report,
        Agent, Pronoun, We, Hypothesis, Intent, Deny, PassiveAuxiliary, FutureAuxiliary, Hearsay, Reflexive, Target, Modal,
        PluralPronoun, ThingPronoun, Genitive, Complementizer, InfinitiveMarker, Auxiliary, AdverbSuffix, PostNegation, Adverb, Plan, Aspect, Obligation, Locative, Conditional, Wish, PlacePart, Backing, Possessive, ThreatCondition, Threat, Possibility, Purpose, PlaceRelative, PurposeMarker, Desire, Persuade,
    ];

    private static readonly Dictionary<string, ulong> _bits = All.Select((cls, k) => (cls, Bit: 1UL << k)).ToDictionary(x => x.cls, x => x.Bit, StringComparer.Ordinal);

    /// <summary>
    /// The class as one bit of a 64-bit mask (its position in <see cref="All"/>): callers that test
    /// many classes of one word keep its <see cref="Grammar.Classes(string)"/> mask and test bits.
    /// </summary>
    public static ulong BitOf(string cls) => _bits[cls];
}

/// <summary>
/// A language's function words by class. Lookups are accent-sensitive (<see cref="Token.Norm"/>):
/// in French "a" (has) and "à" (to) differ. Multi-word entries ("parce que", "according to") match
/// as phrases.
/// </summary>
public sealed class Grammar
{
    private readonly PhraseMatcher<string> _phrases = new(t => t.Norm);
    private readonly Dictionary<string, HashSet<string>> _lemmas = new(StringComparer.Ordinal);

    public string Lang { get; }

    private Grammar(string lang) => Lang = lang;

    private static readonly LanguageCache<Grammar> _cache = new(lang => Load(lang, DataDirectory.Lang(lang, "grammar.tsv")));

    public static Grammar For(string lang) => _cache.For(lang);

    public static Grammar Load(string lang, string path)
    {
        var grammar = new Grammar(lang);
        var rules = TokenizerRules.For(lang);
        foreach (var row in DataFile.Load(path, "word", "class").Rows)
        {
            var cls = row["class"];
            if (!WordClass.All.Contains(cls)) throw row.Error($"unknown class '{cls}' (known: {string.Join(", ", WordClass.All)})", "GRM001");
            var word = TextNormalizer.Norm(row["word"]);
            grammar._phrases.Add(word, cls, rules);
            // The phrase matcher keys a phrase by its tokens' norms, as tokenised here.
            if (Tokenizer.Tokenize(word, new TextSpan(0, word.Length), rules) is { Count: > 0 } phrase) grammar._phraseStarts.Add(phrase[0].Norm);
            if (!grammar._lemmas.TryGetValue(word, out var set)) grammar._lemmas[word] = set = [];
            set.Add(cls);
            grammar._masks[word] = grammar._masks.GetValueOrDefault(word) | WordClass.BitOf(cls);
        }
        return grammar;
    }

    /// <summary>The words of a class (folded), e.g. the default target prepositions.</summary>
    public string[] Words(string cls) =>
        _lemmas.Where(kv => kv.Value.Contains(cls)).Select(kv => TextNormalizer.Fold(kv.Key)).Distinct().ToArray();

    /// <summary>True when the word ends with one of the class's suffixes (adverb-suffix: "-ment", "-ly").</summary>
    public bool EndsWithSuffixOf(string norm, string cls)
    {
        // TryGetValue first: GetOrAdd(cls, Words) would make a delegate per call.
        if (!_suffixes.TryGetValue(cls, out var suffixes)) suffixes = _suffixes.GetOrAdd(cls, Words);
        foreach (var suffix in suffixes)
            if (norm.Length > suffix.Length + 2 && norm.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _suffixes = new();

    /// <summary>The entries of a class as written (normalised, accents kept): verb lemmas to register.</summary>
    public string[] Entries(string cls) => _lemmas.Where(kv => kv.Value.Contains(cls)).Select(kv => kv.Key).ToArray();

    /// <summary>True when a word (normalised) is listed in the class.</summary>
    public bool IsWord(string norm, string cls) => _lemmas.TryGetValue(norm, out var set) && set.Contains(cls);

    /// <summary>True when the token alone is a word of some class (most tokens are of none).</summary>
    public bool IsListed(Token token) => _lemmas.ContainsKey(token.Norm);

    /// <summary>The classes of a word (normalised) as a mask of <see cref="WordClass.BitOf"/> bits; 0 when it is listed in none.</summary>
    public ulong Classes(string norm) => _masks.TryGetValue(norm, out var mask) ? mask : 0;

    private readonly Dictionary<string, ulong> _masks = new(StringComparer.Ordinal);

    /// <summary>True when the token alone is a word of the class.</summary>
    public bool Is(Token token, string cls) =>
        _lemmas.TryGetValue(token.Norm, out var set) && set.Contains(cls);

    /// <summary>True when a lemma (of a verb) is listed in the class (intent, deny, passive-aux...).</summary>
    public bool IsLemma(string lemma, string cls) =>
        _lemmas.TryGetValue(lemma, out var set) && set.Contains(cls);

    /// <summary>
    /// True when a word (normalised) begins some phrase of some class: only at such a token can
    /// <see cref="Match"/> find one (callers that keep per-word facts skip it elsewhere).
    /// </summary>
    public bool StartsPhrase(string norm) => _phraseStarts.Contains(norm);

    private readonly HashSet<string> _phraseStarts = new(StringComparer.Ordinal);

    /// <summary>Length of a phrase of the class starting at <paramref name="start"/> (0 when none).</summary>
    public int Match(IReadOnlyList<Token> tokens, int start, string cls, int limit = int.MaxValue)
    {
        var (length, values) = _phrases.Match(tokens, start, limit);
        return length > 0 && values.Contains(cls) ? length : 0;
    }
}
