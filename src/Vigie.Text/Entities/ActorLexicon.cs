using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text.Tokens;

namespace Vigie.Text.Entities;

/// <summary>
/// What a lexicon phrase names. When one phrase has several entries, the first kind in this order
/// wins (a capitalised "Argentine" is the country before the adjective).
/// </summary>
public enum ActorKind { Country, Capital, Demonym, Ethnic, Institution, Person, Surname, Place, Role }

/// <summary>What a role denotes: one person, an institution, or a plural group of people.</summary>
public enum RoleKind { Person, Body, Group }

/// <summary>A country of data/actors/countries.tsv, with its coordinates from data/actors/places.tsv when known.</summary>
public sealed record CountryInfo(string Iso3, string NameEn, string? DemonymEn)
{
    /// <summary>Latitude of the country's centre (mledoze latlng), set once at load.</summary>
    public double? Lat { get; internal set; }
    /// <summary>Longitude of the country's centre, set once at load.</summary>
    public double? Lon { get; internal set; }
}

/// <summary>
/// A city, region or capital of data/actors/places.tsv: its English name, the ISO-3 code of its
/// country, and its coordinates when the data has them.
/// </summary>
public sealed record PlaceInfo(string Kind, string NameEn, string Country, double? Lat, double? Lon);

/// <summary>
/// A community of data/actors/ethnic-groups.tsv ("Kurds", "Ibo"): <see cref="Home"/> is the one
/// country it lives in, or null when the text must say which.
/// </summary>
public sealed record EthnicGroup(string NameEn, CountryInfo? Home);

/// <summary>A title of data/actors/titles.tsv ("le colonel", "Dr."); <see cref="Role"/> is null for civilities (M., Mrs).</summary>
public sealed record TitleInfo(string Form, string? Role, byte[] Case);

/// <summary>Where an organisation's head word stands: before its name ("ministère de la Santé") or after it ("Labour Party").</summary>
public enum OrgHeadKind { Prefix, Suffix }

/// <summary>
/// A head word of data/actors/org-forms.tsv. <see cref="Head"/> is its folded head word, matched by
/// later short mentions ("le ministère"). <see cref="NameFollows"/>: the form ends with a lower-case
/// link ("Ministry of", "Front for"), so the name's capitalised words come right after it.
/// </summary>
public sealed record OrgForm(OrgHeadKind Kind, string Form, string Head, byte[] Case, bool NameFollows);

/// <summary>A role of data/actors/roles.tsv ("président" → GOV, person).</summary>
public sealed record RoleInfo(string Code, RoleKind Kind, string Label);

/// <summary>
/// One period of an actor's code: a person's office or an institution's status. An open
/// <see cref="To"/> means "still so".
/// </summary>
public sealed record ActorTerm(string Code, string? Country, PartialDate? From, PartialDate? To)
{
    /// <summary>For people: the office held in this term ("president"), matched against role labels by coreference.</summary>
    public string? Role { get; init; }
}

/// <summary>A named actor with successive codes (people.tsv, institutions.tsv).</summary>
public sealed class NamedActor
{
    public required string Id { get; init; }
    public required string NameEn { get; init; }
    public required string Type { get; init; }
    public List<ActorTerm> Terms { get; } = [];

    /// <summary>
    /// The term in force at <paramref name="date"/>: one whose period overlaps the date's period
    /// (a document dated 2023-10 matches a term ending 2023-10-05). With several, the latest
    /// starting; with no date, the latest term. Null when the date falls outside every term.
    /// </summary>
    public ActorTerm? TermAt(PartialDate? date)
    {
        if (date is null) return Terms.MaxBy(t => t.From?.FirstDay ?? DateOnly.MinValue);
        var (start, end) = Bounds(date.Value);
        ActorTerm? best = null;
        foreach (var t in Terms)
        {
            var from = t.From is { } f ? Bounds(f).Start : DateOnly.MinValue;
            var to = t.To is { } e ? Bounds(e).End : DateOnly.MaxValue;
            if (from <= end && to >= start && (best is null || from > (best.From is { } bf ? Bounds(bf).Start : DateOnly.MinValue)))
                best = t;
        }
        return best;
    }

    /// <summary>The first and last day of a partial date's period.</summary>
    internal static (DateOnly Start, DateOnly End) Bounds(PartialDate d) => d.Precision switch
    {
        DatePrecision.Day => (d.FirstDay, d.FirstDay),
        DatePrecision.Month => (d.FirstDay, d.FirstDay.AddMonths(1).AddDays(-1)),
        _ => (d.FirstDay, new DateOnly(d.Year, 12, 31)),
    };
}

