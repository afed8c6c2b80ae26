using System.Text.Json;
using static Vigie.Coding.Evaluation.PyValues;

namespace Vigie.Coding.Evaluation;

/// <summary>
/// Scores a system's JSON Lines output against a gold file in the format of the shared
/// <c>eval/FORMAT.md</c>, with the rules of the reference scorer <c>score.py</c>, ported exactly
/// (same counts, same report, same detail lines):
/// <list type="bullet">
/// <item>events: per document, system events reduced to distinct (source, target, root) triples,
/// an actor reduced to the gold keys it matches (its <c>country</c> equals the key or its
/// <c>code</c> starts with it), else to its country, code or name; root 01 not scored (a gold
/// event listing 01 beside other roots becomes optional); maximum one-to-one matching, required
/// events first, pairs whose code and date are right tried first; optional events neither tp nor
/// fn; code and date accuracy on true positives;</item>
/// <item>timex: strict (same span) and relaxed (overlapping) one-to-one matchings, value accuracy
/// on relaxed matches;</item>
/// <item>quotes: the system text contains the gold <c>contains</c> after normalisation; the
/// speaker equals a gold name or ends with it, case, accents and punctuation ignored;</item>
/// <item>amounts: equal value and the text or unit contains the gold <c>contains</c>.</item>
/// </list>
/// Gold documents missing from the system output, or whose record has an <c>error</c>, count all
/// their items as misses; system ids not in the gold are ignored.
/// </summary>
public sealed class EvalScorer
{
    public static readonly string[] LayerNames = ["events", "timex", "quotes", "amounts"];

    private readonly Action<string> _warn;

    /// <param name="warn">receives each warning (bad line, item skipped); none by default.</param>
    public EvalScorer(Action<string>? warn = null) => _warn = warn ?? (_ => { });

    /// <summary>Scores a system output file against a gold file; the report names them as given.</summary>
    public EvalResult ScoreFiles(string goldPath, string systemPath) =>
        Score(ReadFile(goldPath, "gold"), goldPath, ReadFile(systemPath, "system"), systemPath);

