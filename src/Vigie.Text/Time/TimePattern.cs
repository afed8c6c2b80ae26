using System.Text.RegularExpressions;
using Vigie.Core.Data;
using Vigie.Text.Tokens;

namespace Vigie.Text.Time;

/// <summary>
/// One element of a time pattern, written in data/lang/xx/time-patterns.tsv as:
/// <c>word</c> or <c>w1|w2</c> (a token, accents and case ignored); <c>{class}</c> (a phrase of
/// time.tsv's class, filling the slot of the same name); <c>{num}</c>, <c>{day}</c>, <c>{year}</c>,
/// <c>{year2}</c>, <c>{dayx}</c> (a day that fills no slot: the other end of a range), <c>{monthnum}</c>, <c>{hour}</c>, <c>{minute}</c>, <c>{numunit}</c>,
/// <c>{punct}</c> (built-in token tests); <c>/regex/</c> (one token's normal form, named groups fill
/// slots). <c>[x]</c> makes an element optional; <c>(x)</c> makes it context: it must match but
/// stays out of the span.
/// </summary>
public abstract record TimeElement
{
    public bool Optional { get; init; }
    public bool Context { get; init; }
}

/// <summary>
/// A word among <see cref="Folds"/>. <see cref="Bit"/> (set by the lexicon) is this element's bit in
/// the mask of the literal elements a word belongs to; bits are shared when there are more than 64
/// elements, so a set bit only says "maybe" and the folds decide, but a clear bit says "no" at once.
/// </summary>
public sealed record LiteralElement(HashSet<string> Folds) : TimeElement
{
    public ulong Bit { get; internal set; } = ulong.MaxValue;
}
/// <summary>
/// A phrase of a time.tsv class; <see cref="Trie"/> is that class's phrases, resolved at load (no
/// lookup by name per match). <see cref="Bit"/> is the class's bit in the masks of the classes a
/// word can start (0: the class has no bit, so no mask rules it out).
/// </summary>
public sealed record ClassElement(string Class, PhraseMatcher<string> Trie, ulong Bit) : TimeElement;
public sealed record BuiltinElement(string Name) : TimeElement;
public sealed record RegexElement(Regex Regex) : TimeElement
{
    /// <summary>The regex's group names, read once (<see cref="Regex.GetGroupNames"/> allocates a new array per call).</summary>
    public string[] GroupNames { get; } = Regex.GetGroupNames();
}

/// <summary>
/// A compiled row of time-patterns.tsv: elements, TIMEX type, resolving operation and fixed slot
/// values. The operation "none" blocks: its match wins over the shorter ones it covers and
/// yields nothing (ages: "un homme de 37 ans" is no duration).
/// </summary>
public sealed class TimePattern
{
    public static readonly string[] Builtins = ["num", "day", "dayx", "year", "year2", "monthnum", "hour", "minute", "numunit", "punct"];
    public static readonly string[] Operations = ["date", "rel", "weekday", "dur", "set", "const", "time", "season", "holiday", "ref", "quarter", "part", "none"];

    public required string Id { get; init; }
    /// <summary>An array, not a list interface: <c>Walk</c> reads it for every candidate element.</summary>
    public required TimeElement[] Elements { get; init; }
    public required string Type { get; init; }
    public required string Op { get; init; }
    /// <summary>Slot values the pattern sets before matching ("unit=D offset=-1").</summary>
    public required IReadOnlyList<(string Slot, string Value)> Args { get; init; }
    /// <summary>A frame with <see cref="Args"/> already set; each match starts from a copy.</summary>
    public required TimeFrame Prototype { get; init; }
    /// <summary>Order in the file: on equal length the earlier pattern wins.</summary>
    public int Priority { get; init; }

    /// <summary>Parses one row; <paramref name="classTrie"/> gives the phrases of each {name} time.tsv defines (null: none).</summary>
    /// <exception cref="DataFileException">a malformed element, unknown class, operation or slot (file:line).</exception>
    public static TimePattern Parse(DataRow row, Func<string, (PhraseMatcher<string> Trie, ulong Bit)?> classTrie, int priority)
    {
        var elements = new List<TimeElement>();
        foreach (var piece in row["pattern"].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            elements.Add(ParseElement(piece, row, classTrie));
        if (elements.All(e => e.Optional || e.Context)) throw row.Error("a pattern needs at least one required element in its span", "TIME003");
        var op = row["op"];
        if (!Operations.Contains(op)) throw row.Error($"unknown op '{op}' (one of: {string.Join(", ", Operations)})", "TIME004");
        var type = row["type"];
        if (type is not ("DATE" or "TIME" or "DURATION" or "SET")) throw row.Error($"unknown TIMEX type '{type}'", "TIME005");
        var args = new List<(string, string)>();
        var probe = new TimeFrame();
        foreach (var arg in row.Optional("args")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            int eq = arg.IndexOf('=');
            if (eq <= 0) throw row.Error($"argument '{arg}' is not slot=value", "TIME006");
            var (slot, value) = (arg[..eq], arg[(eq + 1)..]);
            if (!probe.Set(slot, value)) throw row.Error($"argument '{arg}': unknown slot or bad value", "TIME006");
            args.Add((slot, value));
        }
        return new TimePattern { Id = row["id"], Elements = [.. elements], Type = type, Op = op, Args = args, Prototype = probe, Priority = priority };
    }

    private static TimeElement ParseElement(string piece, DataRow row, Func<string, (PhraseMatcher<string> Trie, ulong Bit)?> classTrie)
    {
        if (piece.Length > 2 && piece[0] == '[' && piece[^1] == ']')
            return ParseElement(piece[1..^1], row, classTrie) with { Optional = true };
        if (piece.Length > 2 && piece[0] == '(' && piece[^1] == ')')
            return ParseElement(piece[1..^1], row, classTrie) with { Context = true };
        if (piece.Length > 2 && piece[0] == '{' && piece[^1] == '}')
        {
            var name = piece[1..^1];
            if (Builtins.Contains(name)) return new BuiltinElement(name);
            if (classTrie(name) is var (trie, bit)) return new ClassElement(name, trie, bit);
            throw row.Error($"unknown class '{{{name}}}' (not built in, not in time.tsv)", "TIME002");
        }
        if (piece.Length > 2 && piece[0] == '/' && piece[^1] == '/')
        {
            Regex re;
            try { re = new Regex("^(?:" + piece[1..^1] + ")$", RegexOptions.Compiled | RegexOptions.CultureInvariant); }
            catch (ArgumentException e) { throw row.Error($"bad regex {piece}: {e.Message}", "TIME007"); }
            foreach (var g in re.GetGroupNames())
                if (!char.IsDigit(g[0]) && !TimeFrame.Slots.Contains(g) && g != "monthname" && g != "unitname")
                    throw row.Error($"regex group '{g}' names no slot", "TIME007");
            return new RegexElement(re);
        }
        return new LiteralElement(piece.Split('|').Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal));
    }
}