/// <summary>
/// A phrase of the lexicon. <see cref="Case"/> records, per token, what the text must look like:
/// a form written with a capital only matches a capitalised word, an acronym only capitals, a
/// lower-case form any case — so "US" is not "us" and "Argentine" the country is not the adjective.
/// </summary>
public sealed class ActorEntry
{
    public required ActorKind Kind { get; init; }
    public required string Form { get; init; }
    /// <summary>"fr", "en", or null for names that are looked for in every language.</summary>
    public string? Lang { get; init; }
    public required byte[] Case { get; init; }
    public CountryInfo? Country { get; init; }
    public NamedActor? Actor { get; init; }
    public RoleInfo? Role { get; init; }
    public PlaceInfo? Place { get; init; }
    /// <summary>For <see cref="ActorKind.Ethnic"/>: the community, and whether this form names its people (not only qualifies a role).</summary>
    public EthnicGroup? Ethnic { get; init; }
    public bool EthnicNoun { get; init; }
    /// <summary>A place name that is also a common word or a given name: a place only after a place preposition.</summary>
    public bool CueOnly { get; init; }

    internal const byte AnyCase = 0, Capitalised = 1, AllCaps = 2;

    /// <summary>True when the tokens from <paramref name="start"/> have the case the form asks for.</summary>
    public bool CaseMatches(IReadOnlyList<Token> tokens, int start) => CaseMatches(Case, tokens, start);

    /// <summary>True when the tokens from <paramref name="start"/> have the case <paramref name="cases"/> asks for (see <see cref="Case"/>).</summary>
    public static bool CaseMatches(byte[] cases, IReadOnlyList<Token> tokens, int start)
    {
        for (int k = 0; k < cases.Length; k++)
        {
            var text = tokens[start + k].Text;
            switch (cases[k])
            {
                // Any capital sets the word apart from the common word ("turkey", "chad"): "iSrael" is a typo of the name.
                case Capitalised when !ActorLexicon.HasUpper(text): return false;
                case AllCaps when ActorLexicon.HasLower(text): return false;
            }
        }
        return true;
    }
}

/// <summary>
/// What the entity passes ask about one token, as bits: its cue kinds (data/actors/cues.tsv),
/// whether its folded form is a given name or an organisation head, or starts a phrase
/// of a trie, and the case of its text. Computed once per word form (<see cref="ActorLexicon.FactsOf"/>,
/// kept in the <see cref="WordForm"/>) and gathered per document into an array, so that the passes
/// test bits instead of looking the same word up in several string-keyed sets.
/// </summary>
[Flags]
internal enum WordCues : ulong
{
    None = 0,
    Det = 1UL << 0, DetPlural = 1UL << 1, Of = 1UL << 2, Possessive = 1UL << 3, Place = 1UL << 4, PlaceIntro = 1UL << 5,
    Direction = 1UL << 6, Coord = 1UL << 7, NotName = 1UL << 8, NotPerson = 1UL << 9, Particle = 1UL << 10, Former = 1UL << 11,
    Indefinite = 1UL << 12, Language = 1UL << 13, Ethnic = 1UL << 14, EthnicAfter = 1UL << 15, LocatedIn = 1UL << 16,
    LocatedRole = 1UL << 17, LocatedParticiple = 1UL << 18, BasedIn = 1UL << 19, BasedRole = 1UL << 20, RegionIntro = 1UL << 21,
    /// <summary>The folded word is in first-names.tsv (<see cref="ActorLexicon.IsGivenName"/> also asks for a capital).</summary>
    GivenName = 1UL << 24,
    OrgHead = 1UL << 25,
    /// <summary>Some phrase of <see cref="ActorLexicon.Phrases"/> starts with this word.</summary>
    PhraseStart = 1UL << 27,
    TitleStart = 1UL << 28,
    OrgFormStart = 1UL << 29,
    CountryAnaphorStart = 1UL << 30,
    LatterAnaphorStart = 1UL << 31,
    // Facts of the token itself (its text), not of its folded word.
    Capitalized = 1UL << 40,
    /// <summary>The text holds a lower-case letter ("Paris", not "UN").</summary>
    HasLower = 1UL << 41,
    /// <summary>A word with a hyphen, the only kind <see cref="ActorLexicon.MatchCompound"/> and <see cref="ActorLexicon.MatchCombined"/> may match.</summary>
    HyphenatedWord = 1UL << 42,
}

/// <summary>
/// Vigie's actor knowledge (data/actors/*.tsv), compiled once into one token trie over folded
/// forms plus small cue sets per language. Thread-safe after construction.
/// </summary>
public sealed class ActorLexicon
{
    private readonly Dictionary<string, TokenizerRules> _rules = new();
    /// <summary>
    /// Cue sets by language, then kind. Nested string-keyed maps rather than one map keyed by a
    /// (lang, kind) tuple: a tuple key is hashed with randomised string hashing on every lookup,
    /// and cues are looked up for most tokens.
    /// </summary>
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _cues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PhraseMatcher<string>> _anaphors = new();
    private readonly Dictionary<string, PhraseMatcher<string>> _latter = new();

