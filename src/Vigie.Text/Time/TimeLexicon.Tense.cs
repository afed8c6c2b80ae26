using Vigie.Core;
using Vigie.Text.Tokens;

namespace Vigie.Text.Time;

public sealed partial class TimeLexicon
{
    /// <summary>
    /// The tense around tokens [first, end) of a sentence: +1 when the nearest cue is a future
    /// form (-era, -ront, va + infinitive, will), -1 when it is a past one, 0 when none is found
    /// within the sentence.
    /// </summary>
    public int Tense(IReadOnlyList<Token> tokens, Sentence sentence, int first, int end)
    {
        for (int d = 1; d <= sentence.TokenCount; d++)
        {
            int l = first - d, r = end - 1 + d;
            bool any = false;
            if (l >= sentence.FirstToken) { any = true; if (Cue(tokens[l], l == sentence.FirstToken) is int c and not 0) return c; }
            if (r < sentence.EndToken) { any = true; if (Cue(tokens[r], false) is int c and not 0) return c; }
            if (!any) break;
        }
        return 0;
    }

    private int Cue(Token t, bool sentenceStart)
    {
        if (!t.IsWord) return 0;
        if (_tenseWords.TryGetValue(t.Norm, out var w)) return w;
        // Capitalised words inside a sentence are names: "Vera", "Sahara" are not verbs.
        if (_tenseExceptions.Contains(t.Norm) || (t.IsCapitalized && !sentenceStart)) return 0;
        var s = t.Norm;
        for (int n = Math.Min(_longestSuffix, s.Length - 2); n >= 1; n--)
            if (_tenseSuffixes.TryGetValue(s[^n..], out var tense)) return tense;
        return 0;
    }
}
