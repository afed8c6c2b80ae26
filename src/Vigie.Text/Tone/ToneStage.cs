using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text.Stages;

namespace Vigie.Text.Tone;

/// <summary>
/// Measures a document's tone as GDELT does: 100 × (positive words − negative words) / words,
/// from the tone words of its language (<see cref="ToneLexicon"/>). One lookup per word token,
/// so it costs next to nothing. Negation is not handled ("not good" counts as positive), as in
/// GDELT. Coding does not read the tone: it only describes documents and corpus events.
/// </summary>
public sealed class ToneStage : IDocumentStage
{
    private readonly Dictionary<string, ToneLexicon> _lexicons = new(StringComparer.Ordinal);

    public ToneStage()
    {
        foreach (var lang in LanguageStage.Supported)
            _lexicons[lang] = ToneLexicon.Load(DataDirectory.Lang(lang, "tone.tsv"));
    }

    public string Name => "tone";
    public Layers Requires => Layers.Tokens;
    public Layers Provides => Layers.Tone;

    public void Process(Document document)
    {
        document.Tone = document.Lang is { } lang && _lexicons.TryGetValue(lang, out var lexicon)
            ? Measure(document.Tokens, lexicon) : null;
    }

    /// <summary>The tone of a run of tokens, or null when it has no words (no measure rather than a neutral 0).</summary>
    public static double? Measure(IReadOnlyList<Token> tokens, ToneLexicon lexicon)
    {
        int words = 0, score = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            words++;
            score += lexicon.Polarity(t);
        }
        return words == 0 ? null : 100.0 * score / words;
    }
}
