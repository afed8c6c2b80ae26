using Vigie.Core.Data;

namespace Vigie.Text.Tokens;

/// <summary>A language's tokenisation data: abbreviations, elisions, contractions and clitics (data/lang/xx/).</summary>
public sealed class TokenizerRules
{
    public required string Lang { get; init; }
    /// <summary>Abbreviations with their final period, as written ("M.", "janv.").</summary>
    public required HashSet<string> Abbreviations { get; init; }
    /// <summary>Elided forms, normalised, with their apostrophe ("l'", "qu'").</summary>
    public required HashSet<string> Elisions { get; init; }
    /// <summary>Contractions → their words ("du" → ["de", "le"]).</summary>
    public required Dictionary<string, string[]> Contractions { get; init; }
    /// <summary>Clitics split from the end of a word ("-t-il", "'s", "n't"), normalised.</summary>
    public required string[] Clitics { get; init; }

    /// <summary><see cref="Abbreviations"/> looked up by span.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup => Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary><see cref="Elisions"/> looked up by span.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ElisionLookup => Elisions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly LanguageCache<TokenizerRules> _cache = new(lang => Load(lang, DataDirectory.Path("lang", lang)));

    /// <summary>The rules of a language, loaded once from the data folder.</summary>
    public static TokenizerRules For(string lang) => _cache.For(lang);

    public static TokenizerRules Load(string lang, string folder)
    {
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(Path.Combine(folder, "abbreviations.tsv"), "form").Rows)
        {
            var form = row["form"];
            abbreviations.Add(form);
            abbreviations.Add(TextNormalizer.Norm(form));
        }
        var elisions = DataFile.Load(Path.Combine(folder, "elisions.tsv"), "form").Rows
            .Select(r => TextNormalizer.Norm(r["form"])).ToHashSet(StringComparer.Ordinal);
        foreach (var e in elisions)
            if (!e.EndsWith('\'')) throw new DataFileException("TOK001", Path.Combine(folder, "elisions.tsv"), 0, $"elision '{e}' must end with an apostrophe");
        var contractions = new Dictionary<string, string[]>();
        foreach (var row in DataFile.Load(Path.Combine(folder, "contractions.tsv"), "form", "words").Rows)
            contractions[TextNormalizer.Norm(row["form"])] = row["words"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var clitics = DataFile.Load(Path.Combine(folder, "clitics.tsv"), "form").Rows
            .Select(r => TextNormalizer.Norm(r["form"])).OrderByDescending(c => c.Length).ToArray();
        return new TokenizerRules { Lang = lang, Abbreviations = abbreviations, Elisions = elisions, Contractions = contractions, Clitics = clitics };
    }
}