    /// <summary>A file's text (UTF-8, BOM dropped); <see cref="IOException"/> naming the file when it cannot be read.</summary>
    public static string ReadFile(string path, string what)
    {
        try { return File.ReadAllText(path, new System.Text.UTF8Encoding(false)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot read {what} file {path}: {e.Message}", e);
        }
    }

    /// <summary>Scores the text of a system output (JSON Lines or a JSON array) against the text of a gold file.</summary>
    public EvalResult Score(string goldText, string goldName, string systemText, string systemName)
    {
        var gold = IndexById(ReadRecords(goldText, "gold", goldName), "gold", goldName);
        var system = IndexById(ReadRecords(systemText, "system", systemName), "system", systemName).ToDictionary(StringComparer.Ordinal);
        var layers = LayerNames.Where(l => gold.Any(r => Get(r.Value, l).ValueKind == JsonValueKind.Array)).ToList();
        Prf ev = new(0, 0, 0), txStrict = ev, txRelaxed = ev, qu = ev, am = ev;
        Accuracy evCode = new(0, 0), evDate = evCode, txValue = evCode, quSpeaker = evCode;
        int evOptional = 0, missing = 0;
        var layerDocs = layers.ToDictionary(l => l, _ => 0);
        var details = new List<DocumentDetails>();
        foreach (var (docId, g) in gold)
        {
            var d = new List<string>();
            system.TryGetValue(docId, out var s);
            if (s.ValueKind == JsonValueKind.Undefined || !IsNone(Get(s, "error")))
            {
                missing++;
                d.Add(s.ValueKind == JsonValueKind.Undefined ? "(missing from SYSTEM)" : $"(SYSTEM error: {AsStr(Get(s, "error"))})");
                s = default;
            }
            foreach (var layer in layers)
            {
                var gi = Get(g, layer);
                if (gi.ValueKind != JsonValueKind.Array) continue;
                layerDocs[layer]++;
                var si = Get(s, layer);
                var goldItems = gi.EnumerateArray().ToList();
                var sysItems = si.ValueKind == JsonValueKind.Array ? si.EnumerateArray().ToList() : [];
                switch (layer)
                {
                    case "events":
                        var r = ScoreEvents(goldItems, sysItems, docId, d);
                        ev = ev.Add(r.Prf);
                        evOptional += r.Optional;
                        foreach (var x in r.Code) evCode = evCode.Add(x);
                        foreach (var x in r.Date) evDate = evDate.Add(x);
                        break;
                    case "timex":
                        var t = ScoreTimex(goldItems, sysItems, docId, d);
                        txStrict = txStrict.Add(t.Strict);
                        txRelaxed = txRelaxed.Add(t.Relaxed);
                        foreach (var x in t.Values) txValue = txValue.Add(x);
                        break;
                    case "quotes":
                        var q = ScoreQuotes(goldItems, sysItems, docId, d);
                        qu = qu.Add(q.Prf);
                        foreach (var x in q.Speakers) quSpeaker = quSpeaker.Add(x);
                        break;
                    case "amounts":
                        am = am.Add(ScoreAmounts(goldItems, sysItems, docId, d));
                        break;
                }
            }
            if (d.Count > 0) details.Add(new DocumentDetails(docId, d));
        }
        return new EvalResult(goldName, systemName, gold.Count, missing, layers,
            layers.Contains("events") ? new EventScores(ev, layerDocs["events"], evOptional, evCode, evDate) : null,
            layers.Contains("timex") ? new TimexScores(layerDocs["timex"], txStrict, txRelaxed, txValue) : null,
            layers.Contains("quotes") ? new QuoteScores(qu, layerDocs["quotes"], quSpeaker) : null,
            layers.Contains("amounts") ? new AmountScores(am, layerDocs["amounts"]) : null,
            details);
    }

    // ------------------------------------------------------------------------------ input

    /// <summary>Lines of JSON objects (or one JSON array of them), with their line numbers; bad lines warned and skipped.</summary>
    private List<(int Line, JsonElement Record)> ReadRecords(string data, string what, string path)
    {
        if (data.Length > 0 && data[0] == '\uFEFF') data = data[1..];
        var records = new List<(int, JsonElement)>();
        var stripped = data.TrimStart(PySpaces);
        if (stripped.StartsWith('['))
        {
            if (Parse(stripped) is { ValueKind: JsonValueKind.Array } array)
            {
                int i = 0;
                foreach (var r in array.EnumerateArray())
                {
                    i++;
                    if (r.ValueKind == JsonValueKind.Object) records.Add((i, r));
                }
                return records;
            }
            // else fall back to lines
        }
        int n = 0;
        foreach (var line in SplitLines(data))
        {
            n++;
            if (Strip(line).Length == 0) continue;
            if (Parse(line) is not { } r)
            {
                string message;
                try { using var _ = JsonDocument.Parse(line); message = "?"; }
                catch (JsonException e) { message = e.Message; }
                _warn($"{what} {path} line {n}: not JSON ({message}); skipped");
                continue;
            }
            if (r.ValueKind != JsonValueKind.Object)
            {
                _warn($"{what} {path} line {n}: not a JSON object; skipped");
                continue;
            }
            records.Add((n, r));
        }
        return records;
    }

    /// <summary>One JSON value as Python's json reads it (also NaN, Infinity), or null when it is no JSON.</summary>
    private static JsonElement? Parse(string json)
    {
        foreach (var text in new[] { json, PythonLiterals(json) })
        {
            if (text is null) continue;
            try
            {
                using var doc = JsonDocument.Parse(text);
                return doc.RootElement.Clone();
            }
            catch (JsonException) { }
        }
        return null;
    }

    private static readonly char[] PySpaces = Enumerable.Range(0, 0x3001).Select(i => (char)i).Where(IsSpace).ToArray();

    /// <summary>Python's <c>str.splitlines()</c>.</summary>
    private static IEnumerable<string> SplitLines(string s)
    {
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                yield return s[start..i];
                if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        if (start < s.Length) yield return s[start..];
    }

    private List<KeyValuePair<string, JsonElement>> IndexById(List<(int Line, JsonElement Record)> records, string what, string path)
    {
        var seen = new HashSet<string>();
        var output = new List<KeyValuePair<string, JsonElement>>();
        foreach (var (n, r) in records)
        {
            var id = Get(r, "id");
            if (IsNone(id))
            {
                _warn($"{what} {path} line {n}: no id; skipped");
                continue;
            }
            var i = Str(id);
            if (!seen.Add(i))
            {
                _warn($"{what} {path} line {n}: duplicate id '{i}'; first one kept");
                continue;
            }
            output.Add(new(i, r));
        }
        return output;
    }

    // ----------------------------------------------------------------------------- events

    private sealed record GoldEvent(List<string> Source, List<string> Target, List<string> Roots, List<string> Codes,
        List<string> Dates, bool Optional, string Note)
    {
        public string SortKey => "[" + string.Join(", ", new[] { Source, Target, Roots, Codes, Dates }.Select(EvalText.JsonList)) + "]";
    }

    /// <summary>What an actor is reduced to: the gold keys it matches (Keys), else one other label (Other); null for no actor.</summary>
    private sealed record ActorSig(string[]? Keys, string? Other)
    {
        public string Json => Keys is not null ? "[\"K\", " + EvalText.JsonList(Keys) + "]" : "[\"X\", " + EvalText.Json(Other!, true) + "]";
        public string Text => Keys is not null ? string.Join("|", Keys) : Other!;
    }

    private sealed record Sig(ActorSig? Source, ActorSig? Target, string? Root)
    {
        public string Json => "[" + (Source?.Json ?? "null") + ", " + (Target?.Json ?? "null") + ", " + (Root is null ? "null" : EvalText.Json(Root, true)) + "]";
    }

    private sealed class Triple(Sig sig, JsonElement example)
    {
        public Sig Sig { get; } = sig;
        public HashSet<string> Codes { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Dates { get; } = new(StringComparer.Ordinal);
        public JsonElement Example { get; } = example;
    }

    private sealed record EventResult(Prf Prf, int Optional, List<bool> Code, List<bool> Date);

    /// <summary><c>norm_root</c>: a two-digit root from an int, a string of digits, or a code's first two characters.</summary>
    internal static string? NormRoot(JsonElement v)
    {
        if (IsNone(v) || v.ValueKind is JsonValueKind.True or JsonValueKind.False) return null;
        if (v.ValueKind == JsonValueKind.Number && v.GetRawText().IndexOfAny(['.', 'e', 'E']) < 0)
            return v.TryGetInt64(out var i) && i is >= 0 and <= 99 ? i.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : null;
        return NormRoot(AsStr(v));
    }

    private static string? NormRoot(string s)
    {
        if (s.Length == 0) return null;
        if (IsDigits(s)) return CodePoints(s) == 1 ? "0" + s : Head(s, 2);
        return Head(s, 2);
    }

    private List<GoldEvent> ParseGoldEvents(List<JsonElement> items, string docId)
    {
        var output = new List<GoldEvent>();
        for (int n = 0; n < items.Count; n++)
        {
            var g = items[n];
            if (g.ValueKind != JsonValueKind.Object)
            {
                _warn($"gold {docId}: event {n} is not an object; skipped");
                continue;
            }
            var src = AsList(Get(g, "source")).Select(AsStr).Where(k => k.Length > 0).Select(Upper).ToList();
            var tgt = AsList(Get(g, "target")).Select(AsStr).Where(k => k.Length > 0).Select(Upper).ToList();
            var codes = AsList(Get(g, "code")).Select(AsStr).Where(c => c.Length > 0).ToList();
            var roots = AsList(Get(g, "root")).Select(NormRoot).Where(r => !string.IsNullOrEmpty(r)).Select(r => r!).ToList();
            if (roots.Count == 0)
                roots = codes.Where(c => CodePoints(c) >= 2).Select(c => Head(c, 2)).Distinct().Order(StringComparer.Ordinal).ToList();
            if (roots.Count == 0)
            {
                _warn($"gold {docId}: event {n} has no root; skipped");
                continue;
            }
            bool optional = Truthy(Get(g, "optional"));
            if (roots.Contains("01"))
            {
                roots = roots.Where(r => r != "01").ToList();
                if (roots.Count == 0) continue;  // a pure statement: not scored
                optional = true;
            }
            var dates = AsList(Get(g, "date")).Select(AsStr).Where(d => d.Length > 0).ToList();
            output.Add(new GoldEvent(src, tgt, roots, codes, dates, optional, AsStr(Get(g, "note"))));
        }
        return output;
    }

    /// <summary><c>sys_actor</c>: (country, code, label), or null for no actor.</summary>
    private static (string Country, string Code, string Label)? SysActor(JsonElement a)
    {
        if (IsNone(a)) return null;
        if (a.ValueKind == JsonValueKind.String) return AsStr(a) is var c && c.Length > 0 ? ("", Upper(c), "") : null;
        if (a.ValueKind != JsonValueKind.Object) return null;
        var country = Upper(AsStr(Get(a, "country")));
        var code = Upper(AsStr(Get(a, "code")));
        var label = AsStr(Get(a, "name")) is { Length: > 0 } name ? name : AsStr(Get(a, "text"));
        if (country.Length == 0 && code.Length == 0 && label.Length == 0) return null;
        return (country, code, label);
    }

    private static ActorSig? ActorSignature((string Country, string Code, string Label)? actor, HashSet<string> keys)
    {
        if (actor is not { } a) return null;
        var hit = keys.Where(k => a.Country == k || (a.Code.Length > 0 && a.Code.StartsWith(k, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToArray();
        if (hit.Length > 0) return new ActorSig(hit, null);
        return new ActorSig(null, a.Country.Length > 0 ? a.Country : a.Code.Length > 0 ? a.Code : CaseFold(a.Label));
    }

    private static string FmtKeys(List<string> keys) => keys.Count > 0 ? string.Join("|", keys) : "-";

    private EventResult ScoreEvents(List<JsonElement> goldItems, List<JsonElement> sysItems, string docId, List<string> details)
    {
        var gold = ParseGoldEvents(goldItems, docId);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in gold) { keys.UnionWith(g.Source); keys.UnionWith(g.Target); }
        var triples = new Dictionary<string, Triple>(StringComparer.Ordinal);
        foreach (var e in sysItems)
        {
            if (e.ValueKind != JsonValueKind.Object) continue;
            var cameo = AsStr(Get(e, "cameo"));
            if (cameo.Length == 0) cameo = IsDigits(AsStr(Get(e, "code"))) ? AsStr(Get(e, "code")) : "";
            var root = NormRoot(Get(e, "root")) ?? (cameo.Length > 0 ? NormRoot(cameo) : null);
            if (root == "01") continue;
            var sig = new Sig(ActorSignature(SysActor(Get(e, "source")), keys), ActorSignature(SysActor(Get(e, "target")), keys), root);
            var json = sig.Json;
            if (!triples.TryGetValue(json, out var t)) triples[json] = t = new Triple(sig, e);
            if (cameo.Length > 0) t.Codes.Add(cameo);
            var date = AsStr(Get(e, "date"));
            if (date.Length > 0) t.Dates.Add(date);
        }
        var sigs = triples.Keys.Order(StringComparer.Ordinal).Select(k => triples[k]).ToList();

        static bool SideOk(List<string> goldKeys, ActorSig? sig) =>
            goldKeys.Count == 0 ? sig is null : sig?.Keys is { } k && k.Intersect(goldKeys, StringComparer.Ordinal).Any();
        static bool CodeOk(GoldEvent g, Triple t) => g.Codes.Count > 0 && t.Codes.Overlaps(g.Codes);
        static bool DateOk(GoldEvent g, Triple t) => t.Dates.Any(sd => g.Dates.Any(gd => sd.StartsWith(gd, StringComparison.Ordinal)));

        var adj = new Dictionary<int, List<int>>();
        var best = new Dictionary<int, List<int>>();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
            var cands = new List<(bool BadCode, bool BadDate, int Si)>();
            for (int si = 0; si < sigs.Count; si++)
            {
                var s = sigs[si].Sig;
                if (s.Root is not null && g.Roots.Contains(s.Root) && SideOk(g.Source, s.Source) && SideOk(g.Target, s.Target))
                {
                    var t = sigs[si];
                    bool cOk = CodeOk(g, t) || g.Codes.Count == 0;
                    bool dOk = DateOk(g, t) || g.Dates.Count == 0;
                    cands.Add((!cOk, !dOk, si));
                }
            }
            cands.Sort();
            adj[gi] = cands.Select(c => c.Si).ToList();
            best[gi] = cands.Where(c => !c.BadCode && !c.BadDate).Select(c => c.Si).ToList();
        }

        IEnumerable<int> Ordered(bool optional) => Enumerable.Range(0, gold.Count).Where(gi => gold[gi].Optional == optional)
            .Select(gi => (Key: gold[gi].SortKey, Gi: gi)).OrderBy(x => x.Key, StringComparer.Ordinal).ThenBy(x => x.Gi).Select(x => x.Gi).ToList();
        var req = Ordered(false);
        var opt = Ordered(true);
        var match = BipartiteMatching.Match(new(req, best), new(req, adj), new(opt, adj));

        int tp = 0, fp = 0, fn = 0, optMatched = 0;
        var codeOks = new List<bool>();
        var dateOks = new List<bool>();
        var used = match.Values.ToHashSet();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
            if (!match.TryGetValue(gi, out var si))
            {
                if (!g.Optional)
                {
                    fn++;
                    details.Add($"events MISS   {FmtKeys(g.Source)} -> {FmtKeys(g.Target)} root {string.Join("|", g.Roots)}"
                        + (g.Codes.Count > 0 ? " code " + string.Join("|", g.Codes) : "")
                        + (g.Note.Length > 0 ? "  (" + g.Note + ")" : ""));
                }
                continue;
            }
            if (g.Optional) { optMatched++; continue; }
            tp++;
            var t = sigs[si];
            if (g.Codes.Count > 0)
            {
                bool ok = CodeOk(g, t);
                codeOks.Add(ok);
                if (!ok)
                    details.Add($"events CODE   {FmtKeys(g.Source)} -> {FmtKeys(g.Target)} root {string.Join("|", g.Roots)}: system {Joined(t.Codes)}, gold {string.Join("|", g.Codes)}");
            }
            if (g.Dates.Count > 0)
            {
                bool ok = DateOk(g, t);
                dateOks.Add(ok);
                if (!ok)
                    details.Add($"events DATE   {FmtKeys(g.Source)} -> {FmtKeys(g.Target)} root {string.Join("|", g.Roots)}: system {Joined(t.Dates)}, gold {string.Join("|", g.Dates)}");
            }
        }
        for (int si = 0; si < sigs.Count; si++)
        {
            if (used.Contains(si)) continue;
            fp++;
            var t = sigs[si];
            var e = t.Example;
            var det = new[] { "source", "target" }.Select(side =>
            {
                var a = Get(e, side);
                if (a.ValueKind != JsonValueKind.Object) return "-";
                var text = AsStr(Get(a, "text"));
                if (text.Length > 0) return text;
                var name = AsStr(Get(a, "name"));
                return name.Length > 0 ? name : "?";
            }).ToArray();
            details.Add($"events FALSE  {SigText(t.Sig.Source)} -> {SigText(t.Sig.Target)} root {t.Sig.Root ?? "?"}"
                + (t.Codes.Count > 0 ? " cameo " + Joined(t.Codes) : "")
                + $"  [{det[0]} -> {det[1]}]"
                + (Truthy(Get(e, "rule")) ? "  rule " + AsStr(Get(e, "rule")) : ""));
        }
        return new EventResult(new Prf(tp, fp, fn), optMatched, codeOks, dateOks);
    }

    private static string SigText(ActorSig? s) => s is null ? "-" : s.Text;

    private static string Joined(IEnumerable<string> set) => set.Order(StringComparer.Ordinal).ToList() is { Count: > 0 } l ? string.Join("|", l) : "-";

    // ------------------------------------------------------------------------------ timex

    private sealed record Span(long? Start, long? End, string Value, string Text, string Type);

    private sealed record TimexResult(Prf Strict, Prf Relaxed, List<bool> Values);

    private TimexResult ScoreTimex(List<JsonElement> goldItems, List<JsonElement> sysItems, string docId, List<string> details)
    {
        var gold = new List<Span>();
        for (int n = 0; n < goldItems.Count; n++)
        {
            var g = goldItems[n];
            long? s = null, e = null;
            if (g.ValueKind == JsonValueKind.Object) { s = AsInt(Get(g, "start")); e = AsInt(Get(g, "end")); }
            if (s is null || e is null)
            {
                _warn($"gold {docId}: timex {n} has no start/end; skipped");
                continue;
            }
            gold.Add(new Span(s, e, AsStr(Get(g, "value")), AsStr(Get(g, "text")), AsStr(Get(g, "type"))));
        }
        var syst = sysItems.Where(t => t.ValueKind == JsonValueKind.Object)
            .Select(t => new Span(AsInt(Get(t, "start")), AsInt(Get(t, "end")), AsStr(Get(t, "value")), AsStr(Get(t, "text")), AsStr(Get(t, "type"))))
            .ToList();

        static bool SameSpan(Span g, Span s) => s.Start == g.Start && s.End == g.End;
        static bool Overlap(Span g, Span s) => s.Start is not null && s.End is not null && (SameSpan(g, s) || (s.Start < g.End && g.Start < s.End));

        var strictAdj = new Dictionary<int, List<int>>();
        for (int gi = 0; gi < gold.Count; gi++)
            strictAdj[gi] = Enumerable.Range(0, syst.Count).Where(si => SameSpan(gold[gi], syst[si])).ToList();
        var strict = BipartiteMatching.Match(new BipartiteMatching.Stage(Enumerable.Range(0, gold.Count), strictAdj));
        var relaxedAdj = new Dictionary<int, List<int>>();
        var sameValue = new Dictionary<int, List<int>>();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
            var c = new List<(bool OtherSpan, bool OtherValue, long NegOverlap, int Si)>();
            for (int si = 0; si < syst.Count; si++)
            {
                var s = syst[si];
                if (!Overlap(g, s)) continue;
                long ov = Math.Min(g.End!.Value, s.End!.Value) - Math.Max(g.Start!.Value, s.Start!.Value);
                c.Add((!SameSpan(g, s), s.Value != g.Value, -ov, si));
            }
            c.Sort();
            relaxedAdj[gi] = c.Select(x => x.Si).ToList();
            sameValue[gi] = c.Where(x => !x.OtherValue).Select(x => x.Si).ToList();
        }
        var relaxed = BipartiteMatching.Match(new(Enumerable.Range(0, gold.Count), sameValue), new(Enumerable.Range(0, gold.Count), relaxedAdj));
        var values = new List<bool>();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
            if (!relaxed.TryGetValue(gi, out var si))
            {
                details.Add($"timex MISS    [{g.Start}:{g.End}] \"{g.Text}\" {g.Type} {g.Value}");
                continue;
            }
            var s = syst[si];
            if (!SameSpan(g, s))
                details.Add($"timex SPAN    gold [{g.Start}:{g.End}] \"{g.Text}\" ~ system [{N(s.Start)}:{N(s.End)}] \"{s.Text}\"");
            bool ok = s.Value == g.Value;
            values.Add(ok);
            if (!ok)
                details.Add($"timex VALUE   [{g.Start}:{g.End}] \"{g.Text}\": system {(s.Value.Length > 0 ? s.Value : "-")}, gold {g.Value}");
        }
        var used = relaxed.Values.ToHashSet();
        for (int si = 0; si < syst.Count; si++)
        {
            if (used.Contains(si)) continue;
            var s = syst[si];
            details.Add($"timex FALSE   [{N(s.Start)}:{N(s.End)}] \"{s.Text}\" {s.Type} {s.Value}");
        }
        return new TimexResult(
            new Prf(strict.Count, syst.Count - strict.Count, gold.Count - strict.Count),
            new Prf(relaxed.Count, syst.Count - relaxed.Count, gold.Count - relaxed.Count),
            values);
    }

