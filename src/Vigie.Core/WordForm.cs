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
/// that tokenised its document, so the slots need no lock; were two threads to meet on one, the
/// worst would be a fact computed again (a slot holds a whole fact, written as one reference).
/// </remarks>
public sealed class WordForm(string text, string norm, string fold, string[]? expansion)
{
    private static int s_slots;
    // The first slots are fields, the rest an array: a fact is read once per token or more, and a
    // slot number is a static readonly value, which the optimising JIT folds, so reading one of
    // the first slots is one load from the word form (the array would be a second, often missed, load).
    private object? _fact0, _fact1, _fact2, _fact3, _fact4, _fact5;
    private object?[]? _more;
    private const int Inline = 6;

    public string Text { get; } = text;
    public string Norm { get; } = norm;
    public string Fold { get; } = fold;
    /// <summary>The words a contraction stands for ("du" → ["de", "le"]), else null.</summary>
    public string[]? Expansion { get; } = expansion;

    /// <summary>A new slot for one kind of fact (call once per kind, at type initialisation).</summary>
    public static int NewSlot() => Interlocked.Increment(ref s_slots) - 1;

    /// <summary>The fact kept in <paramref name="slot"/>, or null.</summary>
    public object? Fact(int slot) => slot switch
    {
        0 => _fact0,
        1 => _fact1,
        2 => _fact2,
        3 => _fact3,
        4 => _fact4,
        5 => _fact5,
        _ => _more is { } more && slot - Inline < more.Length ? more[slot - Inline] : null,
    };

    public void SetFact(int slot, object value)
    {
        switch (slot)
        {
            case 0: _fact0 = value; break;
            case 1: _fact1 = value; break;
            case 2: _fact2 = value; break;
            case 3: _fact3 = value; break;
            case 4: _fact4 = value; break;
            case 5: _fact5 = value; break;
            default:
                if (_more is null || slot - Inline >= _more.Length) Array.Resize(ref _more, Math.Max(slot - Inline + 1, Volatile.Read(ref s_slots) - Inline));
                _more[slot - Inline] = value;
                break;
        }
    }
}
