using Vigie.Core.Data;
using Vigie.Coding.Ontology;

namespace Vigie.Coding.Events;

/// <summary>Tables keyed by CAMEO codes or prefixes ("07" for every aid code): the longest listed key wins.</summary>
internal static class CameoPrefix
{
    /// <summary>The value of the longest key of <paramref name="map"/> that starts <paramref name="code"/> (two digits at least).</summary>
    public static bool Longest<T>(Dictionary<string, T> map, string code, out T value)
    {
        var keys = map.GetAlternateLookup<ReadOnlySpan<char>>();   // no substring per try
        for (int n = code.Length; n >= 2; n--)
            if (keys.TryGetValue(code.AsSpan(0, n), out value!)) return true;
        value = default!;
        return false;
    }
}

/// <summary>
/// A map from the code of an act to the code of a stance towards it, read from data/ontology/:
/// the intent to do it (intent.tsv: "X will deliver arms" is 0332, express intent to provide
/// military aid; "X plans to attack" is 138, threaten military force) and the refusal to do it
/// (refusal.tsv: "X said it would not release the prisoners" is 1243, refuse to release persons).
/// The longest listed prefix of the act's code decides.
/// </summary>
public sealed class IntentTable
{
    private readonly Dictionary<string, string> _map;

    private IntentTable(Dictionary<string, string> map) => _map = map;

    private static readonly Lazy<IntentTable> _default = new(() => Load(DataDirectory.Path("ontology", "intent.tsv"), CameoOntology.Default));
    private static readonly Lazy<IntentTable> _refusal = new(() => Load(DataDirectory.Path("ontology", "refusal.tsv"), CameoOntology.Default, "refusal"));

    /// <summary>The intent of an act (intent.tsv).</summary>
    public static IntentTable Default => _default.Value;

    /// <summary>The refusal of an act (refusal.tsv).</summary>
    public static IntentTable Refusal => _refusal.Value;

    /// <summary>The intent code of an act; intents (03x, 13x) and acts with no listed prefix stay as they are.</summary>
    public string IntentOf(string code)
    {
        if (code.StartsWith("03", StringComparison.Ordinal) || code.StartsWith("13", StringComparison.Ordinal)) return code;
        return Lookup(code) ?? code;
    }

    /// <summary>The code mapped from the longest listed prefix of <paramref name="code"/>, or null.</summary>
    public string? Lookup(string code) => CameoPrefix.Longest(_map, code, out var mapped) ? mapped : null;

    public static IntentTable Load(string path, CameoOntology ontology, string column = "intent")
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(path, "act", column).Rows)
        {
            var act = row["act"];
            var mapped = row[column];
            if (!ontology.Contains(act)) throw row.Error($"unknown CAMEO code '{act}'", "INT001");
            if (!ontology.Contains(mapped)) throw row.Error($"unknown CAMEO code '{mapped}'", "INT002");
            if (!map.TryAdd(act, mapped)) throw row.Error($"duplicate act '{act}'", "INT003");
        }
        return new IntentTable(map);
    }
}

/// <summary>
/// Acts whose code changes when their target is an armed force (armed-target.tsv): killing
/// soldiers is fighting (190), killing civilians an assault (1823).
/// </summary>
public sealed class ArmedTargetTable
{
    private readonly Dictionary<string, (string Armed, string[] Roles)> _map;

    private ArmedTargetTable(Dictionary<string, (string, string[])> map) => _map = map;

    private static readonly Lazy<ArmedTargetTable> _default = new(() => Load(DataDirectory.Path("ontology", "armed-target.tsv"), CameoOntology.Default));

    public static ArmedTargetTable Default => _default.Value;

    /// <summary>The code of act <paramref name="code"/> on a target of actor code <paramref name="targetCode"/> acting for <paramref name="country"/>.</summary>
    public string CodeOn(string code, string? targetCode, string? country)
    {
        if (targetCode is null || Row(code) is not { } row) return code;
        // An armed group of no one country (IMG…) is a role by its code's start.
        if (row.Roles.Any(r => targetCode.StartsWith(r, StringComparison.Ordinal))) return row.Armed;
        if (country is null || targetCode.Length <= country.Length || !targetCode.StartsWith(country, StringComparison.Ordinal)) return code;
        var role = targetCode.AsSpan(country.Length);
        foreach (var r in row.Roles)
            if (role.StartsWith(r, StringComparison.Ordinal)) return row.Armed;
        return code;
    }