    /// <summary>Every name, demonym and role, keyed on folded tokens.</summary>
    public PhraseMatcher<ActorEntry> Phrases { get; } = new();
    public IReadOnlyDictionary<string, CountryInfo> Countries => _countries;
    private readonly Dictionary<string, CountryInfo> _countries = new(StringComparer.Ordinal);
    /// <summary>ISO-3 codes of the UN member states (countries.tsv, un_member = yes).</summary>
    public IReadOnlySet<string> UnMembers => _unMembers;
    private readonly HashSet<string> _unMembers = new(StringComparer.Ordinal);
    public IReadOnlyList<string> Languages { get; }
    private readonly HashSet<string> _givenNames = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string Fold), PlaceInfo> _places = new();
    private readonly Dictionary<string, PhraseMatcher<TitleInfo>> _titles = new();
    private readonly Dictionary<string, PhraseMatcher<OrgForm>> _orgForms = new();
    private readonly Dictionary<string, HashSet<string>> _orgHeads = new();
    private readonly HashSet<string> _orgAdjectivesFr = new(StringComparer.Ordinal);
    private readonly HashSet<(string Lang, string Role)> _settingRoles = new();
    private readonly Dictionary<(string Lang, string Fold), CountryInfo> _combiningForms = new();
    private readonly HashSet<string> _roleLabels = new(StringComparer.Ordinal);
    /// <summary>Per language: the <see cref="WordCues"/> of each folded word that has any.</summary>
    private readonly Dictionary<string, Dictionary<string, WordInfo>> _facts = new(StringComparer.Ordinal);
    /// <summary>What one lookup of a folded word gives: its facts, and the phrases of <see cref="Phrases"/> it starts.</summary>
    private readonly record struct WordInfo(WordCues Facts, PhraseMatcher<ActorEntry>.Node? Phrases);
    /// <summary>True when some word with facts has neither a letter nor a digit ("-", "&amp;"): punctuation must be looked up too.</summary>
    private bool _factsOfSigns;
    private static readonly Dictionary<string, WordCues> _cueFacts = new(StringComparer.Ordinal)
    {
        ["det"] = WordCues.Det, ["det_plural"] = WordCues.DetPlural, ["of"] = WordCues.Of, ["possessive"] = WordCues.Possessive,
        ["place"] = WordCues.Place, ["place_intro"] = WordCues.PlaceIntro, ["direction"] = WordCues.Direction, ["coord"] = WordCues.Coord,
        ["not_name"] = WordCues.NotName, ["not_person"] = WordCues.NotPerson, ["particle"] = WordCues.Particle, ["former"] = WordCues.Former,
        ["indefinite"] = WordCues.Indefinite, ["language"] = WordCues.Language, ["ethnic"] = WordCues.Ethnic, ["ethnic_after"] = WordCues.EthnicAfter,
        ["located_in"] = WordCues.LocatedIn, ["located_role"] = WordCues.LocatedRole, ["located_participle"] = WordCues.LocatedParticiple,
        ["based_in"] = WordCues.BasedIn, ["based_role"] = WordCues.BasedRole, ["region_intro"] = WordCues.RegionIntro,
    };

    /// <summary>The title starting at <paramref name="start"/> ("M.", "le colonel" without its article, "Lt. Gen."), or (0, null).</summary>
    public (int Length, TitleInfo? Title) MatchTitle(string lang, IReadOnlyList<Token> tokens, int start, int limit = int.MaxValue)
    {
        if (!_titles.TryGetValue(lang, out var m)) return (0, null);
        while (true)
        {
            var (len, values) = m.Match(tokens, start, limit);
            if (len == 0) return (0, null);
            foreach (var v in values) if (ActorEntry.CaseMatches(v.Case, tokens, start)) return (len, v);
            limit = start + len - 1;   // "major" is no title; a shorter form may still be
        }
    }

    /// <summary>The organisation head words starting at <paramref name="start"/> ("ministère", "Ministry of", "Party"), longest first; case is the caller's to check.</summary>
    public (int Length, IReadOnlyList<OrgForm> Forms) MatchOrgForm(string lang, IReadOnlyList<Token> tokens, int start, int limit = int.MaxValue) =>
        _orgForms.TryGetValue(lang, out var m) ? m.Match(tokens, start, limit) : (0, []);

    /// <summary>True when a lower-case <paramref name="token"/> is the head of an organisation form ("ministère", "party"): "le ministère" may refer back.</summary>
    public bool IsOrgHead(string lang, Token token) => _orgHeads.TryGetValue(lang, out var set) && set.Contains(token.Fold);

    /// <summary>True when <paramref name="token"/> is a French adjective that may follow an organisation head (data/actors/org-adjectives-fr.tsv).</summary>
    public bool IsOrgAdjective(string lang, Token token) => lang == "fr" && _orgAdjectivesFr.Contains(token.Fold);

    /// <summary>The place of <paramref name="country"/> named <paramref name="form"/> (a capital's coordinates), or null.</summary>
    public PlaceInfo? PlaceOf(string country, string form) => _places.GetValueOrDefault((country, TextNormalizer.Fold(form)));

    /// <summary>True when <paramref name="role"/>, named with no country, acts for the country of the story's setting (data/actors/setting-roles.tsv).</summary>
    public bool ActsForSetting(string lang, RoleInfo role) => role.Kind != RoleKind.Person && _settingRoles.Contains((lang, role.Label));

    /// <summary>True when a capitalised word is a common given name (data/actors/first-names.tsv).</summary>
    public bool IsGivenName(Token token) => token.IsCapitalized && _givenNames.Contains(token.Fold);

    private static readonly Lazy<ActorLexicon> _default = new(() => Load(DataDirectory.Default));

    /// <summary>The lexicon of the default data folder, loaded once.</summary>
    public static ActorLexicon Default => _default.Value;

    private ActorLexicon(IReadOnlyList<string> languages) => Languages = languages;

    /// <summary>Loads data/actors/*.tsv and data/lang/{fr,en}/stopwords.tsv under <paramref name="dataFolder"/>.</summary>
    /// <exception cref="DataFileException">a file is missing or malformed; the message names file:line.</exception>
    public static ActorLexicon Load(string dataFolder, params string[] languages)
    {
        if (languages.Length == 0) languages = ["fr", "en"];
        var lex = new ActorLexicon(languages);
        foreach (var lang in languages) lex._rules[lang] = TokenizerRules.Load(lang, Path.Combine(dataFolder, "lang", lang));
        var actors = Path.Combine(dataFolder, "actors");
        lex.LoadCues(Path.Combine(actors, "cues.tsv"));
        foreach (var lang in languages)
            foreach (var row in DataFile.Load(Path.Combine(dataFolder, "lang", lang, "stopwords.tsv"), "word").Rows)
                lex.Cue(lang, "not_name").Add(TextNormalizer.Fold(row["word"]));
        lex.LoadCountries(Path.Combine(actors, "countries.tsv"));
        lex.LoadPlaces(Path.Combine(actors, "places.tsv"));
        lex.LoadInstitutions(Path.Combine(actors, "institutions.tsv"));
        lex.LoadPeople(Path.Combine(actors, "people.tsv"));
        lex.LoadRoles(Path.Combine(actors, "roles.tsv"));
        lex.LoadEthnicGroups(Path.Combine(actors, "ethnic-groups.tsv"));
        foreach (var row in DataFile.Load(Path.Combine(actors, "setting-roles.tsv"), "lang", "role").Rows)
        {
            if (!lex._roleLabels.Contains(row["role"])) throw row.Error($"role '{row["role"]}' is no name_en of roles.tsv", "ACT015");
            lex._settingRoles.Add((row["lang"], row["role"]));
        }
        foreach (var row in DataFile.Load(Path.Combine(actors, "first-names.tsv"), "name").Rows)
            lex._givenNames.Add(TextNormalizer.Fold(row["name"]));
        foreach (var row in DataFile.Load(Path.Combine(actors, "combining-forms.tsv"), "lang", "form", "country").Rows)
        {
            if (!lex._countries.TryGetValue(row["country"], out var c)) throw row.Error($"unknown country '{row["country"]}'", "ACT016");
            lex._combiningForms[(row["lang"], TextNormalizer.Fold(row["form"]))] = c;
        }
        lex.LoadTitles(Path.Combine(actors, "titles.tsv"));
        lex.LoadOrgForms(Path.Combine(actors, "org-forms.tsv"));
        if (languages.Contains("fr"))
            foreach (var row in DataFile.Load(Path.Combine(actors, "org-adjectives-fr.tsv"), "word").Rows)
                lex._orgAdjectivesFr.Add(TextNormalizer.Fold(row["word"]));
        foreach (var lang in languages.Union(["en", "fr"])) lex._facts[lang] = lex.BuildFacts(lang);
        lex._factsOfSigns = lex._facts.Values.Any(f => f.Keys.Any(k => !HasLetterOrDigit(k)));
        return lex;
    }

    /// <summary>The <see cref="WordCues"/> of every folded word that has some, in <paramref name="lang"/> (what IsCue, IsGivenName, IsOrgHead... answer).</summary>
    private Dictionary<string, WordInfo> BuildFacts(string lang)
    {
        var facts = new Dictionary<string, WordCues>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordCues fact)
        {
            foreach (var w in words) facts[w] = facts.GetValueOrDefault(w) | fact;
        }
        if (_cues.TryGetValue(lang, out var kinds))
            foreach (var (kind, set) in kinds)
                if (_cueFacts.TryGetValue(kind, out var fact)) Mark(set, fact);
        Mark(_givenNames, WordCues.GivenName);
        if (_orgHeads.TryGetValue(lang, out var heads)) Mark(heads, WordCues.OrgHead);
        // Not the French organisation adjectives: asked about rarely, and 15,000 of them would
        // make this table, looked up at every token, several times larger.
        Mark(Phrases.FirstKeys, WordCues.PhraseStart);
        if (_titles.TryGetValue(lang, out var titles)) Mark(titles.FirstKeys, WordCues.TitleStart);
        if (_orgForms.TryGetValue(lang, out var forms)) Mark(forms.FirstKeys, WordCues.OrgFormStart);
        if (_anaphors.TryGetValue(lang, out var anaphors)) Mark(anaphors.FirstKeys, WordCues.CountryAnaphorStart);
        if (_latter.TryGetValue(lang, out var latter)) Mark(latter.FirstKeys, WordCues.LatterAnaphorStart);
        var infos = new Dictionary<string, WordInfo>(facts.Count, StringComparer.Ordinal);
        foreach (var (word, fact) in facts) infos[word] = new WordInfo(fact, Phrases.FirstNode(word));
        return infos;
    }

    /// <summary>
    /// The <see cref="WordCues"/> of each token of <paramref name="tokens"/> in <paramref name="lang"/>:
    /// one lookup per token, after which the entity passes test bits.
    /// </summary>
    /// <param name="phrases">per token, the node of the phrases of <see cref="Phrases"/> it starts, or null
    /// (for <see cref="PhraseMatcher{T}.MatchFrom"/>, which spares looking the word up again).</param>
    internal WordCues[] FactsOf(string lang, List<Token> tokens, out PhraseMatcher<ActorEntry>.Node?[] phrases)
    {
        var words = _facts.TryGetValue(lang, out var f) ? f : _facts[Languages[0]];
        var facts = new WordCues[tokens.Count];
        phrases = new PhraseMatcher<ActorEntry>.Node?[tokens.Count];
        for (int i = 0; i < facts.Length; i++)
        {
            var tok = tokens[i];
            // Looked up once per word form, and kept in it for this language's table.
            if (tok.Form.Fact(FormInfoSlot) is not FormInfo info || info.Table != words)
            {
                info = FormInfoOf(words, tok);
                tok.Form.SetFact(FormInfoSlot, info);
            }
            var fact = info.Facts;
            // A token's kind is not its surface's (an apostrophe is a quote or a clitic): the hyphen fact is for words only.
            if (!tok.IsWord) fact &= ~WordCues.HyphenatedWord;
            facts[i] = fact;
            if (info.Phrases is { } first) phrases[i] = first;   // (most words start no phrase: no store)
        }
        return facts;
    }

    /// <summary>What the entity passes need of a word form, for one language's table of word facts:
    /// the facts of its fold and of its text, and the node of the phrases it starts.</summary>
    private sealed record FormInfo(Dictionary<string, WordInfo> Table, WordCues Facts, PhraseMatcher<ActorEntry>.Node? Phrases);

    private static readonly int FormInfoSlot = WordForm.NewSlot();

    private FormInfo FormInfoOf(Dictionary<string, WordInfo> words, Token tok)
    {
        WordCues fact = WordCues.None;
        PhraseMatcher<ActorEntry>.Node? phrases = null;
        // Punctuation has no facts unless some sign has.
        if ((_factsOfSigns || HasLetterOrDigit(tok.Fold)) && words.TryGetValue(tok.Fold, out var info))
            (fact, phrases) = (info.Facts, info.Phrases);
        if (tok.IsCapitalized) fact |= WordCues.Capitalized;
        if (HasLower(tok.Text)) fact |= WordCues.HasLower;
        if (IsHyphenated(tok)) fact |= WordCues.HyphenatedWord;
        return new FormInfo(words, fact, phrases);
    }

    /// <summary>True when <paramref name="text"/> holds a lower-case letter (as <c>text.Any(char.IsLower)</c>, without an enumerator).</summary>
    internal static bool HasLower(string text)
    {
        foreach (var c in text) if (char.IsLower(c)) return true;
        return false;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>True when <paramref name="text"/> holds an upper-case letter.</summary>
    internal static bool HasUpper(string text)
    {
        foreach (var c in text) if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>True when <paramref name="token"/> is a cue of <paramref name="kind"/> (det, of, title...) in <paramref name="lang"/>.</summary>
    public bool IsCue(string lang, string kind, Token token) =>
        CueSet(lang, kind) is { } set && set.Contains(token.Fold);

    private HashSet<string>? CueSet(string lang, string kind) =>
        _cues.TryGetValue(lang, out var kinds) && kinds.TryGetValue(kind, out var set) ? set : null;

    /// <summary>
    /// The country named by the first part of a hyphenated compound whose last part is a
    /// "compound" cue: "US-led", "Russian-backed", "Iranian-made", "Israeli-occupied".
    /// </summary>
    public ActorEntry? MatchCompound(string lang, Token token)
    {
        if (!token.IsWord || !IsHyphenated(token) || CueSet(lang, "compound") is not { } suffixes) return null;
        var parts = token.Text.Split(['-', '\u2010', '\u2011']);
        if (parts.Length < 2 || !suffixes.Contains(TextNormalizer.Fold(parts[^1]))) return null;
        var prefix = string.Join('-', parts[..^1]);
        var tokens = Tokenizer.Tokenize(prefix, new TextSpan(0, prefix.Length), _rules[lang]);
        var (len, values) = Phrases.Match(tokens, 0);
        if (len == 0 || len != tokens.Count) return null;
        return values.FirstOrDefault(v => v.Kind is ActorKind.Country or ActorKind.Demonym
            && (v.Lang is null || v.Lang == lang) && v.CaseMatches(tokens, 0));
    }

    /// <summary>
    /// A compound demonym naming several countries ("russo-américain", "israélo-libanaise"): the
    /// demonym entry of its last part, and the countries of the combining forms before it with their
    /// character ranges in the token; null when some part is no combining form.
    /// </summary>
    public (ActorEntry Last, IReadOnlyList<(CountryInfo Country, int Offset, int Length)> Others)? MatchCombined(string lang, Token token)
    {
        if (!token.IsWord || !IsHyphenated(token)) return null;
        var parts = token.Text.Split(['-', '\u2010', '\u2011']);
        if (parts.Length < 2) return null;
        var others = new List<(CountryInfo, int, int)>();
        int offset = 0;
        foreach (var part in parts[..^1])
        {
            if (!_combiningForms.TryGetValue((lang, TextNormalizer.Fold(part)), out var c)) return null;
            others.Add((c, offset, part.Length));
            offset += part.Length + 1;
        }
        var last = parts[^1];
        var tokens = Tokenizer.Tokenize(last, new TextSpan(0, last.Length), _rules[lang]);
        var (len, values) = Phrases.Match(tokens, 0);
        if (len == 0 || len != tokens.Count) return null;
        var entry = values.FirstOrDefault(v => v.Kind == ActorKind.Demonym && (v.Lang is null || v.Lang == lang));
        return entry is null ? null : (entry, others);
    }

    /// <summary>Length of a "le pays"/"the country" phrase at <paramref name="start"/>, or 0.</summary>
    public int MatchCountryAnaphor(string lang, IReadOnlyList<Token> tokens, int start, int limit) =>
        _anaphors.TryGetValue(lang, out var m) ? m.Match(tokens, start, limit).Length : 0;

    /// <summary>Length of a "ce dernier"/"the latter" phrase at <paramref name="start"/>, or 0.</summary>
    public int MatchLatterAnaphor(string lang, IReadOnlyList<Token> tokens, int start, int limit) =>
        _latter.TryGetValue(lang, out var m) ? m.Match(tokens, start, limit).Length : 0;

    private HashSet<string> Cue(string lang, string kind)
    {
        if (!_cues.TryGetValue(lang, out var kinds)) _cues[lang] = kinds = new(StringComparer.Ordinal);
        if (!kinds.TryGetValue(kind, out var set)) kinds[kind] = set = new(StringComparer.Ordinal);
        return set;
    }

    /// <summary>
    /// Whether the token holds one of the hyphens that <see cref="MatchCompound"/> and
    /// <see cref="MatchCombined"/> split on: checked first, so that the plain words they are
    /// asked about (most tokens) are not split into arrays.
    /// </summary>
    private static bool IsHyphenated(Token token) => token.Text.AsSpan().IndexOfAny('-', '\u2010', '\u2011') >= 0;

    private void LoadCues(string path)
    {
        foreach (var row in DataFile.Load(path, "lang", "kind", "form").Rows)
        {
            var lang = row["lang"];
            if (!_rules.ContainsKey(lang)) continue;
            var kind = row["kind"];
            // A kind no pass reads would be a silent loss: the bits of WordCues, and the three kinds read as phrases or suffixes.
            if (!_cueFacts.ContainsKey(kind) && kind is not ("compound" or "country_anaphor" or "latter_anaphor"))
                throw row.Error($"unknown cue kind '{kind}' (known: {string.Join(", ", _cueFacts.Keys.Append("compound").Append("country_anaphor").Append("latter_anaphor"))})", "ACT017");
            if (kind is "country_anaphor" or "latter_anaphor")
            {
                var matchers = kind == "country_anaphor" ? _anaphors : _latter;
                if (!matchers.TryGetValue(lang, out var m)) matchers[lang] = m = new PhraseMatcher<string>();
                m.Add(row["form"], kind, _rules[lang]);
            }
            else Cue(lang, kind).Add(TextNormalizer.Fold(row["form"]));
        }
    }

    /// <summary>
    /// Adds a phrase as each language tokenises it (they differ: "People's" is one token in French,
    /// two in English), so a name listed once matches in a document of either language.
    /// </summary>
    private void AddPhrase(string form, string? lang, ActorKind kind, string path, DataRow row,
        CountryInfo? country = null, NamedActor? actor = null, RoleInfo? role = null, PlaceInfo? place = null, bool cueOnly = false,
        EthnicGroup? ethnic = null, bool ethnicNoun = false)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in lang is null ? Languages : [lang])
        {
            var tokens = Tokenizer.Tokenize(form, new TextSpan(0, form.Length), _rules[l]);
            if (tokens.Count == 0) throw row.Error($"empty form in '{form}'", "ACT001");
            if (!seen.Add(string.Join(' ', tokens.Select(t => t.Fold)))) continue;
            Phrases.Add(tokens, new ActorEntry
            {
                Kind = kind, Form = form, Lang = lang, Country = country, Actor = actor, Role = role, Place = place, CueOnly = cueOnly,
                Ethnic = ethnic, EthnicNoun = ethnicNoun,
                Case = tokens.Select(t => CaseOf(t.Text)).ToArray(),
            });
        }
    }

    private static byte CaseOf(string word)
    {
        int letters = word.Count(char.IsLetter);
        if (letters >= 2 && !word.Any(char.IsLower)) return ActorEntry.AllCaps;
        return char.IsUpper(word[0]) ? ActorEntry.Capitalised : ActorEntry.AnyCase;
    }

    /// <summary>Drops a leading French article: names are stored as "la France", matched as "France".</summary>
    private static string StripArticle(string name)
    {
        foreach (var a in new[] { "les ", "le ", "la ", "l'", "l’" })
            if (name.StartsWith(a, StringComparison.Ordinal) && name.Length > a.Length) return name[a.Length..];
        return name;
    }

    private void LoadCountries(string path)
    {
        var file = DataFile.Load(path, "iso3", "un_member", "name_en", "names_en", "names_fr", "demonyms_en", "demonyms_fr", "capitals_en", "capitals_fr");
        foreach (var row in file.Rows)
        {
            var iso = row["iso3"];
            if (iso.Length != 3 || !iso.All(char.IsAsciiLetterUpper)) throw row.Error($"'{iso}' is not an ISO 3166-1 alpha-3 code", "ACT002");
            if (_countries.ContainsKey(iso)) throw row.Error($"country '{iso}' listed twice", "ACT003");
            var info = new CountryInfo(iso, row["name_en"], row.List("demonyms_en").FirstOrDefault());
            _countries[iso] = info;
            if (row["un_member"] == "yes") _unMembers.Add(iso);
            foreach (var n in row.List("names_en")) AddPhrase(n, null, ActorKind.Country, path, row, info);
            foreach (var n in row.List("names_fr")) AddPhrase(StripArticle(n), null, ActorKind.Country, path, row, info);
            foreach (var lang in new[] { "en", "fr" })
            {
                if (!_rules.ContainsKey(lang)) continue;
                foreach (var d in row.List("demonyms_" + lang)) AddPhrase(d, lang, ActorKind.Demonym, path, row, info);
                foreach (var c in row.List("capitals_" + lang)) AddPhrase(c, null, ActorKind.Capital, path, row, info);
            }
        }
    }

    /// <summary>
    /// data/actors/places.tsv: cities, regions and capitals (kind, country, lat, lon, names) and the
    /// coordinates of countries ("country" rows). Capitals stay metonyms through countries.tsv; their
    /// rows here give them coordinates.
    /// </summary>
    private void LoadPlaces(string path)
    {
        foreach (var row in DataFile.Load(path, "kind", "country", "lat", "lon", "name_en", "names_en", "names_fr", "cue_only").Rows)
        {
            var iso = row["country"];
            if (!_countries.TryGetValue(iso, out var country)) throw row.Error($"unknown country '{iso}' (not in countries.tsv)", "ACT006");
            double? lat = row.Number("lat"), lon = row.Number("lon");
            if (lat is null != lon is null || lat is < -90 or > 90 || lon is < -180 or > 180)
                throw row.Error($"coordinates '{row.Optional("lat")}', '{row.Optional("lon")}' are not a latitude and a longitude", "ACT012");
            var kind = row["kind"];
            if (kind == "country") { country.Lat = lat; country.Lon = lon; continue; }
            if (kind is not ("capital" or "city" or "region")) throw row.Error($"kind '{kind}' must be country, capital, city or region", "ACT013");
            var info = new PlaceInfo(kind, row["name_en"], iso, lat, lon);
            var cueOnly = row.List("cue_only").ToHashSet(StringComparer.Ordinal);
            foreach (var n in row.List("names_en").Concat(row.List("names_fr")).Distinct())
            {
                _places.TryAdd((iso, TextNormalizer.Fold(n)), info);
                AddPhrase(n, null, ActorKind.Place, path, row, place: info, cueOnly: cueOnly.Contains(n));
            }
        }
    }

    private void LoadTitles(string path)
    {
        foreach (var row in DataFile.Load(path, "lang", "forms", "role").Rows)
        {
            var lang = row["lang"];
            if (!_rules.TryGetValue(lang, out var rules)) continue;
            if (!_titles.TryGetValue(lang, out var m)) _titles[lang] = m = new PhraseMatcher<TitleInfo>();
            var forms = row.List("forms");
            if (forms.Length == 0) throw row.Error("column 'forms' is empty", "ACT007");
            foreach (var f in forms)
            {
                var tokens = Tokenizer.Tokenize(f, new TextSpan(0, f.Length), rules);
                if (tokens.Count == 0) throw row.Error($"empty form in '{f}'", "ACT001");
                m.Add(tokens, new TitleInfo(f, row.Optional("role"), tokens.Select(t => CaseOf(t.Text)).ToArray()));
            }
        }
    }

    private void LoadOrgForms(string path)
    {
        foreach (var row in DataFile.Load(path, "lang", "kind", "forms").Rows)
        {
            var lang = row["lang"];
            if (!_rules.TryGetValue(lang, out var rules)) continue;
            var kind = row["kind"] switch
            {
                "prefix" => OrgHeadKind.Prefix,
                "suffix" => OrgHeadKind.Suffix,
                "adjective" => (OrgHeadKind?)null,
                var k => throw row.Error($"kind '{k}' must be prefix, suffix or adjective", "ACT014"),
            };
            if (kind is null) continue;   // endings: read by tools/places/gen_org_adjectives.py
            if (!_orgForms.TryGetValue(lang, out var m)) _orgForms[lang] = m = new PhraseMatcher<OrgForm>();
            if (!_orgHeads.TryGetValue(lang, out var heads)) _orgHeads[lang] = heads = new(StringComparer.Ordinal);
            foreach (var f in row.List("forms"))
            {
                var tokens = Tokenizer.Tokenize(f, new TextSpan(0, f.Length), rules);
                if (tokens.Count == 0) throw row.Error($"empty form in '{f}'", "ACT001");
                var head = tokens[kind == OrgHeadKind.Prefix ? 0 : ^1];
                bool nameFollows = kind == OrgHeadKind.Prefix && tokens.Count > 1 && !tokens[^1].IsCapitalized;
                m.Add(tokens, new OrgForm(kind.Value, f, head.Fold, tokens.Select(t => CaseOf(t.Text)).ToArray(), nameFollows));
                heads.Add(head.Fold);
            }
        }
    }

    private static PartialDate? DateCell(DataRow row, string column)
    {
        var v = row.Optional(column);
        if (v is null) return null;
        return PartialDate.TryParse(v, out var d) ? d : throw row.Error($"column '{column}': '{v}' is not a date (YYYY[-MM[-DD]])", "ACT004");
    }

    private static string Code(DataRow row)
    {
        var code = row["code"];
        if (code.Length < 3 || !code.All(char.IsAsciiLetterUpper) && !code.All(char.IsAsciiLetterOrDigit))
            throw row.Error($"'{code}' is not a CAMEO actor code", "ACT005");
        return code;
    }

    private string? CountryCell(DataRow row)
    {
        var c = row.Optional("country");
        if (c is not null && !_countries.ContainsKey(c)) throw row.Error($"unknown country '{c}' (not in countries.tsv)", "ACT006");
        return c;
    }

    private void LoadInstitutions(string path)
    {
        var actors = new Dictionary<string, NamedActor>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(path, "names", "name_en", "code", "country", "type").Rows)
        {
            var names = row.List("names");
            if (names.Length == 0) throw row.Error("column 'names' is empty", "ACT007");
            var type = row["type"];
            if (type is not (EntityTypes.Organisation or EntityTypes.Group))
                throw row.Error($"type '{type}' must be ORG or GROUP", "ACT008");
            var lang = row.Optional("lang");
            var key = string.Join('|', names) + "\t" + lang;
            if (!actors.TryGetValue(key, out var actor))
            {
                actors[key] = actor = new NamedActor { Id = key, NameEn = row["name_en"], Type = type };
                foreach (var n in names) AddPhrase(n, lang, ActorKind.Institution, path, row, actor: actor);
            }
            actor.Terms.Add(new ActorTerm(Code(row), CountryCell(row), DateCell(row, "from"), DateCell(row, "to")));
        }
    }

    private void LoadPeople(string path)
    {
        var people = new Dictionary<string, NamedActor>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(path, "name_en", "names", "surnames", "code", "country", "role", "from", "to").Rows)
        {
            var name = row["name_en"];
            if (!people.TryGetValue(name, out var person))
            {
                people[name] = person = new NamedActor { Id = name, NameEn = name, Type = EntityTypes.Person };
                foreach (var n in row.List("names").Append(name).Distinct()) AddPhrase(n, null, ActorKind.Person, path, row, actor: person);
                foreach (var n in row.List("surnames")) AddPhrase(n, null, ActorKind.Surname, path, row, actor: person);
            }
            var term = new ActorTerm(Code(row), CountryCell(row), DateCell(row, "from"), DateCell(row, "to")) { Role = row["role"] };
            if (term.From is null) throw row.Error("column 'from' is empty", "ACT009");
            person.Terms.Add(term);
        }
    }

    /// <summary>data/actors/ethnic-groups.tsv: a community's nouns and adjectives, and its home country when it has one.</summary>
    private void LoadEthnicGroups(string path)
    {
        foreach (var row in DataFile.Load(path, "lang", "nouns", "adjectives", "country", "name_en").Rows)
        {
            var lang = row["lang"];
            if (!_rules.ContainsKey(lang)) continue;
            var home = CountryCell(row) is { } iso ? _countries[iso] : null;
            var group = new EthnicGroup(row["name_en"], home);
            var nouns = row.List("nouns");
            if (nouns.Length == 0) throw row.Error("column 'nouns' is empty", "ACT007");
            foreach (var n in nouns) AddPhrase(n, lang, ActorKind.Ethnic, path, row, ethnic: group, ethnicNoun: true);
            foreach (var a in row.List("adjectives").Except(nouns)) AddPhrase(a, lang, ActorKind.Ethnic, path, row, ethnic: group);
        }
    }

    private void LoadRoles(string path)
    {
        foreach (var row in DataFile.Load(path, "lang", "forms", "code", "kind", "name_en").Rows)
        {
            var lang = row["lang"];
            if (!_rules.ContainsKey(lang)) continue;
            var kind = row["kind"] switch
            {
                "person" => RoleKind.Person,
                "body" => RoleKind.Body,
                "group" => RoleKind.Group,
                var k => throw row.Error($"kind '{k}' must be person, body or group", "ACT010"),
            };
            var code = row["code"];
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)) throw row.Error($"role code '{code}' must be three capitals (GOV, MIL...)", "ACT011");
            var info = new RoleInfo(code, kind, row["name_en"]);
            _roleLabels.Add(info.Label);
            foreach (var f in row.List("forms")) AddPhrase(f, lang, ActorKind.Role, path, row, role: info);
        }
    }
}
