using Vigie.Coding.Lexicon;
using Vigie.Core;
using Vigie.Text;

namespace Vigie.Coding.Events;

/// <summary>
/// One document seen by the event coder: which entity, quote and time expression covers each
/// token, each token's verb analyses, and the clause and argument searches over them.
/// </summary>
internal sealed class DocumentView
{
    /// <summary>How far (in tokens) an argument may lie from what governs it.</summary>
    private const int NounComplementReach = 6;
    private const int VerbGroupReach = 5;

    private readonly EventCoder _coder;
    private readonly Grammar _g;
    // The per-token arrays come from the thread's pool (see TokenArrays), cleared up to the token count.
    private readonly EntityMention?[] _entityAt;
    // Null when the document has no direct quote (most have none): no array to allocate.
    private readonly QuoteMention?[]? _quoteAt;
    private readonly IReadOnlyList<VerbForm>?[] _forms;
    private readonly List<(int First, int End, TimeMention Timex)> _timex = [];
    // Allocated when the first object is consumed.
    private string?[]? _consumedBy;
    private readonly bool[] _inTimex;
    private readonly bool[] _inAmount;

    public Document Doc { get; }
    private List<Token> Tokens => Doc.Tokens;

    public DocumentView(Document doc, EventCoder coder)
    {
        Doc = doc;
        _coder = coder;
        _g = coder.Grammar;
        _wordCache = WordFactsCache.For(coder);
        int n = doc.Tokens.Count;
        _pool = _wordCache.Arrays;
        _entityAt = TokenArrays.Fresh(ref _pool.EntityAt, n);
        _forms = TokenArrays.Fresh(ref _pool.Forms, n);
        // Longer mentions win where mentions overlap.
        // (A stable sort by length, longest first, without LINQ's buffers: this runs for every document.)
        var entities = doc.Entities;
        var order = new (int TokenCount, int Index)[entities.Count];
        for (int k = 0; k < order.Length; k++) order[k] = (entities[k].TokenCount, k);
        Array.Sort(order, static (a, b) => a.TokenCount != b.TokenCount ? b.TokenCount.CompareTo(a.TokenCount) : a.Index.CompareTo(b.Index));
        foreach (var (_, index) in order)
        {
            var e = entities[index];
            for (int i = e.FirstToken; i < e.EndToken && i < n; i++) _entityAt[i] ??= e;
        }
        foreach (var q in doc.Quotes)
        {
            if (q.Kind != "direct") continue;
            var (first, end) = TokenRange(q.Span);
            if (end > first) _quoteAt ??= TokenArrays.Fresh(ref _pool.QuoteAt, n);
            for (int i = first; i < end; i++) _quoteAt![i] ??= q;
        }
        _inTimex = TokenArrays.Fresh(ref _pool.InTimex, n);
        _inAmount = TokenArrays.Fresh(ref _pool.InAmount, n);
        // The number words of amounts, not their unit ("two" of "two exiled", not "troops" of "hundreds of troops").
        foreach (var a in doc.Amounts)
        {
            var (first, end) = TokenRange(a.Span);
            if (a.Unit is not null && end - first > 1) end--;
            for (int i = first; i < end; i++) _inAmount[i] = true;
        }
        foreach (var t in doc.Timex)
        {
            var (first, end) = TokenRange(t.Span);
            if (end == first) continue;
            _timex.Add((first, end, t));
            for (int i = first; i < end; i++) _inTimex[i] = true;
        }
    }

