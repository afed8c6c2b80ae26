using Vigie.Core.Data;

namespace Vigie.Coding.Lexicon;

/// <summary>
/// Singular and plural of nouns, so that event nouns match in both numbers ("sanctions" →
/// "sanction", "travaux" → "travail", "countries" → "country"). Irregular plurals, and words
/// that a stripping rule would spoil (pays, taux, news, crisis), come from
/// data/lang/xx/noun-plurals.tsv; the regular ending rules from data/lang/xx/noun-endings.tsv.
/// </summary>
public sealed class NounLexicon
{
    /// <summary>An ending rule: a word ending in <c>Ending</c> (and at least <c>MinLength</c> long) ends in <c>Becomes</c> instead.</summary>
    private readonly record struct EndingRule(string Ending, string Becomes, int MinLength);

    private static readonly LanguageCache<NounLexicon> _cache = new(lang => Load(lang, DataDirectory.Path("lang", lang)));

    private readonly Dictionary<string, string[]> _plurals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _singulars = new(StringComparer.Ordinal);
    private readonly List<EndingRule> _toSingular = [], _toPlural = [];
    /// <summary>The last letters of the singular rules' endings; null when a rule has an empty ending (it applies to any word).</summary>
    private string? _singularFinals;

    /// <summary>The lexicon of a language, loaded once from the data folder; thread-safe.</summary>
    /// <exception cref="DataFileException">noun-plurals.tsv or noun-endings.tsv is missing or malformed.</exception>
    public static NounLexicon For(string lang) => _cache.For(lang);

    /// <summary>A fresh lexicon from a data folder (data/lang/xx).</summary>
    public static NounLexicon Load(string lang, string folder)
    {
        var lexicon = new NounLexicon();
        foreach (var row in DataFile.Load(Path.Combine(folder, "noun-plurals.tsv"), "singular", "plural").Rows)
        {
            var singular = row["singular"];
            var plurals = row.List("plural");
            if (!lexicon._plurals.TryAdd(singular, plurals)) throw row.Error($"noun '{singular}' listed twice", "NOUN001");
            foreach (var p in plurals) lexicon._singulars.TryAdd(p, singular);
        }
        foreach (var row in DataFile.Load(Path.Combine(folder, "noun-endings.tsv"), "form", "ending", "becomes").Rows)
        {
            var rules = row["form"] switch
            {
                "singular" => lexicon._toSingular,
                "plural" => lexicon._toPlural,
                var f => throw row.Error($"unknown form '{f}' (singular, plural)", "NOUN002"),
            };
            static string Ending(string cell) => cell == "-" ? "" : cell;
            rules.Add(new EndingRule(Ending(row["ending"]), Ending(row["becomes"]), (int)(row.Number("min_length") ?? 0)));
        }
        lexicon._singularFinals = lexicon._toSingular.Any(r => r.Ending.Length == 0) ? null
            : new string(lexicon._toSingular.Select(r => r.Ending[^1]).Distinct().ToArray());
        return lexicon;
    }

    /// <summary>
    /// The singular of a normalised noun; a word that is already singular, or that the rules
    /// do not recognise as a plural, comes back unchanged.
    /// </summary>
    public string Singular(string norm)
    {
        // A listed singular (including invariable nouns) is never stripped: "pays", "news".
        if (_plurals.ContainsKey(norm)) return norm;
        if (_singulars.TryGetValue(norm, out var singular)) return singular;
        if (norm.Contains('-')) return CompoundSingular(norm);
        // Most words end in no letter that ends a singular rule ("-s", "-x"): no rule to try.
        if (_singularFinals is { } finals && (norm.Length == 0 || !finals.Contains(norm[^1]))) return norm;
        return Inflect(_toSingular, norm);
    }

    /// <summary>
    /// A hyphenated compound whose every part is plural is singularised part by part
    /// ("choux-fleurs" → "chou-fleur"); any other takes the rules on its last part
    /// ("arrière-pensées" → "arrière-pensée"). Invariable compounds are listed in the data
    /// ("porte-avions", "cessez-le-feu").
    /// </summary>
    private string CompoundSingular(string norm)
    {
        var parts = norm.Split('-');
        var singulars = new string[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            singulars[i] = parts[i].Length == 0 ? parts[i] : Singular(parts[i]);
            if (singulars[i] == parts[i]) return Inflect(_toSingular, norm);
        }
        return string.Join('-', singulars);
    }

    /// <summary>The lemma followed by its plural(s), without repeats ("travail" → travail, travaux).</summary>
    public IReadOnlyList<string> Forms(string lemma)
    {
        var plurals = _plurals.TryGetValue(lemma, out var listed) ? listed : [Inflect(_toPlural, lemma)];
        return new[] { lemma }.Concat(plurals).Distinct().ToArray();
    }

    /// <summary>The word with the first matching rule's ending replaced; unchanged when none matches.</summary>
    private static string Inflect(List<EndingRule> rules, string word)
    {
        foreach (var rule in rules)
        {
            if (word.Length < rule.MinLength || !word.EndsWith(rule.Ending, StringComparison.Ordinal)) continue;
            // A rule that keeps its ending ("-ss" stays) returns the word itself: no copy.
            return rule.Ending == rule.Becomes ? word : string.Concat(word.AsSpan(0, word.Length - rule.Ending.Length), rule.Becomes);
        }
        return word;
    }
}
