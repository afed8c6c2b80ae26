using Vigie.Core;
using Vigie.Core.Data;

namespace Vigie.Text.Tone;

/// <summary>
/// A language's tone words (data/lang/xx/tone.tsv: word, polarity +1/-1, other forms), keyed by
/// fold so that a token is one lookup whatever its accents or case. Nothing is derived from the
/// listed words: each counted form is in the file, so what counts is what one reads there.
/// </summary>
public sealed class ToneLexicon
{
    private readonly Dictionary<string, sbyte> _polarity;

    private ToneLexicon(Dictionary<string, sbyte> polarity) => _polarity = polarity;

    public int Count => _polarity.Count;

    /// <summary>+1, -1, or 0 for a word that carries no tone.</summary>
    public int Polarity(string fold) => _polarity.TryGetValue(fold, out var p) ? p : 0;

    /// <summary>A token's polarity, looked up once per word form (kept in its <see cref="WordForm"/>).</summary>
    public int Polarity(Token t)
    {
        if (t.Form.Fact(PolaritySlot) is Kept kept && kept.Lexicon == this) return kept.Polarity;
        int p = Polarity(t.Fold);
        t.Form.SetFact(PolaritySlot, p switch { > 0 => _positive, < 0 => _negative, _ => _neutral });
        return p;
    }

    private static readonly int PolaritySlot = WordForm.NewSlot();

    /// <summary>A polarity kept in a word form, with the lexicon that gave it.</summary>
    private sealed record Kept(ToneLexicon Lexicon, int Polarity);
    private Kept _positive => field ??= new(this, 1);
    private Kept _negative => field ??= new(this, -1);
    private Kept _neutral => field ??= new(this, 0);

    public static ToneLexicon Load(string path) => From(DataFile.Load(path, "word", "polarity"));

    public static ToneLexicon From(DataFile file)
    {
        var polarity = new Dictionary<string, sbyte>(StringComparer.Ordinal);
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            sbyte p = row["polarity"] switch
            {
                "+1" or "1" => 1,
                "-1" or "−1" => -1,
                var v => throw row.Error($"polarity '{v}' must be +1 or -1", "TON001"),
            };
            foreach (var form in row.List("forms").Prepend(row["word"]))
            {
                var fold = TextNormalizer.Fold(form);
                // A form listed on two rows is a slip (and with two polarities, a contradiction).
                if (lineOf.TryGetValue(fold, out int other) && other != row.Line)
                    throw row.Error($"'{form}' is already listed on line {other}", "TON002");
                lineOf[fold] = row.Line;
                polarity[fold] = p;
            }
        }
        return new ToneLexicon(polarity);
    }
}
