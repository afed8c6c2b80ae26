using Vigie.Coding.Lexicon;
using Vigie.Core;
using Vigie.Text;

namespace Vigie.Coding.Events;

/// <summary>
/// What the coder's lexicons say about one word (a token's <see cref="Token.Norm"/>): its grammar
/// classes, its verb analyses, its noun singulars, the event-noun patterns it triggers and the
/// object words it can match. Each is a pure function of the word, and every token of a document
/// asks for most of them, each a string-keyed lookup: computed once per word and kept.
/// </summary>
internal sealed class WordFacts
{
    /// <summary>The coder (language) the facts were made for: a word form keeps them for it only.</summary>
    public required EventCoder Coder { get; init; }
    /// <summary><see cref="Grammar.Classes"/> of the word.</summary>
    public required ulong Classes { get; init; }
    /// <summary><see cref="Grammar.StartsPhrase"/>: a phrase of the grammar may start at the word.</summary>
    public required bool StartsPhrase { get; init; }
    /// <summary><see cref="VerbLexicon.Analyze"/> of the word, as of <see cref="VerbVersion"/>.</summary>
    public required IReadOnlyList<VerbForm> Analyses { get; init; }
    public required int VerbVersion { get; init; }
    /// <summary><see cref="NounLexicon.Singular"/> of the fold.</summary>
    public required string SingularOfFold { get; init; }
    /// <summary>The event-noun patterns of the word's singular (empty for most words).</summary>
    public required IReadOnlyList<EventPattern> NounPatterns { get; init; }
    /// <summary>The object words (<see cref="ObjectWordIndex"/> ids) the word can match by its fold or its singular; null when none.</summary>
    public required int[]? ObjectWordIds { get; init; }

    public static WordFacts Make(EventCoder coder, string norm, string fold, int verbVersion)
    {
        var singularOfFold = coder.Nouns.Singular(fold);
        // As the coder reads a noun: a word that is its own singular has its fold already.
        var singular = coder.Nouns.Singular(norm);
        var nounPatterns = coder.Patterns.ForNoun(ReferenceEquals(singular, norm) ? fold : TextNormalizer.Fold(singular));
        var index = coder.Patterns.ObjectWords;
        var byFold = index.ByFold(fold);
        // A word that is its own singular (the same string): the fold's keys cover it.
        var bySingular = ReferenceEquals(singularOfFold, fold) ? null : index.BySingular(singularOfFold);
        int[]? ids = byFold is null && bySingular is null ? null : [.. byFold ?? [], .. bySingular ?? []];
        return new WordFacts
        {
            Coder = coder,
            Classes = coder.Grammar.Classes(norm),
            StartsPhrase = coder.Grammar.StartsPhrase(norm),
            Analyses = coder.Verbs.Analyze(norm),
            VerbVersion = verbVersion,
            SingularOfFold = singularOfFold,
            NounPatterns = nounPatterns,
            ObjectWordIds = ids,
        };
    }
}

/// <summary>
/// A thread's state for one coder (language): the per-token arrays and object-word stamps reused
/// from document to document, and the way to a word's <see cref="WordFacts"/>, which are kept in
/// the token's <see cref="WordForm"/> (computed once per word form, not once per token).
/// One per thread (no lock: a document is coded on one thread).
/// </summary>
internal sealed class WordFactsCache
{
    private readonly EventCoder _coder;

    private WordFactsCache(EventCoder coder) => _coder = coder;

    // A thread codes few languages: a short list of caches, one per coder.
    [ThreadStatic] private static List<WordFactsCache>? t_caches;

    public static WordFactsCache For(EventCoder coder)
    {
        var caches = t_caches ??= [];
        foreach (var c in caches)
            if (ReferenceEquals(c._coder, coder)) return c;
        var cache = new WordFactsCache(coder);
        caches.Add(cache);
        return cache;
    }

    /// <summary>
    /// The object words marked in the sentence last looked at (see DocumentView.MarkObjectWords):
    /// an entry equal to <see cref="Stamp"/> is present. Kept here, with the thread's other
    /// per-word state, so that no document allocates one.
    /// </summary>
    public int[] Stamps { get; private set; } = [];
    public int Stamp { get; private set; }
    /// <summary>Who marked <see cref="Stamps"/> last (a view and a sentence of it).</summary>
    public object? StampOwner { get; private set; }

    /// <summary>A fresh stamp for <paramref name="owner"/>, over at least <paramref name="count"/> words; returns the stamp array.</summary>
    public int[] NewStamp(object owner, int count)
    {
        if (Stamps.Length < count) Stamps = new int[count];
        if (++Stamp == int.MaxValue)
        {
            Array.Clear(Stamps);
            Stamp = 1;
        }
        StampOwner = owner;
        return Stamps;
    }

    /// <summary>The per-token arrays of the document being coded on this thread.</summary>
    public TokenArrays Arrays { get; } = new();

    /// <summary>The slot of a word form where its <see cref="WordFacts"/> are kept.</summary>
    private static readonly int FactsSlot = WordForm.NewSlot();

    public WordFacts Get(Token token)
    {
        int version = _coder.Verbs.Version;
        // Another coder's facts, or a lemma registered since (another stage's verbs) that may give
        // the word new analyses: made again.
        if (token.Form.Fact(FactsSlot) is WordFacts facts && facts.Coder == _coder && facts.VerbVersion == version)
            return facts;
        facts = WordFacts.Make(_coder, token.Norm, token.Fold, version);
        token.Form.SetFact(FactsSlot, facts);
        return facts;
    }
}

/// <summary>
/// The per-token arrays of the event coder's document view, reused from document to document on
/// one thread (a document is coded on one thread, one at a time): allocating a dozen arrays per
/// document was a third of the coder's allocation. Each is cleared up to the token count when a
/// view takes it; a view never reads past the token count.
/// </summary>
internal sealed class TokenArrays
{
    /// <summary>Larger documents get arrays of their own, so that a thread keeps no huge arrays.</summary>
    private const int MaxPooledLength = 1 << 16;

    public EntityMention?[]? EntityAt;
    public QuoteMention?[]? QuoteAt;
    public IReadOnlyList<VerbForm>?[]? Forms;
    public bool[]? InTimex, InAmount;
    public WordFacts?[]? Facts;
    public int[]? Tenses, ClauseIds;
    public ulong[]? LemmaClasses;
    public DocumentView.BoundaryKind[]? BoundaryKinds;
    public sbyte[]? CoordinationEnds;
    public string?[]? ConsumedBy;

    /// <summary>An array of at least <paramref name="n"/> elements whose first <paramref name="n"/> are default.</summary>
    public static T[] Fresh<T>(ref T[]? pooled, int n)
    {
        if (n > MaxPooledLength) return new T[n];
        if (pooled is null || pooled.Length < n) return pooled = new T[Math.Max(n, 1024)];
        Array.Clear(pooled, 0, n);
        return pooled;
    }
}
