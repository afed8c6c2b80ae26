namespace Vigie.Core;

/// <summary>
/// A word as written (the "type" its tokens are occurrences of): its strings, and facts that the
/// stages compute about it once and share between all its tokens. The tokenizer makes one per
/// distinct surface form and language, per thread (bounded), so a stage that keeps a fact here
/// looks a word up in its lexicon once per form instead of once per token: a string-keyed lookup
/// in a large lexicon costs tens of nanoseconds (cache misses), and news text repeats its words.
/// </summary>
/// <remarks>
/// A stage reserves a slot once with <see cref="NewSlot"/>. What it stores must say which lexicon
/// computed it, and the stage must check that before use: tokens of one language may meet another
/// lexicon of that language (tests load their own). A word form is only touched by the thread
/// that tokenised its document, so the slots need no lock.
/// </remarks>
public sealed class WordForm(string text, string norm, string fold, string[]? expansion)
{
    private static int s_slots;
    private object?[]? _facts;

    public string Text { get; } = text;
    public string Norm { get; } = norm;
    public string Fold { get; } = fold;
    /// <summary>The words a contraction stands for ("du" → ["de", "le"]), else null.</summary>
    public string[]? Expansion { get; } = expansion;

    /// <summary>A new slot for one kind of fact (call once per kind, at type initialisation).</summary>
    public static int NewSlot() => Interlocked.Increment(ref s_slots) - 1;

    /// <summary>The fact kept in <paramref name="slot"/>, or null.</summary>
    public object? Fact(int slot) => _facts is { } facts && slot < facts.Length ? facts[slot] : null;

    public void SetFact(int slot, object value)
    {
        if (_facts is null || slot >= _facts.Length) Array.Resize(ref _facts, Math.Max(slot + 1, Volatile.Read(ref s_slots)));
        _facts[slot] = value;
    }
}