    /// <summary>The row of the longest key that starts <paramref name="code"/>, if any.</summary>
    private (string Armed, string[] Roles)? Row(string code) => CameoPrefix.Longest(_map, code, out var row) ? row : null;

    public static ArmedTargetTable Load(string path, CameoOntology ontology)
    {
        var map = new Dictionary<string, (string, string[])>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(path, "act", "armed", "roles").Rows)
        {
            var act = row["act"];
            var armed = row["armed"];
            if (!ontology.Contains(act)) throw row.Error($"unknown CAMEO code '{act}'", "ARM001");
            if (!ontology.Contains(armed)) throw row.Error($"unknown CAMEO code '{armed}'", "ARM001");
            if (!map.TryAdd(act, (armed, row.List("roles")))) throw row.Error($"duplicate act '{act}'", "ARM002");
        }
        return new ArmedTargetTable(map);
    }
}

/// <summary>
/// A set of CAMEO codes and prefixes read from a data file of data/ontology/: the codes whose
/// coordinated actors act on each other when no target is named (reciprocal.tsv), those that are
/// events without a target (targetless.tsv), and those whose target may be the subject of a
/// that-clause (complement-target.tsv), and those whose place's country is the target (place-target.tsv) or the source (place-source.tsv) when no actor is.
/// </summary>
public sealed class CameoCodeSet
{
    private readonly string[] _prefixes;

    private CameoCodeSet(string[] prefixes) => _prefixes = prefixes;

    private static Lazy<CameoCodeSet> From(string file) => new(() => Load(DataDirectory.Path("ontology", file), CameoOntology.Default));

    private static readonly Lazy<CameoCodeSet> _reciprocal = From("reciprocal.tsv");
    private static readonly Lazy<CameoCodeSet> _targetless = From("targetless.tsv");
    private static readonly Lazy<CameoCodeSet> _complementTarget = From("complement-target.tsv");
    private static readonly Lazy<CameoCodeSet> _mutual = From("mutual.tsv");
    private static readonly Lazy<CameoCodeSet> _placeTarget = From("place-target.tsv");
    private static readonly Lazy<CameoCodeSet> _placeSource = From("place-source.tsv");
    private static readonly Lazy<CameoCodeSet> _unrealisedComplement = From("unrealised-complement.tsv");
    private static readonly Lazy<CameoCodeSet> _spoken = From("spoken.tsv");
    private static readonly Lazy<CameoCodeSet> _aimOfForce = From("aim-of-force.tsv");

    /// <summary>Codes coordinated actors do to each other.</summary>
    public static CameoCodeSet Reciprocal => _reciprocal.Value;

    /// <summary>Codes that need no target.</summary>
    public static CameoCodeSet Targetless => _targetless.Value;

    /// <summary>Codes whose target may be the subject of a that-clause.</summary>
    public static CameoCodeSet ComplementTarget => _complementTarget.Value;

    /// <summary>Codes of exchanges both parties take part in (talks, phone calls): coded in both directions (mutual.tsv).</summary>
    public static CameoCodeSet Mutual => _mutual.Value;

    /// <summary>Codes whose target, when no actor is named, is the country of the event's place.</summary>
    public static CameoCodeSet PlaceTarget => _placeTarget.Value;

    /// <summary>Codes whose source, when no actor acts (an unnamed attacker), is the country of the event's place.</summary>
    public static CameoCodeSet PlaceSource => _placeSource.Value;

    /// <summary>Codes whose that-clause states what is asked, not an event (unrealised-complement.tsv).</summary>
    public static CameoCodeSet UnrealisedComplement => _unrealisedComplement.Value;

    /// <summary>Codes of acts done by saying them: a speech verb with their infinitive states the act, not an intent (spoken.tsv).</summary>
    public static CameoCodeSet Spoken => _spoken.Value;

