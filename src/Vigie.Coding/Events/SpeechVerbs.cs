using Vigie.Core.Data;
using Vigie.Text;

namespace Vigie.Coding.Events;

/// <summary>Lemmas of speech verbs (data/lang/xx/quote-verbs.tsv, column <c>lemma</c>): they make the clause they govern reported.</summary>
public static class SpeechVerbs
{
    private static readonly Dictionary<string, HashSet<string>> _cache = new();

    public static HashSet<string> For(string lang)
    {
        lock (_cache)
        {
            if (!_cache.TryGetValue(lang, out var set))
            {
                var file = DataFile.Load(DataDirectory.Lang(lang, "quote-verbs.tsv"), "lemma");
                _cache[lang] = set = file.Rows.Select(r => TextNormalizer.Norm(r["lemma"])).ToHashSet();
            }
            return set;
        }
    }
}

/// <summary>The prepositions that introduce an event's target when a pattern names none (grammar class <c>target</c>).</summary>
public static class DefaultTargetPrepositions
{
    public static string[] For(string lang) => Lexicon.Grammar.For(lang).Words(Lexicon.WordClass.Target);
}
