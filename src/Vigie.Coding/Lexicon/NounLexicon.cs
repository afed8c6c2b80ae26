using Vigie.Core.Data;

namespace Vigie.Coding.Lexicon;

/// <summary>
/// Singular and plural of nouns: irregular plurals from data/lang/xx/noun-plurals.tsv, regular
/// ones by the language's rules (French: -s, -x, -aux; English: -s, -es, -ies).
/// </summary>
public sealed class NounLexicon
{
    private readonly string _lang;
    private readonly Dictionary<string, string> _singularOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pluralOf = new(StringComparer.Ordinal);

    private NounLexicon(string lang) => _lang = lang;

    private static readonly Dictionary<string, NounLexicon> _cache = new();

    public static NounLexicon For(string lang)
    {
        lock (_cache)
        {
            if (!_cache.TryGetValue(lang, out var lex))
                _cache[lang] = lex = Load(lang, DataDirectory.Lang(lang, "noun-plurals.tsv"));
            return lex;
        }
    }

    public static NounLexicon Load(string lang, string path)
    {
        var lex = new NounLexicon(lang);
        foreach (var row in DataFile.Load(path, "singular", "plural").Rows)
        {
            var singular = row["singular"].ToLowerInvariant();
            var plural = row["plural"].ToLowerInvariant();
            lex._singularOf[plural] = singular;
            lex._pluralOf[singular] = plural;
        }
        return lex;
    }

    /// <summary>The singular of a normalised noun ("sanctions" → "sanction"); a word that is not a regular plural is returned as it is.</summary>
    public string Singular(string norm)
    {
        if (_singularOf.TryGetValue(norm, out var s)) return s;
        if (_pluralOf.ContainsKey(norm) || norm.Length < 4) return norm;
        if (_lang == "en")
        {
            if (norm.EndsWith("ies")) return norm[..^3] + "y";
            if (norm.EndsWith("sses") || norm.EndsWith("ches") || norm.EndsWith("shes") || norm.EndsWith("xes")) return norm[..^2];
            if (norm.EndsWith('s') && !norm.EndsWith("ss") && !norm.EndsWith("us")) return norm[..^1];
            return norm;
        }
        if (norm.EndsWith("aux")) return norm[..^3] + "al";
        if (norm.EndsWith("eaux") || norm.EndsWith("eux")) return norm[..^1];
        if (norm.EndsWith('s') && !norm.EndsWith("ss")) return norm[..^1];
        return norm;
    }

    /// <summary>The lemma and its plural.</summary>
    public IReadOnlyList<string> Forms(string lemma)
    {
        if (_pluralOf.TryGetValue(lemma, out var p)) return [lemma, p];
        if (_lang == "en")
            return [lemma, lemma.EndsWith('y') && lemma.Length > 2 && !"aeiou".Contains(lemma[^2]) ? lemma[..^1] + "ies"
                : lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("ch") || lemma.EndsWith("sh") ? lemma + "es" : lemma + "s"];
        return [lemma, lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') ? lemma
            : lemma.EndsWith("al") ? lemma[..^2] + "aux" : lemma.EndsWith("eau") || lemma.EndsWith("eu") ? lemma + "x" : lemma + "s"];
    }
}
