using System.Collections.Concurrent;
using Vigie.Core.Data;

namespace Vigie.Coding.Lexicon;

/// <summary>
/// Singular and plural of nouns, so that event nouns match in both numbers ("sanctions" →
/// "sanction", "travaux" → "travail", "countries" → "country"). Irregular plurals, and words
/// that a stripping rule would spoil (pays, taux, news, crisis), come from
/// data/lang/xx/noun-plurals.tsv; the regular rules of each language are below.
/// </summary>
public sealed class NounLexicon
{
    private static readonly ConcurrentDictionary<string, Lazy<NounLexicon>> _byLang = new();

    private readonly string _lang;
    private readonly Dictionary<string, string[]> _plurals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _singulars = new(StringComparer.Ordinal);

    private NounLexicon(string lang) => _lang = lang;

    /// <summary>The lexicon of a language ("fr" or "en"), loaded once from the data folder; thread-safe.</summary>
    /// <exception cref="ArgumentException">the language has no noun rules.</exception>
    /// <exception cref="DataFileException">noun-plurals.tsv is missing or malformed.</exception>
    public static NounLexicon For(string lang) =>
        _byLang.GetOrAdd(lang, l => new Lazy<NounLexicon>(() => Load(l, DataDirectory.Path("lang", l)))).Value;

    /// <summary>A fresh lexicon from a data folder (data/lang/xx).</summary>
    public static NounLexicon Load(string lang, string folder)
    {
        if (lang is not ("fr" or "en")) throw new ArgumentException($"no noun rules for language '{lang}'", nameof(lang));
        var lexicon = new NounLexicon(lang);
        foreach (var row in DataFile.Load(Path.Combine(folder, "noun-plurals.tsv"), "singular", "plural").Rows)
        {
            var singular = row["singular"];
            var plurals = row.List("plural");
            if (!lexicon._plurals.TryAdd(singular, plurals)) throw row.Error($"noun '{singular}' listed twice", "NOUN001");
            foreach (var p in plurals) lexicon._singulars.TryAdd(p, singular);
        }
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
        return _lang == "fr" ? FrenchSingular(norm) : EnglishSingular(norm);
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
            if (singulars[i] == parts[i]) return _lang == "fr" ? FrenchSingular(norm) : EnglishSingular(norm);
        }
        return string.Join('-', singulars);
    }

    /// <summary>The lemma followed by its plural(s), without repeats ("travail" → travail, travaux).</summary>
    public IReadOnlyList<string> Forms(string lemma)
    {
        var plurals = _plurals.TryGetValue(lemma, out var listed) ? listed
            : [_lang == "fr" ? FrenchPlural(lemma) : EnglishPlural(lemma)];
        return new[] { lemma }.Concat(plurals).Distinct().ToArray();
    }

    private static string FrenchSingular(string w)
    {
        // Short words are articles and pronouns far more often than plural nouns ("les", "des").
        if (w.Length <= 3) return w;
        if (w.EndsWith("eaux", StringComparison.Ordinal)) return w[..^1];
        if (w.EndsWith("aux", StringComparison.Ordinal)) return w[..^3] + "al";
        if (w.EndsWith("eux", StringComparison.Ordinal)) return w[..^1];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) return w[..^1];
        return w;
    }

    private static string FrenchPlural(string w)
    {
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z')) return w;
        if (w.EndsWith("al", StringComparison.Ordinal)) return w[..^2] + "aux";
        if (w.EndsWith("au", StringComparison.Ordinal) || w.EndsWith("eu", StringComparison.Ordinal)) return w + "x";
        return w + "s";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string EnglishSingular(string w)
    {
        if (w.Length <= 3 || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal)) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zzes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith('s')) return w[..^1];
        return w;
    }

    private static string EnglishPlural(string w)
    {
        if (w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2])) return w[..^1] + "ies";
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal)) return w + "es";
        return w + "s";
    }
}