    private static string N(long? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None";

    // ----------------------------------------------------------------------------- quotes

    private sealed record QuoteResult(Prf Prf, List<bool> Speakers);

    private QuoteResult ScoreQuotes(List<JsonElement> goldItems, List<JsonElement> sysItems, string docId, List<string> details)
    {
        var gold = new List<(string Contains, List<string> Names)>();
        for (int n = 0; n < goldItems.Count; n++)
        {
            var g = goldItems[n];
            var contains = g.ValueKind == JsonValueKind.Object ? EvalText.NormText(AsStr(Get(g, "contains"))) : "";
            if (contains.Length == 0)
            {
                _warn($"gold {docId}: quote {n} has no 'contains'; skipped");
                continue;
            }
            gold.Add((contains, AsList(Get(g, "speaker")).Select(AsStr).Where(x => x.Length > 0).ToList()));
        }
        var syst = sysItems.Where(q => q.ValueKind == JsonValueKind.Object)
            .Select(q => (Text: EvalText.NormText(AsStr(Get(q, "text"))), Speaker: AsStr(Get(q, "speaker")))).ToList();
        var adj = new Dictionary<int, List<int>>();
        var good = new Dictionary<int, List<int>>();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            var (c, names) = gold[gi];
            var cands = Enumerable.Range(0, syst.Count).Where(si => syst[si].Text.Contains(c, StringComparison.Ordinal))
                .Select(si => (Bad: !EvalText.SpeakerOk(syst[si].Speaker, names), Si: si)).ToList();
            cands.Sort();
            adj[gi] = cands.Select(x => x.Si).ToList();
            good[gi] = cands.Where(x => !x.Bad).Select(x => x.Si).ToList();
        }
        var match = BipartiteMatching.Match(new(Enumerable.Range(0, gold.Count), good), new(Enumerable.Range(0, gold.Count), adj));
        var speakers = new List<bool>();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            var (c, names) = gold[gi];
            var who = names.Count > 0 ? string.Join(" / ", names) : "-";
            if (!match.TryGetValue(gi, out var si))
            {
                details.Add($"quotes MISS   \"{c}\" ({who})");
                continue;
            }
            if (names.Count > 0)
            {
                bool ok = EvalText.SpeakerOk(syst[si].Speaker, names);
                speakers.Add(ok);
                if (!ok)
                    details.Add($"quotes SPEAKER \"{Head(c, 60)}\": system {(syst[si].Speaker.Length > 0 ? syst[si].Speaker : "-")}, gold {string.Join(" / ", names)}");
            }
        }
        var used = match.Values.ToHashSet();
        for (int si = 0; si < syst.Count; si++)
            if (!used.Contains(si))
                details.Add($"quotes FALSE  \"{Head(syst[si].Text, 100)}\" ({(syst[si].Speaker.Length > 0 ? syst[si].Speaker : "-")})");
        return new QuoteResult(new Prf(match.Count, syst.Count - match.Count, gold.Count - match.Count), speakers);
    }

    // ---------------------------------------------------------------------------- amounts

    private Prf ScoreAmounts(List<JsonElement> goldItems, List<JsonElement> sysItems, string docId, List<string> details)
    {
        var gold = new List<(double Value, string Contains, string Raw)>();
        for (int n = 0; n < goldItems.Count; n++)
        {
            var g = goldItems[n];
            double? v = g.ValueKind == JsonValueKind.Object ? AsNumber(Get(g, "value")) : null;
            if (v is null)
            {
                _warn($"gold {docId}: amount {n} has no numeric value; skipped");
                continue;
            }
            gold.Add((v.Value, CaseFold(EvalText.NormText(AsStr(Get(g, "contains")))), Str(Get(g, "value"))));
        }
        var syst = sysItems.Where(a => a.ValueKind == JsonValueKind.Object).Select(a => (
            Value: AsNumber(Get(a, "value")),
            Text: CaseFold(EvalText.NormText(AsStr(Get(a, "text")))),
            Unit: CaseFold(EvalText.NormText(AsStr(Get(a, "unit")))),
            Raw: Str(Get(a, "value")),
            RawText: AsStr(Get(a, "text")))).ToList();

        static bool Ok((double Value, string Contains, string Raw) g, double? value, string text, string unit)
        {
            if (value is null || Math.Abs(value.Value - g.Value) > 1e-9 * Math.Max(1.0, Math.Abs(g.Value))) return false;
            return g.Contains.Length == 0 || text.Contains(g.Contains, StringComparison.Ordinal) || unit.Contains(g.Contains, StringComparison.Ordinal);
        }

        var adj = new Dictionary<int, List<int>>();
        for (int gi = 0; gi < gold.Count; gi++)
            adj[gi] = Enumerable.Range(0, syst.Count).Where(si => Ok(gold[gi], syst[si].Value, syst[si].Text, syst[si].Unit)).ToList();
        var match = BipartiteMatching.Match(new BipartiteMatching.Stage(Enumerable.Range(0, gold.Count), adj));
        for (int gi = 0; gi < gold.Count; gi++)
            if (!match.ContainsKey(gi)) details.Add($"amounts MISS  {gold[gi].Raw} \"{gold[gi].Contains}\"");
        var used = match.Values.ToHashSet();
        for (int si = 0; si < syst.Count; si++)
            if (!used.Contains(si)) details.Add($"amounts FALSE {syst[si].Raw} \"{syst[si].RawText}\" unit \"{syst[si].Unit}\"");
        return new Prf(match.Count, syst.Count - match.Count, gold.Count - match.Count);
    }
}