    /// <summary>The tokens [First, End) that overlap a span (no iterator: this runs for every mention of every document).</summary>
    private (int First, int End) TokenRange(TextSpan span)
    {
        int lo = 0, hi = Tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].Span.End <= span.Start) lo = mid + 1; else hi = mid - 1;
        }
        int end = lo;
        while (end < Tokens.Count && Tokens[end].Span.Start < span.End) end++;
        return (lo, end);
    }

    /// <summary>True when the actor follows a genitive word: it owns a noun ("the right of X", "le droit de X").</summary>
    public bool AfterGenitive(ActorRef actor)
    {
        foreach (int i in TokensIn(actor.Span))
            return i > 0 && Is(i - 1, C.Genitive) && !Is(i - 1, C.Target);
        return false;
    }

    private IEnumerable<int> TokensIn(TextSpan span)
    {
        int lo = 0, hi = Tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].Span.End <= span.Start) lo = mid + 1; else hi = mid - 1;
        }
        for (int i = lo; i < Tokens.Count && Tokens[i].Span.Start < span.End; i++) yield return i;
    }

    // ------------------------------------------------------------------ grammar classes per token

    /// <summary>The grammar classes as mask bits (<see cref="WordClass.BitOf"/>), read once at startup.</summary>
    internal static class C
    {
        public static readonly ulong Adverb = WordClass.BitOf(WordClass.Adverb);
        public static readonly ulong Agent = WordClass.BitOf(WordClass.Agent);
        public static readonly ulong Aspect = WordClass.BitOf(WordClass.Aspect);
        public static readonly ulong Auxiliary = WordClass.BitOf(WordClass.Auxiliary);
        public static readonly ulong Backing = WordClass.BitOf(WordClass.Backing);
        public static readonly ulong Complementizer = WordClass.BitOf(WordClass.Complementizer);
        public static readonly ulong Conditional = WordClass.BitOf(WordClass.Conditional);
        public static readonly ulong Coordination = WordClass.BitOf(WordClass.Coordination);
        public static readonly ulong Deny = WordClass.BitOf(WordClass.Deny);
        public static readonly ulong Desire = WordClass.BitOf(WordClass.Desire);
        public static readonly ulong Determiner = WordClass.BitOf(WordClass.Determiner);
        public static readonly ulong FutureAuxiliary = WordClass.BitOf(WordClass.FutureAuxiliary);
        public static readonly ulong Genitive = WordClass.BitOf(WordClass.Genitive);
        public static readonly ulong Hearsay = WordClass.BitOf(WordClass.Hearsay);
        public static readonly ulong Hypothesis = WordClass.BitOf(WordClass.Hypothesis);
        public static readonly ulong InfinitiveMarker = WordClass.BitOf(WordClass.InfinitiveMarker);
        public static readonly ulong Intent = WordClass.BitOf(WordClass.Intent);
        public static readonly ulong Locative = WordClass.BitOf(WordClass.Locative);
        public static readonly ulong Modal = WordClass.BitOf(WordClass.Modal);
        public static readonly ulong NegatingPreposition = WordClass.BitOf(WordClass.NegatingPreposition);
        public static readonly ulong Negation = WordClass.BitOf(WordClass.Negation);
        public static readonly ulong Obligation = WordClass.BitOf(WordClass.Obligation);
        public static readonly ulong PassiveAuxiliary = WordClass.BitOf(WordClass.PassiveAuxiliary);
        public static readonly ulong Persuade = WordClass.BitOf(WordClass.Persuade);
        public static readonly ulong PlacePart = WordClass.BitOf(WordClass.PlacePart);
        public static readonly ulong PlaceRelative = WordClass.BitOf(WordClass.PlaceRelative);
        public static readonly ulong Plan = WordClass.BitOf(WordClass.Plan);
        public static readonly ulong PluralPronoun = WordClass.BitOf(WordClass.PluralPronoun);
        public static readonly ulong Possibility = WordClass.BitOf(WordClass.Possibility);
        public static readonly ulong PostNegation = WordClass.BitOf(WordClass.PostNegation);
        public static readonly ulong Preposition = WordClass.BitOf(WordClass.Preposition);
        public static readonly ulong Pronoun = WordClass.BitOf(WordClass.Pronoun);
        public static readonly ulong Purpose = WordClass.BitOf(WordClass.Purpose);
        public static readonly ulong PurposeMarker = WordClass.BitOf(WordClass.PurposeMarker);
        public static readonly ulong Reflexive = WordClass.BitOf(WordClass.Reflexive);
        public static readonly ulong Relative = WordClass.BitOf(WordClass.Relative);
        public static readonly ulong Subordinator = WordClass.BitOf(WordClass.Subordinator);
        public static readonly ulong Target = WordClass.BitOf(WordClass.Target);
        public static readonly ulong ThingPronoun = WordClass.BitOf(WordClass.ThingPronoun);
        public static readonly ulong Threat = WordClass.BitOf(WordClass.Threat);
        public static readonly ulong We = WordClass.BitOf(WordClass.We);
        public static readonly ulong Wish = WordClass.BitOf(WordClass.Wish);
    }

    /// <summary>Marks a computed entry of <see cref="_lemmaClasses"/> (no class uses bit 63).</summary>
    private const ulong Computed = 1UL << 63;

    // The grammar classes of a token's verb readings' lemmas are asked for many times per token
    // (by every clause, verb group and argument search around it): computed once per token.
    private ulong[]? _lemmaClasses;

    /// <summary>What the lexicons say about token <paramref name="i"/>'s word, looked up once per token (and kept per word across documents).</summary>
    public WordFacts FactsAt(int i)
    {
        // Past the token count a pooled array holds another document's entries: fail as Tokens[i] would.
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)i, (uint)Tokens.Count, nameof(i));
        _facts ??= TokenArrays.Fresh(ref _pool.Facts, Tokens.Count);
        return _facts[i] ??= _wordCache.Get(Tokens[i]);
    }

    private WordFacts?[]? _facts;
    private readonly WordFactsCache _wordCache;
    private readonly TokenArrays _pool;

    /// <summary>The bit of a tense in a <see cref="TensesAt"/> mask.</summary>
    private static int Tense(VerbTense tense) => 1 << (int)tense;

    /// <summary>True when a verb reading of token <paramref name="i"/> has one of the tenses (a mask of <see cref="Tense"/> bits).</summary>
    private bool HasTense(int i, int tenses) => (TensesAt(i) & tenses) != 0;

    /// <summary>The tenses of token <paramref name="i"/>'s verb readings as <see cref="Tense"/> bits, computed once per token.</summary>
    private int TensesAt(int i)
    {
        if (i < 0 || i >= Tokens.Count) return 0;
        _tenses ??= TokenArrays.Fresh(ref _pool.Tenses, Tokens.Count);
        int mask = _tenses[i];
        if (mask == 0)
        {
            mask = TensesComputed;
            var forms = VerbForms(i);
            for (int k = 0; k < forms.Count; k++) mask |= Tense(forms[k].Tense);
            _tenses[i] = mask;
        }
        return mask;
    }

    private const int TensesComputed = 1 << 30;
    private int[]? _tenses;

    /// <summary>True when token <paramref name="i"/> alone is a word of the class (<see cref="Grammar.Is"/>; <see cref="C"/> holds the bits).</summary>
    public bool Is(int i, ulong cls) => (FactsAt(i).Classes & cls) != 0;

    /// <summary>
    /// <see cref="Grammar.Match"/> at token <paramref name="i"/>: the length of a phrase of the class
    /// starting there, 0 when none; most words start no phrase, known from the word's facts.
    /// </summary>
    private int MatchAt(int i, string cls, int limit = int.MaxValue) =>
        i >= 0 && i < Tokens.Count && !FactsAt(i).StartsPhrase ? 0 : _g.Match(Tokens, i, cls, limit);

    /// <summary>True when token <paramref name="i"/> alone is a word of some class (<see cref="Grammar.IsListed"/>).</summary>
    private bool IsListed(int i) => FactsAt(i).Classes != 0;

    /// <summary>True when a verb reading of token <paramref name="i"/> has a lemma of the class ("a" → avoir: aux).</summary>
    private bool HasLemmaOf(int i, ulong cls)
    {
        if (i < 0 || i >= Tokens.Count) return false;
        _lemmaClasses ??= TokenArrays.Fresh(ref _pool.LemmaClasses, Tokens.Count);
        ulong mask = _lemmaClasses[i];
        if (mask == 0)
        {
            mask = Computed;
            var forms = VerbForms(i);
            for (int k = 0; k < forms.Count; k++) mask |= _g.Classes(forms[k].Lemma);
            _lemmaClasses[i] = mask;
        }
        return (mask & cls) != 0;
    }

    // ------------------------------------------------------------------ token facts

    public EntityMention? EntityAt(int i) => i >= 0 && i < Tokens.Count ? _entityAt[i] : null;

    /// <summary>An entity that can be an event's actor: it has a code or a country and is not used as a place.</summary>
    public EntityMention? ActorAt(int i) => EntityAt(i) is { } e && (e.Code is not null || e.Country is not null || e.Antecedent?.Code is not null) && !e.IsPlace ? e : null;

    public IReadOnlyList<VerbForm> VerbForms(int i)
    {
        if (i < 0 || i >= Tokens.Count) return [];
        if (_forms[i] is { } cached) return cached;
        var token = Tokens[i];
        IReadOnlyList<VerbForm> forms = token.IsWord ? FactsAt(i).Analyses : [];
        // After a determiner a word is a noun ("l'attaque", "the attack"), unless it is a participle.
        // So after a number: "the two exiled dissidents", "150 detained protesters".
        // An auxiliary before a participle follows an object pronoun, not an article: "les avoir arrêtées".
        if (forms.Count > 0 && i > 0 && (Is(i - 1, C.Determiner) && !Is(i - 1, C.Reflexive) || IsQuantity(i - 1))
            && !(AnyLemmaOf(forms, C.Auxiliary) && i + 1 < Tokens.Count && FactsAt(i + 1).Analyses.Any(f => f.Tense == VerbTense.PastParticiple)))
            forms = forms.Where(f => f.Tense == VerbTense.PastParticiple).ToArray();
        // "killed in riots": after a preposition (not an infinitive marker) a word is no finite verb.
        if (forms.Count > 0 && i > 0 && Is(i - 1, C.Preposition) && !Is(i - 1, C.InfinitiveMarker) && !Is(i - 1, C.Determiner)
            && forms.Any(f => f.Tense is VerbTense.Present or VerbTense.SimplePast))
            forms = forms.Where(f => f.Tense is not (VerbTense.Present or VerbTense.SimplePast)).ToArray();
        // "imposed sanctions on four companies accused of supplying …": an -ed form right after a
        // plain noun that stands in the object of an earlier finite verb of its clause qualifies
        // that noun (a reduced relative): two finite verbs need a conjunction between them.
        if (forms.Count > 1 && forms.Any(f => f.Tense == VerbTense.PastParticiple) && forms.Any(f => f.Tense == VerbTense.SimplePast)
            && InObjectOfEarlierVerb(i - 1))
            forms = forms.Where(f => f.Tense == VerbTense.PastParticiple).ToArray();
        // "would not provide support": a base form right after a lexical verb is a noun. A word of
        // an actor's name is no verb ("Israeli forces attacked": "forces" is a noun here).
        bool afterVerb = i > 0 && EntityAt(i - 1) is null;
        if (forms.Count > 0 && afterVerb && forms.All(f => f.Tense is VerbTense.Base or VerbTense.Present)
            && VerbForms(i - 1).Any(f => f.Tense != VerbTense.Base) && !HasLemmaOf(i - 1, C.Auxiliary) && !Is(i - 1, C.Modal))
            forms = [];
        // "victims killed by …": an ambiguous -ed form followed by a passive agent is a participle.
        if (forms.Count > 1 && i + 1 < Tokens.Count && Is(i + 1, C.Agent)
            && forms.Any(f => f.Tense == VerbTense.PastParticiple) && forms.Any(f => f.Tense == VerbTense.SimplePast))
            forms = forms.Where(f => f.Tense == VerbTense.PastParticiple).ToArray();
        // "expel exiled leaders": a participle right after another verb qualifies a noun.
        if (forms.Count > 1 && afterVerb && forms.Any(f => f.Tense == VerbTense.PastParticiple) && forms.Any(f => f.Tense == VerbTense.SimplePast)
            && VerbForms(i - 1).Any(f => f.Tense is not VerbTense.PastParticiple) && !HasLemmaOf(i - 1, C.Auxiliary))
            forms = forms.Where(f => f.Tense == VerbTense.PastParticiple).ToArray();
        _forms[i] = forms;
        return forms;
    }

    /// <summary>
    /// True when token <paramref name="n"/> is a plain noun (no verb, no actor, no grammar word)
    /// reached from an earlier finite lexical verb of the sentence over nouns, determiners, numbers
    /// and prepositions only; not after a speech verb, whose complement may drop its "that"
    /// ("said the rebels attacked").
    /// </summary>
    private bool InObjectOfEarlierVerb(int n)
    {
        if (n <= 0 || !Tokens[n].IsWord || EntityAt(n) is not null || IsListed(n) || FactsAt(n).Analyses.Count > 0) return false;
        for (int k = n - 1; k >= 0 && n - k <= 8 && Tokens[k].Sentence == Tokens[n].Sentence; k--)
        {
            var t = Tokens[k];
            if (!t.IsWord && t.Kind != TokenKind.Number) return false;   // a comma, a quotation mark: another clause may start
            var forms = FactsAt(k).Analyses;
            if (forms.Count > 0 && !Is(k, C.Determiner) && !Is(k, C.Preposition))
                return forms.Any(f => f.Tense is VerbTense.SimplePast or VerbTense.Present) && !AnySpeechLemma(forms) && !AnyLemmaOf(forms, C.Auxiliary)
                       && !Is(k, C.Modal) && !(k > 0 && Is(k - 1, C.Determiner));
            if (Is(k, C.Coordination) || Is(k, C.Subordinator) || Is(k, C.Relative) || Is(k, C.Complementizer)) return false;
        }
        return false;
    }

    /// <summary>
    /// For a gerund that completes a participle ("firms accused of supplying …", "des soldats
    /// soupçonnés d'avoir aidé …"): true, with the actor the participle qualifies when it stands right
    /// before it. Such a gerund is the qualified noun's act, not the clause subject's.
    /// </summary>
    public bool CompletesParticiple(int p, out EntityMention? doer)
    {
        doer = null;
        int k = p - 1;
        while (k > 0 && Is(k, C.Auxiliary)) k--;   // "d'avoir aidé"
        if (k < 2 || !Is(k, C.Genitive)) return false;
        var participle = VerbForms(k - 1);
        if (participle.Count == 0 || participle.Any(f => f.Tense != VerbTense.PastParticiple)) return false;
        // A participle of a compound tense or a passive is the clause's verb ("ont décidé de rappeler").
        if (Is(k - 2, C.Auxiliary) || HasLemmaOf(k - 2, C.Auxiliary)) return false;
        doer = ActorAt(k - 2) is { } e && e.EndToken == k - 1 ? e : null;
        return true;
    }

    /// <summary>True when a word with verb readings may be a noun here: after a determiner or a preposition, or at the start of a clause.</summary>
    public bool CouldBeNoun(int i) => i > 0 && (Is(i - 1, C.Determiner) || Is(i - 1, C.Preposition)
        || (Tokens[i - 1].Expansion is { Length: > 0 })
        // "Israeli shelling", "Israeli tank shelling": after a demonym, or a demonym and a noun modifier.
        || ActorAt(i - 1) is { Demonym: true } || (i > 1 && IsNounModifier(i - 1) && ActorAt(i - 2) is { Demonym: true }));

    /// <summary>
    /// The end of the that-clause right after a clause ("demanded that Israel halt the offensive"),
    /// where an appeal's or a demand's object words may stand; the clause's own end when none follows.
    /// </summary>
    public int ComplementEnd(Sentence s, Clause clause)
    {
        if (clause.End >= s.EndToken - 1 || !Is(clause.End, C.Complementizer)) return clause.End;
        return ClauseOf(s, clause.End + 1).End;
    }

    /// <summary>The subject of the that-clause right after a clause ("exige que la Russie retire …").</summary>
    public List<ActorRef> ComplementSubject(Sentence s, Clause clause, List<ActorRef> sources)
    {
        if (clause.End >= s.EndToken || !Is(clause.End, C.Complementizer)) return [];
        var next = ClauseOf(s, Math.Min(clause.End + 1, s.EndToken - 1));
        for (int j = next.Start; j < next.End && j <= next.Start + 4; j++)
            if (ActorAt(j) is { } e)
            {
                if (IsPrepositionToken(Before(e)) || HasSpan(sources, e.Span)) return [];
                return WithCoordinated(e, left: false);
            }
        return [];
    }

    private bool IsVerb(int i) => VerbForms(i).Count > 0 || Is(i, C.Modal);

    /// <summary>True when a verb reading of token <paramref name="i"/> has a speech verb's lemma.</summary>
    private bool HasSpeechLemma(int i) => AnySpeechLemma(VerbForms(i));

    /// <summary>True when one of the readings has a speech verb's lemma (a loop: a lambda using the coder would allocate per call).</summary>
    private bool AnySpeechLemma(IReadOnlyList<VerbForm> forms)
    {
        for (int k = 0; k < forms.Count; k++)
            if (_coder.SpeechVerbLemmas.Contains(forms[k].Lemma)) return true;
        return false;
    }

    /// <summary>True when one of the readings has a lemma of one of the classes (a mask of <see cref="C"/> bits).</summary>
    private bool AnyLemmaOf(IReadOnlyList<VerbForm> forms, ulong classes)
    {
        for (int k = 0; k < forms.Count; k++)
            if ((_g.Classes(forms[k].Lemma) & classes) != 0) return true;
        return false;
    }

    /// <summary>True when a past-participle reading of token <paramref name="i"/> has a lemma of the class.</summary>
    private bool HasParticipleOf(int i, ulong cls)
    {
        var forms = VerbForms(i);
        for (int k = 0; k < forms.Count; k++)
            if (forms[k].Tense == VerbTense.PastParticiple && (_g.Classes(forms[k].Lemma) & cls) != 0) return true;
        return false;
    }

    /// <summary>True when one of the actors has this span (no lambda: the callers loop over tokens, and a captured local makes each turn allocate).</summary>
    private static bool HasSpan(List<ActorRef> actors, TextSpan span)
    {
        foreach (var x in actors)
            if (x.Span == span) return true;
        return false;
    }

    private bool IsNonFinite(int i) => HasTense(i, Tense(VerbTense.Infinitive) | Tense(VerbTense.PresentParticiple))
                                       || (HasTense(i, Tense(VerbTense.Base)) && i > 0 && Is(i - 1, C.InfinitiveMarker));

    // ------------------------------------------------------------------ clauses

    /// <summary>The clause holding token <paramref name="p"/>: bounded by subordinators, relatives, coordinations before a verb, ';', ':' and quotation marks.</summary>
    public Clause ClauseOf(Sentence s, int p)
    {
        // A predicate's clause is asked for by every rule that looks at it: computed once per token.
        if (p < s.FirstToken || p >= s.EndToken) return ComputeClauseOf(s, p);
        // A clause is 28 bytes and few tokens are asked for one: an index per token into a list.
        _clauseIds ??= TokenArrays.Fresh(ref _pool.ClauseIds, Tokens.Count);
        int k = _clauseIds[p];
        if (k > 0) return _clauseList[k - 1];
        var clause = ComputeClauseOf(s, p);
        _clauseList.Add(clause);
        _clauseIds[p] = _clauseList.Count;
        return clause;
    }

    private int[]? _clauseIds;
    private readonly List<Clause> _clauseList = [];

    private Clause ComputeClauseOf(Sentence s, int p)
    {
        var start = new Clause(s.FirstToken, s.EndToken, ClauseOpener.Sentence, -1);
        int left = s.FirstToken, opener = -1, embeddedStart = -1, embeddedEnd = -1;
        var kind = ClauseOpener.Sentence;
        int chain = ChainStart(p, s.FirstToken);
        for (int i = p - 1; i >= s.FirstToken; i--)
        {
            var k = BoundaryAt(i, p, chain, embeddedStart, embeddedEnd);
            if (k is null) continue;
            // "l'armée et les rebelles qu'elle soutient ont pris …": a relative clause that ends
            // before the predicate is embedded in its clause, not the clause's start.
            if (embeddedStart < 0 && IsRelativeOpener(i, k.Value) && RelativeEnd(i, s.EndToken) is var end && end <= p)
            {
                (embeddedStart, embeddedEnd) = (i, end);
                continue;
            }
            left = i + 1; opener = i; kind = k.Value;
            break;
        }
        int right = s.EndToken;
        // "Si l'Iran attaque Israël, les États-Unis riposteront": the comma ends a hypothesis.
        bool hypothesis = opener >= 0 && Is(opener, C.Hypothesis);
        for (int i = p + 1; i < s.EndToken; i++)
            if (BoundaryAt(i, -1) is not null || (hypothesis && Tokens[i].Text == ",")) { right = i; break; }
        // A relative clause ends where the next verb group starts: "qui attaquent Alep | ont été repoussés".
        if (IsRelativeOpener(opener, kind)) right = Math.Min(right, RelativeEnd(opener, right));
        return start with { Start = left, End = right, Opener = kind, OpenerToken = opener, EmbeddedStart = embeddedStart, EmbeddedEnd = embeddedEnd };
    }

    /// <summary>True when the boundary at <paramref name="i"/> opens a relative clause: a relative pronoun, or "que" after an actor ("les rebelles qu'elle soutient").</summary>
    private bool IsRelativeOpener(int i, ClauseOpener kind) =>
        i >= 0 && (kind == ClauseOpener.Relative || kind == ClauseOpener.Subordinator && ObjectRelativeAntecedentAt(i) is not null);

    /// <summary>
    /// For "que" right after an actor that no verb governs ("les rebelles qu'elle soutient", not
    /// "a averti Moscou que …"), that actor: the object of the relative clause.
    /// </summary>
    private EntityMention? ObjectRelativeAntecedentAt(int i)
    {
        if (i < 1 || !Is(i, C.Complementizer) || ActorAt(i - 1) is not { } e || e.EndToken != i) return null;
        int before = e.FirstToken - 1;
        while (before >= 0 && Is(before, C.Determiner) && !Is(before, C.Preposition)) before--;
        return before >= 0 && Tokens[before].Sentence == Tokens[i].Sentence && IsVerb(before) ? null : e;
    }

    /// <summary>The antecedent of the object relative clause <paramref name="clause"/> ("les rebelles qu'elle soutient" → les rebelles), or null.</summary>
    public EntityMention? ObjectRelativeAntecedent(Clause clause) =>
        clause.Opener == ClauseOpener.Subordinator ? ObjectRelativeAntecedentAt(clause.OpenerToken) : null;

    /// <summary>
    /// Where the relative clause opened at <paramref name="opener"/> ends: at its second finite verb
    /// (the first is its own: one verb group has one finite verb), or at a comma after its own verb
    /// ("qui occupaient la base, puis la Chine a …"), or at <paramref name="limit"/>.
    /// </summary>
    private int RelativeEnd(int opener, int limit)
    {
        int finite = 0;
        for (int k = opener + 1; k < limit; k++)
        {
            if (EntityAt(k) is { } e) { k = e.EndToken - 1; continue; }
            if (Tokens[k].Sentence != Tokens[opener].Sentence || finite == 1 && Tokens[k].Text == ",") return k;
            if (IsFinite(k) && ++finite == 2) return k;
        }
        return limit;
    }

    /// <summary>True when every reading of the word is a finite verb form (the word's own readings: "soutient ont" are two verbs).</summary>
    private bool IsFinite(int i) => Tokens[i].IsWord && FactsAt(i).Analyses is { Count: > 0 } forms
        && !(i > 0 && Is(i - 1, C.Determiner))
        && forms.All(f => f.Tense is VerbTense.Present or VerbTense.SimplePast or VerbTense.Imperfect or VerbTense.Future or VerbTense.Conditional);

    /// <summary>Most words a quoted word or phrase may have to count as a qualifier ("désigne comme « terroristes » X").</summary>
    private const int ScareQuoteReach = 3;

    /// <summary>
    /// True when the quotation mark at <paramref name="i"/> encloses, with its partner, a few words
    /// and no verb: a term being quoted («&#160;terroristes&#160;»), not a quotation that opens a clause.
    /// </summary>
    private bool IsScareQuote(int i)
    {
        foreach (int step in new[] { 1, -1 })
            for (int j = i + step, words = 0; j >= 0 && j < Tokens.Count && Tokens[j].Sentence == Tokens[i].Sentence; j += step)
            {
                if (Tokens[j].Kind == TokenKind.Quote) { if (words > 0) return true; break; }
                if (!Tokens[j].IsWord || IsVerb(j) || ++words > ScareQuoteReach) break;
            }
        return false;
    }

    /// <summary>The first token of the verb chain ending at <paramref name="p"/>: "ont réussi à prendre", "n'a pas pu livrer".</summary>
    private int ChainStart(int p, int limit)
    {
        int i = p - 1;
        while (i >= limit && EntityAt(i) is null && (IsVerb(i) || Is(i, C.InfinitiveMarker) || Is(i, C.Adverb)
               || Is(i, C.Negation) || Is(i, C.PostNegation) || Is(i, C.Reflexive)))
            i--;
        return i + 1;
    }

    /// <summary>
    /// The kind of clause boundary at token <paramref name="i"/>, or null. Left of the predicate,
    /// a coordination opens a clause when a verb stands between it and the predicate's verb chain
    /// (starting at <paramref name="chain"/>), not counting an embedded relative clause.
    /// </summary>
    private ClauseOpener? BoundaryAt(int i, int predicate, int chain = -1, int embeddedStart = -1, int embeddedEnd = -1)
    {
        // What a token is as a boundary, apart from a coordination's test of its neighbours, is
        // settled once per token: the clause searches ask it of every token between a predicate
        // and its clause's ends, for every predicate of the sentence.
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)i, (uint)Tokens.Count, nameof(i));
        _boundaryKinds ??= TokenArrays.Fresh(ref _pool.BoundaryKinds, Tokens.Count);
        var kind = _boundaryKinds[i];
        if (kind == BoundaryKind.Unknown) _boundaryKinds[i] = kind = ComputeBoundaryKind(i);
        switch (kind)
        {
            case BoundaryKind.Punctuation: return ClauseOpener.Punctuation;
            case BoundaryKind.Quote: return ClauseOpener.Quote;
            case BoundaryKind.Subordinator: return ClauseOpener.Subordinator;
            case BoundaryKind.Relative: return ClauseOpener.Relative;
            case BoundaryKind.Coordination: break;
            default: return null;
        }
        var t = Tokens[i];
        // "et"/"and" opens a clause only when a verb follows before the predicate (coordinated clauses).
        if (predicate > i)
        {
            int end = chain > i ? chain : predicate;
            for (int k = i + 1; k < end; k++)
                if ((k < embeddedStart || k >= embeddedEnd) && EntityAt(k) is null && IsVerb(k)) return ClauseOpener.Coordination;
            if (predicate - i <= 3 && IsVerb(predicate)) return ClauseOpener.Coordination;
            return null;
        }
        // After the predicate, ", et restent …", "et menacé …": a coordination before a verb ends its clause.
        if (predicate < 0)
        {
            _coordinationEnds ??= TokenArrays.Fresh(ref _pool.CoordinationEnds, Tokens.Count);
            if (_coordinationEnds[i] == 0)
                _coordinationEnds[i] = (sbyte)(i + 1 < Tokens.Count && Tokens[i + 1].Sentence == t.Sentence && StartsVerbGroup(i + 1) ? 1 : -1);
            return _coordinationEnds[i] > 0 ? ClauseOpener.Coordination : null;
        }
        return null;
    }

    /// <summary>The boundary kind of a token, before any coordination test.</summary>
    private BoundaryKind ComputeBoundaryKind(int i)
    {
        var t = Tokens[i];
        if (t.Kind == TokenKind.Punctuation && t.Text is ";" or ":" or "(" or ")" or "—" or "–") return BoundaryKind.Punctuation;
        if (t.Kind == TokenKind.Quote && !IsScareQuote(i)) return BoundaryKind.Quote;
        if (EntityAt(i) is not null) return BoundaryKind.None;
        // Every opener below is a grammar word: most tokens are none, settled with one lookup.
        if (!IsListed(i)) return BoundaryKind.None;
        if (Is(i, C.Subordinator) || Is(i, C.Hypothesis)) return BoundaryKind.Subordinator;
        if (Is(i, C.Relative)) return BoundaryKind.Relative;
        if (Is(i, C.Coordination)) return BoundaryKind.Coordination;
        return BoundaryKind.None;
    }

    internal enum BoundaryKind : byte { Unknown, None, Punctuation, Quote, Subordinator, Relative, Coordination }

    private BoundaryKind[]? _boundaryKinds;
    /// <summary>Per token: 1 when a coordination there ends the clause of a predicate before it, -1 when not, 0 not yet known.</summary>
    private sbyte[]? _coordinationEnds;

    /// <summary>True when a verb (or an adverb or negation and then a verb) starts at <paramref name="i"/>: "restent", "n'a pas", "a ensuite".</summary>
    private bool StartsVerbGroup(int i)
    {
        for (int k = i; k < Tokens.Count && k <= i + 2; k++)
        {
            if (EntityAt(k) is not null) return false;
            if (IsVerb(k)) return true;
            if (!(Is(k, C.Negation) || Is(k, C.Adverb) || Is(k, C.Reflexive))) return false;
        }
        return false;
    }

    /// <summary>The first token of the verb group ending at <paramref name="p"/>: auxiliaries, modals, negation, adverbs ("n'a pas encore livré").</summary>
    public int VerbGroupStart(int p, int clauseStart)
    {
        int start = p;
        // Words seen after a comma join the group only if an auxiliary follows them
        // ("a, ce mercredi, menacé"); otherwise the comma ends it (", killing eight").
        int tentative = -1;
        for (int i = p - 1; i >= clauseStart && p - i <= VerbGroupReach + 4; i--)
        {
            var t = Tokens[i];
            if (EntityAt(i) is not null) break;
            if (t.Text == ",") { tentative = tentative < 0 ? start : tentative; continue; }
            bool auxiliary = IsVerb(i) && (HasLemmaOf(i, C.Auxiliary) || Is(i, C.Modal));
            bool adverb = t.IsWord && (Is(i, C.Adverb) || _g.EndsWithSuffixOf(t.Norm, WordClass.AdverbSuffix)) && !IsVerb(i);
            if (auxiliary) { start = i; tentative = -1; continue; }
            if (Is(i, C.Negation) || Is(i, C.PostNegation) || adverb || Is(i, C.Hearsay)) { start = i; continue; }
            // A multi-word adverb or a time expression inside the group: "a de nouveau menacé", "a, mardi, condamné".
            int phraseStart = AdverbPhraseEndingAt(i, clauseStart);
            if (phraseStart >= 0) { start = phraseStart; i = phraseStart; continue; }
            break;
        }
        return tentative >= 0 ? tentative : start;
    }

    /// <summary>The first token of an adverb phrase or time expression ending at token <paramref name="end"/>, or -1.</summary>
    private int AdverbPhraseEndingAt(int end, int limit)
    {
        foreach (var (first, last, _) in _timex)
            if (last - 1 == end && first >= limit) return first;
        for (int k = Math.Max(limit, end - 3); k < end; k++)
            if (MatchAt(k, WordClass.Adverb, end + 1) == end - k + 1) return k;
        return -1;
    }

    /// <summary>True when the clause before the coordination at <paramref name="coordination"/> ends with a passive verb group and its agent ("a été rejetée par X").</summary>
    public bool FollowsPassive(Sentence s, int coordination)
    {
        var previous = ClauseOf(s, Math.Max(s.FirstToken, coordination - 1));
        for (int v = coordination - 1; v >= previous.Start; v--)
            if (HasTense(v, Tense(VerbTense.PastParticiple)))
                return HasPassiveAuxiliary(VerbGroupStart(v, previous.Start), v);
        return false;
    }

    /// <summary>True when the clause before the coordination at <paramref name="coordination"/> ends with an active compound verb group ("a adressé un avertissement à X").</summary>
    public bool FollowsActiveCompound(Sentence s, int coordination)
    {
        var previous = ClauseOf(s, Math.Max(s.FirstToken, coordination - 1));
        for (int v = coordination - 1; v >= previous.Start; v--)
            if (HasTense(v, Tense(VerbTense.PastParticiple)))
            {
                int groupStart = VerbGroupStart(v, previous.Start);
                if (HasPassiveAuxiliary(groupStart, v)) return false;
                for (int i = groupStart; i < v; i++)
                    if (HasLemmaOf(i, C.Auxiliary)) return true;
                return false;
            }
        return false;
    }

    public bool HasPassiveAuxiliary(int groupStart, int p)
    {
        for (int i = groupStart; i < p; i++)
            if (HasLemmaOf(i, C.PassiveAuxiliary)) return true;
        return false;
    }

    /// <summary>The verb that governs a noun as its object ("a lancé une offensive"), or -1.</summary>
    public int GoverningVerb(int p, int clauseStart)
    {
        for (int i = p - 1; i >= clauseStart && p - i <= 4; i--)
        {
            if (EntityAt(i) is not null) return -1;
            var t = Tokens[i];
            if (Is(i, C.Preposition) && !Is(i, C.Determiner)) return -1;
            if (VerbForms(i).Count > 0) return i;
            if (!t.IsWord) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The subject(s) of the nearest verb before <paramref name="p"/> in its sentence; with no verb
    /// the lexicon knows there, the subject actors before <paramref name="p"/> ("X et Y représentent …, leur …").
    /// </summary>
    public List<ActorRef> SubjectsBefore(Sentence s, int p)
    {
        for (int v = p - 1; v >= s.FirstToken; v--)
        {
            if (EntityAt(v) is not null || VerbForms(v).Count == 0) continue;
            var clause = ClauseOf(s, v);
            return Subjects(clause, VerbGroupStart(v, clause.Start), null);
        }
        return Subjects(ClauseOf(s, p), p, null);
    }

    /// <summary>True when the noun at <paramref name="p"/> follows a backing preposition and its article: "avec le soutien".</summary>
    public bool IsBacked(int p, Clause clause)
    {
        int i = p - 1;
        while (i >= clause.Start && Is(i, C.Determiner)) i--;
        return i >= clause.Start && i < p - 1 && Is(i, C.Backing);
    }

    /// <summary>The subject of the clause's nearest finite verb to <paramref name="p"/>, other than <paramref name="exclude"/>.</summary>
    public List<ActorRef> ClauseSubjects(Clause clause, int p, List<ActorRef> exclude)
    {
        for (int d = 1; d < clause.End - clause.Start; d++)
            foreach (int v in new[] { p - d, p + d })
            {
                if (v < clause.Start || v >= clause.End || EntityAt(v) is not null || !IsVerb(v)) continue;
                var subjects = Subjects(clause, VerbGroupStart(v, clause.Start), null);
                return subjects.Where(x => !exclude.Any(e => e.Span == x.Span)).ToList();
            }
        return [];
    }

    /// <summary>
    /// The last token before the adverbials and time expressions ending at <paramref name="i"/>
    /// ("agreed in principle on Saturday | to provide"); <paramref name="i"/> when none ends there.
    /// </summary>
    private int BeforeAdverbials(int i, int limit)
    {
        while (i > limit && AdverbPhraseEndingAt(i, limit) is var start && start >= 0)
        {
            i = start - 1;
            // "on Saturday", "le 3 mai": the preposition of a time expression.
            if (i > limit && InTimex(i + 1) && Is(i, C.Preposition) && !Is(i, C.Determiner)) i--;
        }
        return i;
    }

    /// <summary>The infinitive that verb <paramref name="p"/> governs ("refused to meet", "agreed on Saturday to provide"), or -1.</summary>
    public int InfinitiveComplement(int p, int end)
    {
        int i = p + 1;
        // Over the adverbials and time expressions after the verb: "threatened Monday to resume".
        while (i < end && i <= p + 8 && (AdverbPhraseStartingAt(i, end) is var next && next > i)) i = next;
        int afterAdverbials = i;
        while (i < end && i <= afterAdverbials + 2 && (Is(i, C.InfinitiveMarker) || Is(i, C.Reflexive))) i++;
        return i < end && i > afterAdverbials && IsNonFinite(i) ? i : -1;
    }

    /// <summary>
    /// The verb of the first infinitive in the object of verb <paramref name="p"/>, a passive one
    /// included ("a call for its forces to be deployed", "un appel à déployer"), or -1.
    /// </summary>
    public int InfinitiveInObject(int p, int end)
    {
        for (int i = p + 1; i + 1 < end; i++)
        {
            if (!Is(i, C.InfinitiveMarker)) continue;
            int v = i + 1;
            if (v + 1 < end && HasLemmaOf(v, C.PassiveAuxiliary)) v++;
            if (EntityAt(v) is null && VerbForms(v).Count > 0) return v;
        }
        return -1;
    }

    /// <summary>The token after an adverb phrase or time expression (with its preposition) starting at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private int AdverbPhraseStartingAt(int i, int end)
    {
        if (i + 1 < end && Is(i, C.Preposition) && !Is(i, C.InfinitiveMarker) && InTimex(i + 1)) i++;
        foreach (var (first, last, _) in _timex)
            if (first == i && last <= end) return last;
        int len = MatchAt(i, WordClass.Adverb, end);
        return len > 0 ? i + len : i;
    }

    /// <summary>The root of the coded verb whose object holds token <paramref name="i"/>, or null.</summary>
    public string? ConsumedBy(int i) => _consumedBy?[i];

    /// <summary>Marks the object of a coded verb (up to the next actor, preposition or clause end) as part of its event of root <paramref name="root"/>.</summary>
    public void ConsumeObjectsOf(int p, Sentence s, string root)
    {
        var clause = ClauseOf(s, p);
        for (int i = p + 1; i < clause.End && i <= p + 4; i++)
        {
            var t = Tokens[i];
            if (EntityAt(i) is not null || (Is(i, C.Preposition) && !Is(i, C.Determiner)) || !t.IsWord) break;
            (_consumedBy ??= TokenArrays.Fresh(ref _pool.ConsumedBy, Tokens.Count))[i] = root;
        }
    }

    /// <summary>True when a word of a grammar class follows token <paramref name="p"/> before <paramref name="end"/>.</summary>
    public bool HasWordOfClassAfter(int p, int end, string wordClass)
    {
        for (int i = p + 1; i < end; i++)
            if (MatchAt(i, wordClass, end) > 0) return true;
        return false;
    }

    /// <summary>Marks the first occurrence in [from, to) of each object phrase as part of the event of root <paramref name="root"/>.</summary>
    public void ConsumeObjectWords(IReadOnlyList<string[]> objects, int from, int to, int trigger, string root)
    {
        for (int w = 0; w < objects.Count; w++)
            for (int i = from, length = objects[w].Length; i + length <= to; i++)
            {
                if (i == trigger) continue;
                bool all = true;
                for (int k = 0; k < length && all; k++) all = SameWord(Tokens[i + k].Fold, objects[w][k]);
                if (!all) continue;
                _consumedBy ??= TokenArrays.Fresh(ref _pool.ConsumedBy, Tokens.Count);
                for (int k = 0; k < length; k++) _consumedBy[i + k] ??= root;
                break;
            }
    }

    public bool HasWordAfter(int p, string fold, int reach, int end)
    {
        for (int i = p + 1; i < end && i <= p + reach; i++)
            if (Tokens[i].Fold == fold) return true;
        return false;
    }

    /// <summary>
    /// True when the verb at <paramref name="p"/> is directly followed by a noun phrase ("bombed
    /// villages", "a bombardé des positions"), not by a preposition or the end of its clause: an
    /// active verb acting on something, not a participle ("soldiers killed in Ukraine").
    /// </summary>
    public bool HasDirectObject(int p, int end)
    {
        int i = p + 1;
        while (i < end && Is(i, C.Adverb)) i++;
        if (i >= end || !Tokens[i].IsWord) return false;
        return Is(i, C.Determiner) || !(Is(i, C.Preposition) || Is(i, C.Locative) || Is(i, C.Agent));
    }

    /// <summary>
    /// True when a noun phrase led by an article follows the verb at <paramref name="p"/> (adverbs
    /// and time expressions skipped): "demanded an apology", not "killed last week by".
    /// </summary>
    public bool ArticleObjectFollows(int p, int end)
    {
        int i = p + 1;
        while (i < end && (Is(i, C.Adverb) || InTimex(i))) i++;
        return i < end && Is(i, C.Determiner) && !Is(i, C.Preposition) && !InTimex(i);
    }

    /// <summary>The place that is the direct object of the verb at <paramref name="p"/> ("bombed Odessa", "a bombardé Odessa"), as a location; null otherwise.</summary>
    public EventLocation? ObjectPlace(int p, int end)
    {
        int i = p + 1;
        while (i < end && (Is(i, C.Adverb) || Is(i, C.Determiner))) i++;
        if (i >= end || EntityAt(i) is not { IsPlace: true, Country: not null } place || place.FirstToken < p) return null;
        return new EventLocation(place.Text, place.Name ?? place.Text, place.Country, place.Lat, place.Lon, place.Span);
    }

    /// <summary>True when one of the object phrases appears in [from, to), the trigger excluded.</summary>
    public bool HasObject(IReadOnlyList<string[]> objects, int from, int to, int trigger) => ObjectEnd(objects, null, from, to, trigger) >= 0;

    /// <summary>
    /// True when the pattern's object slots appear in order in [from, to), the trigger excluded:
    /// the first slot anywhere, each further slot after the earliest match of the previous one.
    /// </summary>
    public bool HasObjects(EventPattern pattern, int from, int to, int trigger)
    {
        int end = ObjectEnd(pattern.Objects, pattern.ObjectWordIds, from, to, trigger);
        var following = pattern.FollowingObjectWordIds;
        for (int s = 0; s < pattern.FollowingObjects.Count && end >= 0; s++)
            end = ObjectEnd(pattern.FollowingObjects[s], following is not null && s < following.Length ? following[s] : null, end, to, trigger);
        return end >= 0;
    }

    /// <summary>The start of the first object phrase of a pattern in [from, to), or -1: the nearer the object, the likelier it is the trigger's.</summary>
    public int FirstObjectStart(EventPattern pattern, int from, int to, int trigger) => ObjectEnd(pattern.Objects, pattern.ObjectWordIds, from, to, trigger, start: true);

    /// <summary>
    /// The end (or start) of the earliest occurrence of one of the object phrases in [from, to), the
    /// trigger excluded; -1 when none. <paramref name="ids"/>: the ids of the phrases' first words
    /// in the lexicon's object-word index, when known.
    /// </summary>
    private int ObjectEnd(IReadOnlyList<string[]> objects, int[]? ids, int from, int to, int trigger, bool start = false)
    {
        // Most candidate patterns' objects are absent: a look at the words of the sentence avoids the scan.
        if (ids is not null && ids.Length == objects.Count && !MayContainAny(ids, from, to)) return -1;
        for (int i = from; i < to; i++)
        {
            if (i == trigger) continue;
            // Indexed: a foreach over the interface would allocate an enumerator per token.
            for (int w = 0; w < objects.Count; w++)
            {
                var words = objects[w];
                if (i + words.Length > to) continue;
                bool all = true;
                for (int k = 0; k < words.Length && all; k++) all = SameWord(Tokens[i + k].Fold, words[k]) || SingularAt(i + k) == words[k];
                if (all) return start ? i : i + words.Length;
            }
        }
        return -1;
    }

    /// <summary>The singular of token <paramref name="i"/>'s fold, computed once per token: every candidate pattern's object words are compared with it.</summary>
    private string SingularAt(int i) => FactsAt(i).SingularOfFold;

    /// <summary>
    /// False only when no token of [from, to) can match one of the object words <paramref name="ids"/> (itself,
    /// its -s/-x plural or singular, or its noun singular): a cheap, conservative test. It looks in
    /// the object words of the whole sentence, marked once per sentence: a range within one sentence
    /// can only hold fewer, so "false" stays true of it.
    /// </summary>
    private bool MayContainAny(int[] ids, int from, int to)
    {
        if (from >= to || from >= Tokens.Count) return false;
        var sentence = Doc.Sentences[Tokens[from].Sentence];
        if (to > sentence.EndToken) return true;   // a range across sentences: let the scan decide
        if (_wordsSentence != sentence.Index || !ReferenceEquals(_wordCache.StampOwner, this)) MarkObjectWords(sentence);
        var stamps = _wordCache.Stamps;
        foreach (int id in ids)
            if (stamps[id] == _wordCache.Stamp) return true;
        return false;
    }

    /// <summary>
    /// Marks the object words that some token of the sentence can match (by its fold, its fold less
    /// a final -s/-x, or its noun singular) with a fresh stamp in the thread's stamp array: no set
    /// to fill and no string to hash per query.
    /// </summary>
    private void MarkObjectWords(Sentence sentence)
    {
        var index = _coder.Patterns.ObjectWords;
        var stamps = _wordCache.NewStamp(this, index.Count);
        int stamp = _wordCache.Stamp;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (FactsAt(i).ObjectWordIds is { } ids)
                foreach (int id in ids) stamps[id] = stamp;
        }
        _wordsSentence = sentence.Index;
    }

    private int _wordsSentence = -1;

    /// <summary>The same word, or its regular plural (irregular plurals, "embargoes", come from the noun lexicon).</summary>
    private bool SameWord(string token, string word) => _coder.Syntax.SameWordOrPlural(token, word);

    // ------------------------------------------------------------------ arguments

    public static ActorRef Ref(EntityMention e) => new(e.Text, e.Code ?? e.Antecedent?.Code, e.Country ?? e.Antecedent?.Country,
        e.Name ?? e.Antecedent?.Name, e.Span);

    /// <summary>The token before an entity, skipping determiners inside or just before it.</summary>
    private Token? Before(EntityMention e)
    {
        int i = e.FirstToken - 1;
        while (i >= 0 && Is(i, C.Determiner) && !Is(i, C.Preposition)) i--;
        return i >= 0 ? Tokens[i] : null;
    }

    private bool IsPrepositionToken(Token? t) => t is not null && !IsArticleHere(t) && (_g.Is(t, WordClass.Preposition) || _g.Is(t, WordClass.Report)
        || _g.Is(t, WordClass.Agent) || (t.Expansion is { Length: > 0 } x && _g.IsWord(x[0], WordClass.Preposition)));

    /// <summary>
    /// "des"/"du" are articles, not "de" + article, where no noun precedes them: at the start of a
    /// sentence or clause ("Des manifestants ont …"), after punctuation or after a verb.
    /// </summary>
    private bool IsArticleHere(Token t)
    {
        if (!_g.Is(t, WordClass.Determiner) || !_g.Is(t, WordClass.Preposition)) return false;
        int i = t.Index - 1;
        if (i < 0 || Tokens[i].Sentence != t.Sentence) return true;
        var before = Tokens[i];
        return !before.IsWord || VerbForms(i).Count > 0 || _g.Is(before, WordClass.Subordinator) || _g.Is(before, WordClass.Relative) || _g.Is(before, WordClass.Coordination);
    }

    /// <summary>
    /// The preposition that introduces an entity, as a folded word ("au" → "a"), or null for none.
    /// A short head noun may stand between: "contre l'organisation armée État islamique".
    /// </summary>
    private string? PrepositionOf(EntityMention e)
    {
        var t = Before(e);
        // "a enlevé des Japonais": after a verb, "des"/"du" are articles, not "de" + article.
        if (t is not null && _g.Is(t, WordClass.Determiner) && t.Index > 0 && VerbForms(t.Index - 1).Count > 0) return null;
        if (IsPrepositionToken(t)) return Folded(t!);
        for (int i = e.FirstToken - 1, words = 0; i >= 0 && words < 3 && t is not null; i--)
        {
            var w = Tokens[i];
            // Not across an adverbial: "affronte depuis deux ans l'État islamique", "pour la première fois".
            if (InTimex(i)) return null;
            // A count belongs to the noun phrase, like a determiner: "granted asylum to 18 Rwandan rebels".
            if (IsQuantity(i)) continue;
            if (w.Kind == TokenKind.Number || MatchAt(i, WordClass.Adverb, e.FirstToken) > 0) return null;
            if (IsPrepositionToken(w) && !Is(i, C.Determiner))
                return i + 1 < e.FirstToken && InTimex(i + 1) ? null : Folded(w);
            if (Is(i, C.Determiner)) continue;
            bool adjectivalParticiple = VerbForms(i).Count > 0 && VerbForms(i).All(f => f.Tense == VerbTense.PastParticiple);
            if (!w.IsWord || (VerbForms(i).Count > 0 && !adjectivalParticiple) || EntityAt(i) is not null) return null;
            words++;
        }
        return null;
    }

    private static string Folded(Token t) => t.Expansion is { Length: > 0 } x ? TextNormalizer.Fold(x[0]) : t.Fold;

    /// <summary>The subject(s) of the predicate whose verb group starts at <paramref name="groupStart"/>.</summary>
    public List<ActorRef> Subjects(Clause clause, int groupStart, Modality? modality)
    {
        // "X bombarded the city, killing eight people": a participle after a comma shares the
        // subject of the main verb before it, not the nearest actor (the city's country).
        var sentence = Doc.Sentences[Tokens[groupStart].Sentence];
        if (groupStart > sentence.FirstToken && Tokens[groupStart - 1].Text == ","
            && HasTense(groupStart, Tense(VerbTense.PresentParticiple)))
            for (int v = groupStart - 2; v >= sentence.FirstToken; v--)
                if (VerbForms(v).Any(f => f.Tense is not (VerbTense.PresentParticiple or VerbTense.Infinitive or VerbTense.Base)))
                {
                    var main = ClauseOf(sentence, v);
                    var subjects = Subjects(main, VerbGroupStart(v, main.Start), null);
                    if (subjects.Count > 0) return subjects;
                    break;
                }
        // "Pakistan, a key U.S. ally in the war, has refused …": the actor before an appositive
        // (a comma, an article, a noun phrase, a comma) is the subject, not an actor inside it.
        if (AppositiveHead(clause, groupStart) is { } head) return WithCoordinated(head, left: true);
        EntityMention? leader = null;
        var relativeObject = ObjectRelativeAntecedent(clause);
        for (int j = groupStart - 1; j >= clause.Start; j--)
        {
            if (j < clause.EmbeddedEnd && j >= clause.EmbeddedStart) { j = clause.EmbeddedStart; continue; }
            var t = Tokens[j];
            if (ActorAt(j) is { } e)
            {
                j = e.FirstToken;
                var before = Before(e);
                // "la coalition menée par les États-Unis", "forces backed by Turkey": the agent of a
                // participle qualifying the subject stands for it when no actor names the subject.
                if (before is not null && _g.Is(before, WordClass.Agent) && before.Index > 0
                    && HasTense(before.Index - 1, Tense(VerbTense.PastParticiple)))
                    leader ??= e;
                // "Opponents of Rwanda's Senate protested", "les dirigeants de l'UE ont …": the
                // owner named after the subject's head noun stands for it.
                if (before is not null && _g.Is(before, WordClass.Genitive) && IsBareNounPhrase(clause.Start, before.Index))
                    leader ??= e;
                if (IsPrepositionToken(before)) continue;
                return WithCoordinated(e, left: true);
            }
            if (EntityAt(j) is { } other) { j = other.FirstToken; continue; }
            // Another finite verb in between ("Canada imposed sanctions on companies accused of …"):
            // the actor before it is that verb's subject, not this one's.
            if (IsFiniteLexicalVerb(j)) break;
            if (Is(j, C.We) && _quoteAt?[j] is { SpeakerMention: { } speaker }) return [Ref(speaker)];
            // In "les rebelles qu'elle soutient", "elle" is not the relative's own antecedent.
            if (IsPronoun(t) && groupStart - j <= 3 && ResolvePronoun(relativeObject?.FirstToken ?? j) is { } antecedent) return [Ref(antecedent)];
        }
        if (leader is not null) return [Ref(leader)];
        switch (clause.Opener)
        {
            // "in Serbia, where 24 people were killed": the antecedent of a place relative is where, not who.
            case ClauseOpener.Relative when Is(clause.OpenerToken, C.PlaceRelative):
                break;
            case ClauseOpener.Relative:
                // "l'armée, qui a bombardé …": the antecedent just before the relative pronoun.
                for (int j = clause.OpenerToken - 1; j >= 0 && clause.OpenerToken - j <= 3; j--)
                    if (ActorAt(j) is { } e) return [Ref(e)];
                break;
            case ClauseOpener.Coordination:
            {
                // "X a condamné … et menacé …": the subject of the previous clause.
                var s = Doc.Sentences[Tokens[clause.OpenerToken].Sentence];
                var previous = ClauseOf(s, clause.OpenerToken - 1);
                for (int v = clause.OpenerToken - 1; v >= previous.Start; v--)
                    if (VerbForms(v).Count > 0)
                    {
                        var subjects = Subjects(previous, VerbGroupStart(v, previous.Start), null);
                        if (subjects.Count > 0) return subjects;
                    }
                break;
            }
        }
        // Infinitives and participles take the nearest actor of the sentence before them
        // ("X a décidé d'envoyer", "condamne X pour avoir fourni").
        if (IsNonFinite(groupStart))
        {
            var s = Doc.Sentences[Tokens[groupStart].Sentence];
            for (int j = clause.Start - 1; j >= s.FirstToken; j--)
                if (ActorAt(j) is { } e)
                {
                    if (Before(e) is { } b && (_g.Is(b, WordClass.Report) || _g.Is(b, WordClass.Agent))) { j = e.FirstToken; continue; }
                    return [Ref(e)];
                }
        }
        return [];
    }

    /// <summary>The actor before an appositive that ends just before the verb group at <paramref name="groupStart"/>, or null.</summary>
    private EntityMention? AppositiveHead(Clause clause, int groupStart)
    {
        if (groupStart - 1 <= clause.Start || Tokens[groupStart - 1].Text != ",") return null;
        for (int k = groupStart - 2; k > clause.Start && groupStart - k <= 15; k--)
        {
            if (Tokens[k].Text != ",") continue;
            // The appositive opens with an article ("a key ally", "the country's …") after an actor and a comma.
            return Is(k + 1, C.Determiner) && ActorAt(k - 1) is { } head && head.EndToken == k ? head : null;
        }
        return null;
    }

    /// <summary>A verb form that can only be finite and is no auxiliary, modal or speech verb.</summary>
    private bool IsFiniteLexicalVerb(int i)
    {
        var forms = VerbForms(i);
        return forms.Count > 0
            && forms.All(f => f.Tense is VerbTense.Present or VerbTense.SimplePast or VerbTense.Imperfect or VerbTense.Future or VerbTense.Conditional)
            && !AnyLemmaOf(forms, C.Auxiliary | C.Intent | C.Aspect) && !AnySpeechLemma(forms)
            && !Is(i, C.Modal);
    }

    private bool IsPronoun(Token t) => _g.Is(t, WordClass.Pronoun) || _g.Is(t, WordClass.PluralPronoun) || _g.Is(t, WordClass.ThingPronoun);

    /// <summary>A subject pronoun's antecedent: "il/he" the last person (else actor), "ils/they/it" the last actor.</summary>
    private EntityMention? ResolvePronoun(int j)
    {
        bool singular = Is(j, C.Pronoun);
        EntityMention? any = null;
        for (int i = j - 1; i >= 0 && j - i < 200; i--)
        {
            if (ActorAt(i) is not { } e) continue;
            if (!singular || e.Type == EntityTypes.Person) return e;
            any ??= e;
            i = e.FirstToken;
        }
        return singular ? any : null;
    }

    /// <summary>An actor and those coordinated with it ("la Chine et les États-Unis", "Russia, China and Iran").</summary>
    private List<ActorRef> WithCoordinated(EntityMention first, bool left)
    {
        var list = new List<ActorRef> { Ref(first) };
        int i = left ? first.FirstToken - 1 : first.EndToken;
        while (i >= 0 && i < Tokens.Count)
        {
            var t = Tokens[i];
            if (t.Text == "," || Is(i, C.Coordination))
            {
                int next = left ? i - 1 : i + 1;
                // "Russia, and China": a comma and a coordination together.
                if (next >= 0 && next < Tokens.Count && (Tokens[next].Text == "," || Is(next, C.Coordination))) next += left ? -1 : 1;
                while (next >= 0 && next < Tokens.Count && Is(next, C.Determiner) && ActorAt(next) is null) next += left ? -1 : 1;
                if (ActorAt(next) is { } e && (left ? !IsPrepositionToken(Before(e)) || Tokens[next].Text == "," : true))
                {
                    // On the right, "à la Russie et à la Chine" or "Russia and China": the same preposition or none.
                    if (!left && PrepositionOf(e) is { } prep && prep != PrepositionOf(first)) break;
                    // "Israel, the United States will …": a bare comma lists only if the list goes on ("X, Y and Z").
                    if (!left && t.Text == "," && !Is(i + 1, C.Coordination)
                        && !(e.EndToken < Tokens.Count && (Tokens[e.EndToken].Text == "," || Is(e.EndToken, C.Coordination)))) break;
                    list.Add(Ref(e));
                    i = left ? e.FirstToken - 1 : e.EndToken;
                    continue;
                }
            }
            break;
        }
        return list;
    }

    /// <summary>The target(s) after the predicate: a direct object or an actor after an allowed preposition.</summary>
    public List<ActorRef> Targets(int from, int to, EventPattern pattern, List<ActorRef> sources, bool directObject = true)
    {
        var allowed = pattern.Prepositions.Count > 0 ? pattern.Prepositions : (IReadOnlyList<string>)_coder.DefaultPrepositions;
        bool objectOnly = allowed.Count == 1 && allowed[0] == "-";
        for (int j = from; j < to; j++)
        {
            // A direct object is never cut from its verb by a comma ("…, Palestinian officials said");
            // a comma before a verb starts another predicate (", mettant en danger X").
            if (Tokens[j].Text == ",")
            {
                if (j + 1 < to && IsVerb(j + 1) && !Is(j + 1, C.Determiner)) break;
                // "…, a member of the Chadian team has said": the tail names the reporter, not a target.
                if (EndsWithSpeechVerb(j)) break;
                directObject = false;
            }
            var e = ActorAt(j);
            if (e is null && EntityAt(j) is { } place)
            {
                // A place stands for its country when the pattern names the preposition ("arrived in Amman", "visite à Pékin").
                if (place.Country is not null && pattern.Prepositions.Count > 0 && PrepositionOf(place) is { } placePrep && pattern.Prepositions.Contains(placePrep))
                    return [new ActorRef(place.Text, place.Country, place.Country, place.Name, place.Span)];
                j = place.EndToken - 1;
                continue;
            }
            if (e is null) continue;
            j = e.EndToken - 1;
            var prep = PrepositionOf(e);
            // A direct object is the first noun phrase after the verb: only determiners, adjectives
            // and nouns stand between ("condamné fermement la Russie"), no verb and no preposition.
            bool ok = prep is null ? directObject && (allowed.Contains("-") || pattern.Prepositions.Count == 0) && IsBareNounPhrase(from, e.FirstToken)
                : !objectOnly && allowed.Contains(prep);
            // "a frappé les forces du régime syrien", "attacked positions of the army": the owner
            // of the direct object's head noun is the target.
            if (!ok && directObject && (pattern.Prepositions.Count == 0 || allowed.Contains("-")) && prep is not null && _g.IsWord(prep, WordClass.Genitive) && !IsCapitalMetonym(e)
                && e.FirstToken - from <= 5 && IsBareNounPhrase(from, e.FirstToken - 1))
                ok = true;
            if (prep is not null && (_g.Is(Before(e)!, WordClass.Report))) ok = false;
            // "se retirer de l'accord de Paris": a capital after a noun and "de" names the thing.
            // Not after an agent phrase: "des excuses de la part de Moscou".
            if (ok && IsCapitalMetonym(e) && Before(e) is { } gen && _g.Is(gen, WordClass.Genitive) && gen.Index - 1 >= from && !IsVerb(gen.Index - 1)
                && !AgentPhraseEndsAt(gen.Index, from)) ok = false;
            if (!ok) continue;
            var r = Ref(e);
            if (HasSpan(sources, r.Span)) continue;
            return WithCoordinated(e, left: false);
        }
        return [];
    }

    /// <summary>True when a passive-agent phrase ("par", "de la part de") ends at token <paramref name="end"/>.</summary>
    private bool AgentPhraseEndsAt(int end, int limit)
    {
        for (int k = Math.Max(limit, end - 3); k <= end; k++)
            if (MatchAt(k, WordClass.Agent, end + 1) == end + 1 - k) return true;
        return false;
    }

    /// <summary>True when token <paramref name="i"/> is part of a time expression ("last March", "en mars").</summary>
    public bool InTimex(int i) => i >= 0 && i < Tokens.Count && _inTimex[i];

    /// <summary>True when tokens [from, end) are only determiners and words that are no verbs (a short noun phrase).</summary>
    private bool IsBareNounPhrase(int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            var t = Tokens[i];
            if (InTimex(i) || t.Kind == TokenKind.Number) continue;   // "a frappé samedi les forces", "expelled 23 diplomats"
            if (t.Kind == TokenKind.Quote && IsScareQuote(i)) continue;   // "désigne comme « terroristes » les forces"
            // A place phrase: "a rencontré à Kiev son homologue".
            if (Is(i, C.Locative) && EntityAt(i + 1) is { IsPlace: true } place) { i = place.EndToken - 1; continue; }
            // Adverbials: "pour la première fois", "depuis deux ans" (a preposition before a time expression).
            int adverb = MatchAt(i, WordClass.Adverb, end);
            if (adverb > 0) { i += adverb - 1; continue; }
            if (i + 1 < end && InTimex(i + 1) && Is(i, C.Preposition)) continue;
            // A qualifier before a number: "free over 150 prisoners".
            if (i + 1 < end && IsQuantity(i) && IsQuantity(i + 1)) continue;
            if (IsAdjectivalParticiple(i)) continue;   // "helped the two exiled dissidents", "des élus américains"
            if (Is(i, C.Plan)) continue;   // "rejected proposed Israeli changes"
            if (!t.IsWord || VerbForms(i).Count > 0 || EntityAt(i) is not null) return false;
            if (Is(i, C.Preposition) && !Is(i, C.Determiner) && !Is(i, C.Genitive)) return false;
        }
        return true;
    }

    /// <summary>A participle qualifying the noun after it: only participle readings, after a determiner or a number.</summary>
    private bool IsAdjectivalParticiple(int i) =>
        i > 0 && VerbForms(i) is { Count: > 0 } forms && forms.All(f => f.Tense == VerbTense.PastParticiple)
        && (Is(i - 1, C.Determiner) || IsQuantity(i - 1));

    /// <summary>A number, in digits or words ("two", "150"): a token of an amount.</summary>
    private bool IsQuantity(int i) => Tokens[i].Kind == TokenKind.Number || _inAmount[i];

    /// <summary>Actor(s) introduced by a passive agent ("par X", "by X", "de la part de X") after the predicate.</summary>
    public List<ActorRef> AgentAfter(int p, Clause clause)
    {
        for (int j = p + 1; j < clause.End; j++)
        {
            int len = MatchAt(j, WordClass.Agent, clause.End);
            if (len == 0) continue;
            for (int k = j + len; k < clause.End && k <= j + len + 3; k++)
            {
                if (ActorAt(k) is { } e) return WithCoordinated(e, left: false);
                // "pressured by congress to help Iran": the agent phrase ends before a verb.
                if (EntityAt(k) is null && IsNonFinite(k)) break;
            }
            return [];
        }
        return [];
    }

    public List<ActorRef> NearestActorBefore(int p, int limit)
    {
        for (int j = p - 1; j >= limit; j--)
            if (ActorAt(j) is { } e) return [Ref(e)];
        return [];
    }

    /// <summary>The source of an event noun: a demonym next to it, or "de X"/"par X"/"de la part de X" after it; and where the search stopped.</summary>
    public (List<ActorRef> Sources, int After) NounSources(int p, Clause clause)
    {
        // English and French adjectives before the noun: "Russian airstrikes", "US sanctions".
        if (p > clause.Start && ActorAt(p - 1) is { } before && before.EndToken == p && !IsPrepositionToken(Before(before)))
            return (WithPartners(before), p + 1);
        // A demonym before a noun modifier: "Israeli tank shelling", "Russian artillery fire".
        if (p - 1 > clause.Start && ActorAt(p - 2) is { Demonym: true } demonym && demonym.EndToken == p - 1 && IsNounModifier(p - 1))
            return (WithPartners(demonym), p + 1);
        for (int j = p + 1; j < clause.End && j <= p + NounComplementReach; j++)
        {
            if (ActorAt(j) is not { } e) continue;
            var b = Before(e);
            if (IsDemonym(e) || b is not null && (_g.Is(b, WordClass.Genitive) || _g.Is(b, WordClass.Agent)))
                return (WithPartners(e), e.EndToken);
            break;
        }
        return ([], p + 1);
    }

    private static bool IsDemonym(EntityMention e) => e.Demonym;

    /// <summary>True for several actors all named by one word: the parties of "russo-américain".</summary>
    public bool NamedByOneWord(List<ActorRef> actors) =>
        actors.Count > 1 && actors.Select(a => TokensIn(a.Span).FirstOrDefault(-1)).Distinct().Count() == 1;

    /// <summary>An actor and the countries a compound demonym names with it ("un accord russo-américain": Russia and the United States).</summary>
    private List<ActorRef> WithPartners(EntityMention e)
    {
        var list = new List<ActorRef> { Ref(e) };
        foreach (var part in e.Partners)
            list.Add(new ActorRef(Doc[part.Span], part.Country, part.Country, null, part.Span));
        return list;
    }

    /// <summary>A lower-case word that is no verb, function word or entity: a noun qualifying the next one.</summary>
    private bool IsNounModifier(int i)
    {
        var t = Tokens[i];
        return t.IsWord && !t.IsCapitalized && EntityAt(i) is null && VerbForms(i).Count == 0
               && !Is(i, C.Determiner) && !Is(i, C.Preposition) && !Is(i, C.Coordination) && !Is(i, C.Adverb);
    }

    /// <summary>A capital standing for its government ("Moscou a condamné"); after "de"/"of" it names a thing ("l'accord de Paris").</summary>
    private static bool IsCapitalMetonym(EntityMention e) => e.Rule == "actors/capital";

    // ------------------------------------------------------------------ modality

    public Modality Modality(Sentence s, Clause clause, int groupStart, int p, VerbForm? form)
    {
        bool negated = false, intent = false, hypothetical = false, alleged = false, threat = false;
        ActorRef? reportedBy = null;

        // Negation inside the verb group, or right after a simple verb ("ne livre pas", "did not").
        for (int i = Math.Max(clause.Start, groupStart - 1); i <= Math.Min(p + 2, clause.End - 1); i++)
            if (i < p && Is(i, C.Negation) || Is(i, C.PostNegation)) negated = true;
        // "sans livrer", "refuse de livrer", "denied attacking".
        int governor = GoverningVerbOfInfinitive(groupStart, clause.Start);
        if (groupStart > 0 && Is(groupStart - 1, C.NegatingPreposition)) negated = true;
        if (governor >= 0 && HasLemmaOf(governor, C.Deny)) negated = true;
        if (DenyingVerb(clause, groupStart) >= 0) negated = true;
        // "prévoit de livrer", "a annoncé se rendre", "plans to deliver": the act is announced, not done.
        if (governor >= 0 && (Is(governor, C.Intent) || HasLemmaOf(governor, C.Intent) || HasSpeechLemma(governor)))
        {
            intent = true;
            // "threatened to cut off …", "a menacé de couper …": the announced act is a threat.
            threat = HasLemmaOf(governor, C.Threat);
            // "does not plan to attack": the negated plan negates its act; "affirme avoir voulu frapper
            // X", "said it had intended to strike X": a wish in a compound past is a past aim, no act at all.
            for (int i = Math.Max(clause.Start, VerbGroupStart(governor, clause.Start)); i < governor; i++)
                if (Is(i, C.Negation)
                    || HasLemmaOf(i, C.Auxiliary) && HasParticipleOf(governor, C.Desire)) negated = true;
        }
        // An event noun qualified as planned: "la visite prévue", "the planned visit".
        if (form is null)
            for (int i = Math.Max(clause.Start, p - 2); i < Math.Min(clause.End, p + 12); i++)
                if (Is(i, C.Plan)) intent = true;

        // Future: a future tense, "va livrer", "will deliver".
        if (form is { Tense: VerbTense.Future }) intent = true;
        for (int i = groupStart; i < p; i++)
        {
            if (HasTense(i, Tense(VerbTense.Future))) intent = true;
            if (HasLemmaOf(i, C.FutureAuxiliary) || Is(i, C.FutureAuxiliary)) intent = true;
        }
        // "may halt its mediation if …", "pourrait suspendre sa médiation si …": a possible act made
        // conditional is announced (a threat when hostile), not a fact nor hearsay.
        if (!intent && (AnyOfClassIn(groupStart, p, C.Possibility)
                        || groupStart > clause.Start && Is(groupStart - 1, C.Possibility))
            && ConditionFollows(s, p)) intent = true;
        bool conditional = form is { Tense: VerbTense.Conditional } || AnyTenseIn(groupStart, p, VerbTense.Conditional)
                           || AnyOfClassIn(groupStart, p, C.Conditional);

        for (int i = clause.Start; i < p; i++)
            if (Is(i, C.Hypothesis)) hypothetical = true;
        if (clause.Opener == ClauseOpener.Subordinator && clause.OpenerToken >= 0 && Is(clause.OpenerToken, C.Hypothesis)) hypothetical = true;
        for (int i = groupStart; i <= p; i++)
            if (Is(i, C.Hearsay)) alleged = true;

        // Reported: "X a annoncé que …", "X said (that) …"; a direct quote's speaker.
        var speech = ReportingVerb(clause, groupStart);
        if (speech >= 0)
        {
            var sClause = ClauseOf(Doc.Sentences[Tokens[speech].Sentence], speech);
            var reporters = Subjects(sClause, VerbGroupStart(speech, sClause.Start), null);
            if (reporters.Count > 0) reportedBy = reporters[0];
            // The conditional under a past speech verb is the future in the past, not hearsay.
            if (conditional) { intent = true; conditional = false; }
        }
        if (_quoteAt?[p] is { } quote && quote.SpeakerMention is { } speaker) reportedBy ??= Ref(speaker);
        // "selon X", "d'après X", "according to X" anywhere in the sentence.
        if (SentenceReporter(s) is { } reporter) { reportedBy ??= Ref(reporter); alleged = true; }
        if (conditional) alleged = true;

        var value = hypothetical ? Modalities.Hypothetical
            : intent ? Modalities.Future
            : alleged ? Modalities.Alleged
            : reportedBy is not null ? Modalities.Reported
            : Modalities.Asserted;
        return new Modality(value, negated, intent && !hypothetical, reportedBy, threat && intent && !hypothetical);
    }

    /// <summary>
    /// The first actor a report phrase of the sentence introduces ("selon X", "according to X"), or
    /// null: the same for every predicate of the sentence, so searched once per sentence.
    /// </summary>
    private EntityMention? SentenceReporter(Sentence s)
    {
        if (_reporterSentence == s.Index) return _reporter;
        EntityMention? found = null;
        for (int i = s.FirstToken; i < s.EndToken && found is null; i++)
        {
            int len = MatchAt(i, WordClass.Report, s.EndToken);
            if (len == 0) continue;
            for (int k = i + len; k < s.EndToken && k <= i + len + 3; k++)
                if (ActorAt(k) is { } e) { found = e; break; }
        }
        (_reporterSentence, _reporter) = (s.Index, found);
        return found;
    }

    private int _reporterSentence = -1;
    private EntityMention? _reporter;

    /// <summary>True when a token of [<paramref name="from"/>, <paramref name="end"/>) is a word of the class.</summary>
    private bool AnyOfClassIn(int from, int end, ulong cls)
    {
        for (int i = from; i < end; i++)
            if (Is(i, cls)) return true;
        return false;
    }

    /// <summary>True when a token of [<paramref name="from"/>, <paramref name="end"/>) has a verb reading of the tense.</summary>
    private bool AnyTenseIn(int from, int end, VerbTense tense)
    {
        for (int i = from; i < end; i++)
            if (HasTense(i, Tense(tense))) return true;
        return false;
    }

    /// <summary>True when a token of [<paramref name="from"/>, <paramref name="end"/>) is an actor or a subject pronoun.</summary>
    private bool ActorOrPronounIn(int from, int end)
    {
        for (int k = from; k < end; k++)
            if (ActorAt(k) is not null || Is(k, C.Pronoun) || Is(k, C.PluralPronoun) || Is(k, C.ThingPronoun)) return true;
        return false;
    }

    /// <summary>True when a condition ("if", "unless", "si", "à moins que") follows token <paramref name="p"/> in its sentence.</summary>
    private bool ConditionFollows(Sentence s, int p)
    {
        for (int i = p + 1; i < s.EndToken; i++)
            if (Is(i, C.Hypothesis) || MatchAt(i, WordClass.ThreatCondition, s.EndToken) > 0) return true;
        return false;
    }

    /// <summary>How far before a predicate a purpose word may govern it ("aims to tighten sanctions and impose …").</summary>
    private const int PurposeReach = 12;

    /// <summary>
    /// True when the predicate at <paramref name="p"/> states what a thing is for: it follows a
    /// purpose word and an infinitive marker, and the purpose word qualifies a noun that is no actor
    /// ("a resolution that aims to impose a blockade", "a plan designed to …", "une résolution de
    /// l'ONU visant à …"). Nobody does such an act; "Hungary aims to impose …" is Hungary's intent.
    /// </summary>
    public bool IsPurposeOfThing(Sentence s, int p)
    {
        bool marker = false;
        for (int w = p - 1; w >= s.FirstToken && p - w <= PurposeReach; w--)
        {
            if (Is(w, C.InfinitiveMarker)) marker = true;
            if (!marker || !Is(w, C.Purpose)) continue;
            int k = w - 1;
            if (k >= s.FirstToken && (Is(k, C.Relative) || Is(k, C.Complementizer))) k--;
            // Over an owner after the noun: "une résolution de l'ONU", "a resolution of the Council".
            if (k >= s.FirstToken && ActorAt(k) is { } owner && Before(owner) is { } gen && _g.Is(gen, WordClass.Genitive)) k = gen.Index - 1;
            return k >= s.FirstToken && Tokens[k].IsWord && ActorAt(k) is null && (!IsVerb(k) || IsNounAfterActorModifier(k)) && !IsPronoun(Tokens[k])
                   && !Is(k, C.Preposition) && !Is(k, C.Determiner);
        }
        return false;
    }

    /// <summary>True when an obligation word ("must", "doit") stands in the verb group [<paramref name="groupStart"/>, <paramref name="p"/>).</summary>
    public bool ObligedInGroup(int groupStart, int p)
    {
        for (int i = groupStart; i < p; i++)
            if (Is(i, C.Obligation)) return true;
        return false;
    }

    /// <summary>
    /// True when the verb group is a simple infinitive (not "avoir livré", "having delivered") that
    /// no aspect verb governs ("a commencé à bombarder" happens; "pour soutenir" is a purpose).
    /// </summary>
    public bool IsPurposeInfinitive(int groupStart, int clauseStart)
    {
        var forms = VerbForms(groupStart);
        bool afterMarker = groupStart > 0 && Is(groupStart - 1, C.InfinitiveMarker);
        // A passive infinitive is one too ("for its troops to be deployed"); a perfect one is not.
        bool simpleInfinitive = (HasTense(groupStart, Tense(VerbTense.Infinitive)) || afterMarker && HasTense(groupStart, Tense(VerbTense.Base)))
                                && (!AnyLemmaOf(forms, C.Auxiliary) || afterMarker && AnyLemmaOf(forms, C.PassiveAuxiliary));
        if (!simpleInfinitive) return false;
        int governor = GoverningVerbOfInfinitive(groupStart, clauseStart);
        return governor < 0 || !HasLemmaOf(governor, C.Aspect);
    }

    /// <summary>True when the infinitive verb group is governed by a speech verb that is no intent verb ("a dit regretter", "a déclaré rejeter").</summary>
    public bool SaidInfinitive(int groupStart, int clauseStart)
    {
        int governor = GoverningVerbOfInfinitive(groupStart, clauseStart);
        return governor >= 0 && !Is(governor, C.Intent)
            && HasSpeechLemma(governor) && !HasLemmaOf(governor, C.Intent);
    }

    /// <summary>
    /// For an infinitive verb group of purpose ("pour reprendre", "afin de chasser", "to retake",
    /// "in order to drive"), the last token before its purpose word; -1 otherwise.
    /// </summary>
    public int BeforePurpose(int groupStart, int clauseStart)
    {
        int i = groupStart - 1;
        if (i > clauseStart && Is(i, C.InfinitiveMarker) && !Is(i, C.PurposeMarker)) i--;
        return i > clauseStart && Is(i, C.PurposeMarker) ? i - 1 : -1;
    }

    /// <summary>
    /// For an infinitive verb group whose governor is a wish verb with an actor object ("wants
    /// Putin to attack"), the wish verb and that actor; null otherwise.
    /// </summary>
    public (int Verb, List<ActorRef> Addressee)? WishAddressee(int groupStart, int clauseStart) => Addressee(groupStart, clauseStart, C.Wish);

    /// <summary>
    /// For an infinitive verb group whose governor is a persuasion verb with an actor object
    /// ("convinced the Americans to withdraw"), the persuasion verb and that actor: the one who acts; null otherwise.
    /// </summary>
    public (int Verb, List<ActorRef> Addressee)? PersuadedActor(int groupStart, int clauseStart) => Addressee(groupStart, clauseStart, C.Persuade);

    /// <summary>For an infinitive verb group after "VERB ACTOR to/de" with a verb of class <paramref name="cls"/>, that verb and actor.</summary>
    private (int Verb, List<ActorRef> Addressee)? Addressee(int groupStart, int clauseStart, ulong cls)
    {
        if (!IsNonFinite(groupStart) || groupStart - 1 <= clauseStart || !Is(groupStart - 1, C.InfinitiveMarker)) return null;
        if (ActorAt(groupStart - 2) is not { } addressee) return null;
        // Back over the coordinated addressees: "want Russia and Belarus to withdraw".
        int verb = addressee.FirstToken - 1;
        while (verb >= clauseStart && (Is(verb, C.Determiner) || Is(verb, C.Coordination) || Tokens[verb].Text == ","
                                       || ActorAt(verb) is not null)) verb--;
        if (verb < clauseStart || !HasLemmaOf(verb, cls)) return null;
        return (verb, WithCoordinated(addressee, left: true));
    }

    /// <summary>For an infinitive verb group ("de livrer", "to deliver"), the verb that governs it, or -1.</summary>
    private int GoverningVerbOfInfinitive(int groupStart, int clauseStart)
    {
        if (!IsNonFinite(groupStart)) return -1;
        int i = groupStart - 1;
        while (i >= clauseStart && (Is(i, C.InfinitiveMarker) || Is(i, C.Reflexive))) i--;
        i = BeforeAdverbials(i, clauseStart);
        for (int k = i; k >= clauseStart && i - k <= 2; k--)
            // A verb, or an adjective of intent ("is willing to", "est prêt à"); not the noun
            // heading a phrase such as "a US offer to host" (an article, an actor, the noun).
            if (VerbForms(k).Count > 0 || Is(k, C.Intent)) return IsNounAfterActorModifier(k) ? -1 : k;
        return -1;
    }

    /// <summary>True when token <paramref name="k"/> follows an actor that follows a determiner outside it ("a US offer"): a noun.</summary>
    private bool IsNounAfterActorModifier(int k) =>
        ActorAt(k - 1) is { } e && e.EndToken == k && e.FirstToken > 0 && Is(e.FirstToken - 1, C.Determiner)
        && !Is(e.FirstToken - 1, C.Preposition) && Tokens[e.FirstToken - 1].Sentence == Tokens[k].Sentence;

    /// <summary>
    /// True when the infinitive group at <paramref name="groupStart"/> depends on an obligation
    /// ("the US must be ready to mediate"): what someone must do is demanded of it, not announced by it.
    /// </summary>
    public bool UnderObligation(int groupStart, int clauseStart)
    {
        int governor = GoverningVerbOfInfinitive(groupStart, clauseStart);
        if (governor < 0) return false;
        // In its verb group, or a few words before ("doit être prêt à").
        for (int i = Math.Max(clauseStart, Math.Min(VerbGroupStart(governor, clauseStart), governor - 3)); i < governor; i++)
            if (Is(i, C.Obligation)) return true;
        return false;
    }

    /// <summary>The speech verb whose complement clause holds the predicate, or -1.</summary>
    /// <summary>
    /// A verb of denial whose complement clause this is ("Iran denied that it had supplied …",
    /// "Iran denied it had supplied …", "a démenti que …"): its events did not happen. -1 when none.
    /// </summary>
    private int DenyingVerb(Clause clause, int groupStart)
    {
        bool Denies(int i) => IsVerb(i) && HasLemmaOf(i, C.Deny);
        if (clause.Opener == ClauseOpener.Subordinator && clause.OpenerToken > 0 && Is(clause.OpenerToken, C.Complementizer))
        {
            for (int i = clause.OpenerToken - 1; i >= 0 && clause.OpenerToken - i <= 5; i--)
            {
                if (Denies(i)) return i;
                if (Tokens[i].Kind != TokenKind.Word || EntityAt(i) is not null && !InTimex(i)) break;
            }
        }
        for (int i = clause.Start; i < groupStart; i++)
            if (Denies(i) && ActorOrPronounIn(i + 1, groupStart)) return i;
        return -1;
    }

    private int ReportingVerb(Clause clause, int groupStart)
    {
        if (clause.Opener == ClauseOpener.Subordinator && clause.OpenerToken > 0 && Is(clause.OpenerToken, C.Complementizer))
        {
            for (int i = clause.OpenerToken - 1; i >= 0 && clause.OpenerToken - i <= 5; i--)
            {
                if (IsSpeechVerb(i)) return i;
                if (Tokens[i].Kind != TokenKind.Word || EntityAt(i) is not null && !InTimex(i)) break;
            }
        }
        // English "X said Y attacked Z", "X said they would boycott": a speech verb earlier in the
        // clause, before the subject (an actor or a subject pronoun).
        for (int i = clause.Start; i < groupStart; i++)
            if (IsSpeechVerb(i) && ActorOrPronounIn(i + 1, groupStart)) return i;
        return -1;
    }

    /// <summary>
    /// For an obligation word inside a reported clause ("X said that Y must withdraw"), the
    /// reporter as source and the clause's subject as target; null otherwise.
    /// </summary>
    public (List<ActorRef> Sources, List<ActorRef> Targets, Modality Modality)? ReportedObligation(Sentence s, int p)
    {
        var clause = ClauseOf(s, p);
        int speech = ReportingVerb(clause, p);
        if (speech < 0) return null;
        var sClause = ClauseOf(Doc.Sentences[Tokens[speech].Sentence], speech);
        var sGroup = VerbGroupStart(speech, sClause.Start);
        var sModality = Modality(s, sClause, sGroup, speech, VerbForms(speech).FirstOrDefault());
        if (sModality.Negated) return null;
        var reporters = Subjects(sClause, sGroup, null);
        var subjects = Subjects(clause, VerbGroupStart(p, clause.Start), null);
        if (reporters.Count == 0 || subjects.Count == 0) return null;
        return (reporters, subjects, sModality);
    }

    /// <summary>True when one of the actors has this code (never for a null code).</summary>
    private static bool SameCode(List<ActorRef> actors, string? code)
    {
        foreach (var x in actors)
            if (x.Code is not null && x.Code == code) return true;
        return false;
    }

    /// <summary>
    /// The subject(s) of the condition after the predicate at <paramref name="p"/> ("… if the United
    /// States goes ahead", "… unless Baghdad accepted", "… si Israël …"), other than the sources; empty when none.
    /// </summary>
    public List<ActorRef> ConditionSubjects(Sentence s, int p, List<ActorRef> sources)
    {
        for (int i = p + 1; i < s.EndToken; i++)
        {
            int len = Math.Max(MatchAt(i, WordClass.Hypothesis, s.EndToken), MatchAt(i, WordClass.ThreatCondition, s.EndToken));
            if (len == 0) continue;
            for (int j = i + len; j < s.EndToken && j <= i + len + 3; j++)
            {
                if (ActorAt(j) is not { } e) continue;
                if (IsPrepositionToken(Before(e)) || HasSpan(sources, e.Span) || SameCode(sources, e.Code)) return [];
                return WithCoordinated(e, left: false);
            }
            return [];
        }
        return [];
    }

    /// <summary>
    /// True when the comma at <paramref name="j"/> is the sentence's last and what follows it ends with
    /// a speech verb and at most a time expression or adverbs ("…, officials said on Monday."): a reporting tail.
    /// </summary>
    private bool EndsWithSpeechVerb(int j)
    {
        var s = Doc.Sentences[Tokens[j].Sentence];
        for (int k = j + 1; k < s.EndToken; k++)
            if (Tokens[k].Text == ",") return false;
        for (int i = s.EndToken - 1; i > j; i--)
        {
            if (!Tokens[i].IsWord || InTimex(i) || Is(i, C.Adverb) || i + 1 < s.EndToken && InTimex(i + 1) && Is(i, C.Preposition)) continue;
            return IsSpeechVerb(i);
        }
        return false;
    }

    private bool IsSpeechVerb(int i)
    {
        // A loop: this runs for each token before a predicate, and a lambda using the coder allocates per call.
        var forms = VerbForms(i);
        for (int k = 0; k < forms.Count; k++)
            if (_coder.SpeechVerbLemmas.Contains(forms[k].Lemma) && forms[k].Tense != VerbTense.Infinitive) return true;
        return false;
    }

    // ------------------------------------------------------------------ places

    /// <summary>
    /// Where the event of the predicate at <paramref name="p"/> happened: the place of its clause
    /// introduced by a locative preposition ("à Ouagadougou", "in Tyre"), nearest to the predicate;
    /// null when the clause names none. A capital standing for its government is an actor, not a place.
    /// </summary>
    public EventLocation? LocationOf(Clause clause, int p)
    {
        EventLocation? best = null;
        int bestDistance = int.MaxValue;
        for (int j = clause.Start; j < clause.End; j++)
        {
            // A place, or a country named as where something happens ("en Ukraine", "in northern Syria").
            if (EntityAt(j) is not { } place || !(place.IsPlace || place.Rule == "actors/country")) continue;
            j = place.EndToken - 1;
            // "in the US state of Georgia": the country qualifies a part; the place comes after it.
            if (place.EndToken < clause.End && Is(place.EndToken, C.PlacePart)) continue;
            int before = PlacePhraseStart(place.FirstToken, clause.Start);
            if (before < clause.Start) continue;
            // "près de Kharkiv": a two-word locative ending just before the place.
            int start = Is(before, C.Locative) ? before
                : before > clause.Start && MatchAt(before - 1, WordClass.Locative, place.FirstToken) == 2 ? before - 1 : -1;
            if (start < 0) continue;
            int distance = Math.Abs(place.FirstToken - p);
            if (distance >= bestDistance) continue;
            bestDistance = distance;
            var span = TextSpan.FromBounds(Tokens[start].Span.Start, place.Span.End);
            best = new EventLocation(Doc[span], place.Name ?? place.Text, place.Country, place.Lat, place.Lon, span);
        }
        return best;
    }

    /// <summary>
    /// The country of the place after <paramref name="p"/> in its clause ("deploy peacekeepers in
    /// Iraq", "resume attacks in Israel") as an actor, when it is none of the sources' own; empty otherwise.
    /// </summary>
    public List<ActorRef> ForeignPlaceAfter(Clause clause, int p, List<ActorRef> sources)
    {
        if (p + 1 >= clause.End || LocationOf(clause with { Start = p + 1 }, p) is not { Country: { } country } place
            || SameCountry(sources, country)) return [];
        return [PlaceCountry(place, country)];
    }

    private static bool SameCountry(List<ActorRef> actors, string country)
    {
        foreach (var x in actors)
            if (x.Country == country) return true;
        return false;
    }

    /// <summary>The country of a place, standing as an actor ("bombed villages in Syria" targets Syria).</summary>
    public static ActorRef PlaceCountry(EventLocation place, string country) => new(place.Name, country, country, place.Name, place.Span);

    /// <summary>
    /// The token before the words that lead to a place from its locative: determiners, and a part of
    /// the place with its genitive and a demonym ("dans le nord de la Syrie", "in northern Syria",
    /// "dans l'État américain de Géorgie"); at most a few words, so that a distant place is not taken.
    /// </summary>
    private int PlacePhraseStart(int placeFirst, int clauseStart)
    {
        int before = placeFirst - 1, lastPart = -1;
        for (int steps = 0; before >= clauseStart && steps < 6; steps++, before--)
        {
            var t = Tokens[before];
            if (Is(before, C.Locative)) break;
            if (Is(before, C.PlacePart)) { lastPart = before; continue; }
            if (Is(before, C.Determiner) || (Is(before, C.Genitive) && lastPart < 0)) continue;
            // "dans l'État américain de", "in the US state of": a demonym or a country qualifying the part.
            if (EntityAt(before) is { } e && (e.Demonym || lastPart >= 0) && e.FirstToken >= clauseStart) { before = e.FirstToken; continue; }
            break;
        }
        return before;
    }

    /// <summary>The place of the document's dateline ("KYIV, May 2 (Reuters) -"), or null.</summary>
    public EventLocation? DatelineLocation
    {
        get
        {
            if (_dateline is null)
            {
                var e = Doc.Entities.FirstOrDefault(e => e.Rule == "places/dateline");
                _dateline = e is null ? NoDateline : new EventLocation(e.Text, e.Name ?? e.Text, e.Country, e.Lat, e.Lon, e.Span);
            }
            return ReferenceEquals(_dateline, NoDateline) ? null : _dateline;
        }
    }

    private EventLocation? _dateline;
    private static readonly EventLocation NoDateline = new("", "", null, null, null, default);

    /// <summary>
    /// True when an event dated <paramref name="date"/> is news of the day the report was filed:
    /// undated (so dated by publication), or dated within two days before a day-precise publication
    /// date. Such an event without a place of its own happened where the dateline says.
    /// </summary>
    public bool OnTheSpot(string? date, string dateSource)
    {
        if (dateSource == "publication") return true;
        if (Doc.Date is not { Precision: DatePrecision.Day } published || !PartialDate.TryParse(date, out var d) || d.Precision != DatePrecision.Day) return false;
        int days = published.FirstDay.DayNumber - d.FirstDay.DayNumber;
        return days is >= 0 and <= 2;
    }

    // ------------------------------------------------------------------ dates

    /// <summary>The date of the clause's time expression nearest to the predicate, else the publication date.</summary>
    public (string? Date, string Source) DateOf(Clause clause, int p)
    {
        (int Distance, TimeMention? Timex) best = (int.MaxValue, null);
        foreach (var (first, end, t) in _timex)
        {
            if (first < clause.Start || end > clause.End) continue;
            if (t.Type is not (TimexTypes.Date or TimexTypes.Time) || DateValue(t) is null) continue;
            int d = first > p ? first - p : p - end;
            if (d < best.Distance) best = (d, t);
        }
        if (best.Timex is { } timex) return (DateValue(timex), "text");
        return (Doc.Date?.ToString(), "publication");
    }

    private static string? DateValue(TimeMention t)
    {
        if (t.Date is { } d) return d.ToString();
        var v = t.Value;
        return v.Length >= 4 && char.IsDigit(v[0]) && char.IsDigit(v[3]) && !v.Contains('X') ? (v.Length > 10 ? v[..10] : v) : null;
    }
}
