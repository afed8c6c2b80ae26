using Vigie.Core.Data;
using Vigie.Text.Numbers;
using Vigie.Text.Tokens;

namespace Vigie.Text.Amounts;

/// <summary>What a word after a number says about it (data/lang/xx/amount-context.tsv).</summary>
public enum AmountContext
{
    /// <summary>A month or weekday: the number is part of a date.</summary>
    Date,
    /// <summary>A unit of time: the number is a duration, an age or a clock time.</summary>
    Time,
    /// <summary>An adjective between the number and the counted noun ("deux plus grandes économies").</summary>
    Premodifier,
    /// <summary>A function word: the number has no counted noun here.</summary>
    Stop,
    /// <summary>A word joining two numbers of a range or a list ("30 à 50", "trois ou quatre").</summary>
    Connector,
    /// <summary>"de", "of" between a multiplier or a vague word and the counted noun ("millions de dollars").</summary>
    Partitive,
    /// <summary>A possessive clitic after a name: the number after it belongs to the name ("Standard & Poor's 500").</summary>
    Possessive,
}

/// <summary>A vague or approximate quantity phrase ("une centaine", "des dizaines", "dozens").</summary>
public sealed record VagueQuantity(decimal? Value, string Qualifier, string? Magnitude);

/// <summary>
/// A language's amount words, loaded once from data/lang/xx/amount-*.tsv and compiled into
/// dictionaries keyed by the token's Norm and token tries (<see cref="PhraseMatcher{T}"/>) for
/// the phrases.
/// </summary>
public sealed class AmountLexicon
{
    public required string Lang { get; init; }
    /// <summary>Number words and digits (data/lang/xx/number-words.tsv, number-format.tsv), shared with time expressions.</summary>
    public required NumberWords Numbers { get; init; }
    /// <summary>Word order (syntax.tsv): whether a capitalised modifier may stand between a number and its noun.</summary>
    public required LanguageSyntax Syntax { get; init; }
    /// <summary>Multipliers by Norm; <c>Attached</c> ones count only glued to digits ("5bn", "3m").</summary>
    public required Dictionary<string, (decimal Value, bool Attached)> Multipliers { get; init; }
    public required Dictionary<string, AmountContext> Context { get; init; }
    public required PhraseMatcher<string> Qualifiers { get; init; }
    public required PhraseMatcher<VagueQuantity> Vague { get; init; }
    /// <summary>Symbols and unit phrases with where they stand: "prefix", "suffix" or "both".</summary>
    public required PhraseMatcher<string> Symbols { get; init; }
    /// <summary>The first words (normal form) of the qualifier, vague-quantity and symbol phrases:
    /// a word that is none of them, no number and no attached number starts no amount.</summary>
    public required HashSet<string> PhraseStarts { get; init; }

    private static readonly LanguageCache<AmountLexicon> _cache = new(lang => Load(lang, DataDirectory.Path("lang", lang)));

    /// <summary>The lexicon of a language, loaded once from the data folder.</summary>
    public static AmountLexicon For(string lang) => _cache.For(lang);

    /// <exception cref="DataFileException">a file is missing or a row is malformed (the message names file:line).</exception>
    public static AmountLexicon Load(string lang, string folder)
    {
        var rules = TokenizerRules.Load(lang, folder);
        string F(string name) => Path.Combine(folder, name);

        var numbers = NumberWords.Load(lang, folder);

        var multipliers = new Dictionary<string, (decimal, bool)>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(F("amount-multipliers.tsv"), "word", "value").Rows)
            if (!multipliers.TryAdd(TextNormalizer.Norm(row["word"]), (Decimal(row, "value"), row.Optional("attached") == "yes")))
                throw row.Error($"duplicate word '{row["word"]}'", "AMT002");

        var context = new Dictionary<string, AmountContext>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(F("amount-context.tsv"), "word", "kind").Rows)
        {
            var kind = row["kind"] switch
            {
                "date" => AmountContext.Date,
                "time" => AmountContext.Time,
                "premodifier" => AmountContext.Premodifier,
                "stop" => AmountContext.Stop,
                "connector" => AmountContext.Connector,
                "partitive" => AmountContext.Partitive,
                "possessive" => AmountContext.Possessive,
                var k => throw row.Error($"unknown kind '{k}' (date, time, premodifier, stop, connector, partitive, possessive)", "AMT001"),
            };
            if (!context.TryAdd(TextNormalizer.Norm(row["word"]), kind))
                throw row.Error($"duplicate word '{row["word"]}'", "AMT002");
        }

        var phraseStarts = new HashSet<string>(StringComparer.Ordinal);
        void AddStart(string phrase)
        {
            if (Tokenizer.Tokenize(phrase, new Core.TextSpan(0, phrase.Length), rules) is [var first, ..]) phraseStarts.Add(first.Norm);
        }

        var qualifiers = new PhraseMatcher<string>(PhraseKey.Norm);
        foreach (var row in DataFile.Load(F("amount-qualifiers.tsv"), "phrase", "qualifier").Rows)
        {
            qualifiers.Add(row["phrase"], Qualifier(row, row["qualifier"]), rules);
            AddStart(row["phrase"]);
        }

        var vague = new PhraseMatcher<VagueQuantity>(PhraseKey.Norm);
        foreach (var row in DataFile.Load(F("amount-vague.tsv"), "phrase", "value", "qualifier", "magnitude").Rows)
        {
            decimal? value = row.Optional("value") is null ? null : Decimal(row, "value");
            vague.Add(row["phrase"], new VagueQuantity(value, Qualifier(row, row["qualifier"]), row.Optional("magnitude")), rules);
            AddStart(row["phrase"]);
        }

        var symbols = new PhraseMatcher<string>(PhraseKey.Norm);
        foreach (var row in DataFile.Load(F("amount-symbols.tsv"), "symbol", "position").Rows)
        {
            var position = row["position"];
            if (position is not ("prefix" or "suffix" or "both")) throw row.Error($"unknown position '{position}' (prefix, suffix, both)", "AMT001");
            symbols.Add(row["symbol"], position, rules);
            AddStart(row["symbol"]);
        }

        return new AmountLexicon
        {
            Lang = lang, Numbers = numbers, Syntax = LanguageSyntax.Load(F("syntax.tsv")), Multipliers = multipliers, Context = context,
            Qualifiers = qualifiers, Vague = vague, Symbols = symbols, PhraseStarts = phraseStarts,
        };
    }

    private static decimal Decimal(DataRow row, string column) =>
        decimal.TryParse(row[column], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d : throw row.Error($"column '{column}': '{row[column]}' is not a number", "AMT003");

    private static readonly HashSet<string> _qualifiers =
    [
        Core.AmountQualifiers.Exact, Core.AmountQualifiers.MoreThan, Core.AmountQualifiers.LessThan, Core.AmountQualifiers.About,
        Core.AmountQualifiers.AtLeast, Core.AmountQualifiers.AtMost, Core.AmountQualifiers.Vague,
    ];

    private static string Qualifier(DataRow row, string q) =>
        _qualifiers.Contains(q) ? q : throw row.Error($"unknown qualifier '{q}' ({string.Join(", ", _qualifiers)})", "AMT004");
}
