namespace Vigie.Core;

/// <summary>Entity kinds, as written in the output contract.</summary>
public static class EntityTypes
{
    public const string Person = "PER";
    public const string Organisation = "ORG";
    /// <summary>A country or a place that stands for a state (capital, seat of power).</summary>
    public const string Country = "GPE";
    public const string Location = "LOC";
    /// <summary>A group of people named by nationality or role ("les rebelles", "Russians").</summary>
    public const string Group = "GROUP";
}

/// <summary>
/// A recognised entity. <see cref="Code"/> is a CAMEO actor code (USAGOV, PRK, IGOUNO),
/// <see cref="Country"/> the ISO 3166-1 alpha-3 code of the state it acts for, <see cref="Name"/>
/// the canonical name (English). Tokens are [FirstToken, FirstToken + TokenCount).
/// </summary>
public sealed record EntityMention(TextSpan Span, int FirstToken, int TokenCount, string Type,
    string? Code, string? Country, string? Name, string Text)
{
    public int EndToken => FirstToken + TokenCount;
    /// <summary>The lexicon entry or rule that produced the mention.</summary>
    public string? Rule { get; init; }
    /// <summary>For a later short mention (Kirby, le porte-parole), the earlier full one it resolves to.</summary>
    public EntityMention? Antecedent { get; init; }
    /// <summary>True when the mention names a place used as a place (not as an actor).</summary>
    public bool IsPlace { get; init; }
    /// <summary>True when the mention is a nationality word standing for its country ("l'offensive russe", "Russian troops").</summary>
    public bool Demonym { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    /// <summary>The other countries a compound demonym names with its own ("russo-américain": Russia beside the United States), each with the part of the word naming it.</summary>
    public IReadOnlyList<CountryPart> Partners { get; init; } = [];
}

/// <summary>A country named by part of a word ("russo" in "russo-américain").</summary>
public sealed record CountryPart(string Country, TextSpan Span);

/// <summary>TIMEX3 types.</summary>
public static class TimexTypes
{
    public const string Date = "DATE";
    public const string Time = "TIME";
    public const string Duration = "DURATION";
    public const string Set = "SET";
}

/// <summary>A time expression with its TIMEX3 type and normalised value ("2023-10", "P3D", "PAST_REF").</summary>
public sealed record TimeMention(TextSpan Span, string Type, string Value, string Text)
{
    public string? Rule { get; init; }
    /// <summary>The date the value denotes, when it is a calendar date (for dating events).</summary>
    public PartialDate? Date { get; init; }
}

/// <summary>Amount qualifiers, as written in the output contract.</summary>
public static class AmountQualifiers
{
    public const string Exact = "exact";
    public const string MoreThan = "more_than";
    public const string LessThan = "less_than";
    public const string About = "about";
    public const string AtLeast = "at_least";
    public const string AtMost = "at_most";
    /// <summary>A vague plural ("des dizaines", "hundreds"): value is null.</summary>
    public const string Vague = "vague";
}

/// <summary>A counted amount ("plus de 1 000 conteneurs" → 1000, more_than, conteneurs).</summary>
public sealed record AmountMention(TextSpan Span, decimal? Value, string Qualifier, string? Unit, string Text)
{
    public string? Rule { get; init; }
    /// <summary>For vague amounts, the order of magnitude in words ("tens", "hundreds").</summary>
    public string? Magnitude { get; init; }
}

/// <summary>A quotation: <see cref="Span"/> covers the quoted words (without the marks).</summary>
public sealed record QuoteMention(TextSpan Span, string Text)
{
    public string? Speaker { get; init; }
    public string? SpeakerCode { get; init; }
    public EntityMention? SpeakerMention { get; init; }
    /// <summary>The lemma of the speech verb ("déclarer", "say") or the cue ("selon").</summary>
    public string? Verb { get; init; }
    /// <summary>"direct" or "indirect".</summary>
    public string Kind { get; init; } = "direct";
    public string? Rule { get; init; }
}