    /// <summary>Codes of an aim that an act of force carries out (aim-of-force.tsv): "launched an offensive to retake X from Y", "strikes to support X".</summary>
    public static CameoCodeSet AimOfForce => _aimOfForce.Value;

    public bool Contains(string code)
    {
        foreach (var prefix in _prefixes)
            if (code.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    public static CameoCodeSet Load(string path, CameoOntology ontology)
    {
        var prefixes = new List<string>();
        foreach (var row in DataFile.Load(path, "code").Rows)
        {
            var code = row["code"];
            if (!ontology.Contains(code)) throw row.Error($"unknown CAMEO code '{code}'", "SET001");
            prefixes.Add(code);
        }
        return new CameoCodeSet(prefixes.ToArray());
    }
}

/// <summary>
/// The actor role codes that act for the state itself (data/ontology/state-sectors.tsv): GOV, MIL…
/// A state sector and its own bare country are one actor; rebels or civilians and their country are two.
/// </summary>
public static class StateSectors
{
    private static readonly Lazy<HashSet<string>> _codes = new(() =>
        DataFile.Load(DataDirectory.Path("ontology", "state-sectors.tsv"), "code").Rows.Select(r => r["code"]).ToHashSet(StringComparer.Ordinal));

    /// <summary>True when an actor of code <paramref name="actorCode"/> acting for <paramref name="country"/> is the state: the bare country or one of its state sectors.</summary>
    public static bool IsState(string? actorCode, string? country)
    {
        if (actorCode is null || country is null || !actorCode.StartsWith(country, StringComparison.Ordinal)) return actorCode is not null && actorCode == country;
        return actorCode.Length == country.Length || (actorCode.Length >= country.Length + 3 && _codes.Value.Contains(actorCode.Substring(country.Length, 3)));
    }
}

/// <summary>
/// Acts that fall on a country when no one is named (data/ontology/domestic-target.tsv): the
/// country where the clause places them ("lifted the curfew in the province"), else the actor's
/// own country; some only for actors that are not the state (a ministry that "protests" protests
/// at someone else).
/// </summary>
public sealed class FallsOnTable
{
    /// <summary>Where an act that names no one falls.</summary>
    public enum Place { Where, Own }

    private readonly List<(string Prefix, Place[] FallsOn, bool NonStateOnly)> _rows;

    private FallsOnTable(List<(string, Place[], bool)> rows) => _rows = rows;

    private static readonly Lazy<FallsOnTable> _default = new(() => Load(DataDirectory.Path("ontology", "domestic-target.tsv"), CameoOntology.Default));

    public static FallsOnTable Default => _default.Value;

    /// <summary>Where an act of <paramref name="code"/> by an actor of code <paramref name="actorCode"/> acting for <paramref name="country"/> falls, in order of preference; empty when it needs a named target.</summary>
    public IReadOnlyList<Place> FallsOn(string code, string? actorCode, string? country)
    {
        foreach (var (prefix, fallsOn, nonStateOnly) in _rows)
            if (code.StartsWith(prefix, StringComparison.Ordinal))
                return nonStateOnly && StateSectors.IsState(actorCode, country) && actorCode != country ? [] : fallsOn;
        return [];
    }

    public static FallsOnTable Load(string path, CameoOntology ontology)
    {
        var rows = new List<(string, Place[], bool)>();
        foreach (var row in DataFile.Load(path, "code", "falls_on", "by").Rows)
        {
            var code = row["code"];
            if (!ontology.Contains(code)) throw row.Error($"unknown CAMEO code '{code}'", "DOM001");
            var places = row.List("falls_on").Select(x => x switch
            {
                "where" => Place.Where,
                "own" => Place.Own,
                _ => throw row.Error($"falls_on: '{x}' is neither 'where' nor 'own'", "DOM002"),
            }).ToArray();
            if (places.Length == 0) throw row.Error("falls_on is empty", "DOM003");
            bool nonStateOnly = row["by"] switch
            {
                "any" => false,
                "non-state" => true,
                var b => throw row.Error($"by: '{b}' is neither 'any' nor 'non-state'", "DOM004"),
            };
            rows.Add((code, places, nonStateOnly));
        }
        return new FallsOnTable(rows);
    }
}
