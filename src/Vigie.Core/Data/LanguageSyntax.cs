namespace Vigie.Core.Data;

/// <summary>
/// Grammar facts of a language that rules depend on (data/lang/xx/syntax.tsv), so that no
/// rule tests which language it runs on.
/// </summary>
public sealed class LanguageSyntax
{
    /// <summary>
    /// True when a noun's modifiers stand before it, its head last ("bank chief", "1,000
    /// American troops"); false when they follow it ("ministre iranien", "1 000 soldats
    /// américains").
    /// </summary>
    public bool ModifiersBeforeNoun { get; private init; }

    /// <summary>
    /// True when a nationality naming people is a noun by its plural -s ("the Serbs" against
    /// "Serb forces"); false when by its capital ("les Français" against "des soldats français").
    /// </summary>
    public bool DemonymNounsArePlural { get; private init; }

    /// <summary>
    /// The letters a regular plural adds to a word ("s", "x"): the event coder takes a word and the
    /// word with one of them as the same word when it looks for a pattern's object words.
    /// </summary>
    public string PluralMarks { get; private init; } = "";

    /// <summary>True when <paramref name="token"/> and <paramref name="word"/> are the same word, or one is the other with a plural mark.</summary>
    public bool SameWordOrPlural(string token, string word) =>
        token == word
        || (token.Length == word.Length + 1 && token.StartsWith(word, StringComparison.Ordinal) && PluralMarks.Contains(token[^1]))
        || (word.Length == token.Length + 1 && word.StartsWith(token, StringComparison.Ordinal) && PluralMarks.Contains(word[^1]));

    private static readonly LanguageCache<LanguageSyntax> _cache = new(lang => Load(DataDirectory.Lang(lang, "syntax.tsv")));

    public static LanguageSyntax For(string lang) => _cache.For(lang);

    /// <exception cref="DataFileException">the file is missing, or a property is unknown, repeated or missing (file:line).</exception>
    public static LanguageSyntax Load(string path)
    {
        // A two-valued property, given once: true for its first value, false for its second.
        static void Set(DataRow row, ref bool? slot, string yes, string no)
        {
            var name = row["property"];
            if (slot is not null) throw row.Error($"'{name}' is given twice", "SYN002");
            var value = row["value"];
            slot = value == yes ? true : value == no ? false
                : throw row.Error($"'{name}' is '{yes}' or '{no}', not '{value}'", "SYN003");
        }

        var file = DataFile.Load(path, "property", "value");
        bool? modifiersBefore = null, demonymPlural = null;
        string? pluralMarks = null;
        foreach (var row in file.Rows)
        {
            switch (row["property"])
            {
                case "modifiers": Set(row, ref modifiersBefore, "before", "after"); break;
                case "demonym-nouns": Set(row, ref demonymPlural, "plural", "capitalised"); break;
                case "plural-marks":
                    if (pluralMarks is not null) throw row.Error("'plural-marks' is given twice", "SYN002");
                    var marks = row["value"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (marks.Length == 0 || marks.Any(m => m.Length != 1 || !char.IsLetter(m[0])))
                        throw row.Error($"'plural-marks' is a list of single letters, not '{row["value"]}'", "SYN003");
                    pluralMarks = string.Concat(marks);
                    break;
                case var p: throw row.Error($"unknown property '{p}' (modifiers, demonym-nouns, plural-marks)", "SYN001");
            }
        }
        return new LanguageSyntax
        {
            ModifiersBeforeNoun = modifiersBefore ?? throw new DataFileException("SYN004", path, 0, "property 'modifiers' is missing"),
            DemonymNounsArePlural = demonymPlural ?? throw new DataFileException("SYN004", path, 0, "property 'demonym-nouns' is missing"),
            PluralMarks = pluralMarks ?? throw new DataFileException("SYN004", path, 0, "property 'plural-marks' is missing"),
        };
    }
}
