using System.Globalization;
using System.Text;

namespace Vigie.Coding.Evaluation;

/// <summary>True positives, false alarms and misses, with precision, recall and F1 rounded to 4 places.</summary>
public sealed record Prf(int Tp, int Fp, int Fn)
{
    /// <summary>tp/(tp+fp); 0 when nothing was output, 1 when there was also nothing to find.</summary>
    public double RawP => Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : Tp + Fn == 0 ? 1.0 : 0.0;

    /// <summary>tp/(tp+fn); 1 when there was nothing to find.</summary>
    public double RawR => Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 1.0;

    public double RawF1 => RawP + RawR > 0 ? 2 * RawP * RawR / (RawP + RawR) : 0.0;

    public double P => PyValues.Round(RawP, 4);
    public double R => PyValues.Round(RawR, 4);
    public double F1 => PyValues.Round(RawF1, 4);

    public Prf Add(Prf o) => new(Tp + o.Tp, Fp + o.Fp, Fn + o.Fn);
}

/// <summary>Right answers out of a total; <see cref="Value"/> is null when the total is 0.</summary>
public sealed record Accuracy(int Right, int Total)
{
    public double? Value => Total > 0 ? PyValues.Round((double)Right / Total, 4) : null;

    public Accuracy Add(bool ok) => new(Right + (ok ? 1 : 0), Total + 1);
}

public sealed record EventScores(Prf Prf, int Docs, int OptionalMatched, Accuracy Code, Accuracy Date);

public sealed record TimexScores(int Docs, Prf Strict, Prf Relaxed, Accuracy Value);

public sealed record QuoteScores(Prf Prf, int Docs, Accuracy Speaker);

public sealed record AmountScores(Prf Prf, int Docs);

/// <summary>The detail lines of one gold document (misses, false alarms, wrong codes, dates, spans, values, speakers).</summary>
public sealed record DocumentDetails(string Id, IReadOnlyList<string> Lines);

/// <summary>
/// The scores of a system output against a gold file: only the layers the gold annotates are
/// present. <see cref="Report"/>, <see cref="DetailLines"/> and <see cref="ToJson"/> print them as
/// <c>score.py</c> does.
/// </summary>
public sealed record EvalResult(
    string Gold, string System, int Docs, int DocsMissing, IReadOnlyList<string> Layers,
    EventScores? Events, TimexScores? Timex, QuoteScores? Quotes, AmountScores? Amounts,
    IReadOnlyList<DocumentDetails> Details)
{
    /// <summary>The summary lines: the header line, then two or three lines per scored layer.</summary>
    public IReadOnlyList<string> Report()
    {
        var lines = new List<string> { $"gold {Gold}: {Docs} documents, {DocsMissing} missing or failed in system output" };
        if (Events is { } e)
        {
            lines.Add(FormatPrf("events", e.Prf, $"  (docs={e.Docs}, optional matched={e.OptionalMatched})"));
            lines.Add(FormatAccuracy("events.code", e.Code, "on matched events having gold code"));
            lines.Add(FormatAccuracy("events.date", e.Date, "on matched events having gold date"));
        }
        if (Timex is { } t)
        {
            lines.Add(FormatPrf("timex.strict", t.Strict, $"  (docs={t.Docs})"));
            lines.Add(FormatPrf("timex.relaxed", t.Relaxed, ""));
            lines.Add(FormatAccuracy("timex.value", t.Value, "on relaxed matches"));
        }
        if (Quotes is { } q)
        {
            lines.Add(FormatPrf("quotes", q.Prf, $"  (docs={q.Docs})"));
            lines.Add(FormatAccuracy("quotes.speaker", q.Speaker, "on matched quotes"));
        }
        if (Amounts is { } a)
            lines.Add(FormatPrf("amounts", a.Prf, $"  (docs={a.Docs})"));
        return lines;
    }

    /// <summary>What <c>--details</c> prints before the report: <c>== id</c>, then each line indented by two spaces, then an empty line.</summary>
    public IReadOnlyList<string> DetailLines()
    {
        var lines = new List<string>();
        foreach (var d in Details)
        {
            lines.Add("== " + d.Id);
            lines.AddRange(d.Lines.Select(l => "  " + l));
        }
        lines.Add("");
        return lines;
    }

    private static string FormatPrf(string name, Prf t, string extra) =>
        $"{name,-13} P={F3(t.P)} R={F3(t.R)} F1={F3(t.F1)}  tp={t.Tp} fp={t.Fp} fn={t.Fn}{extra}";

    private static string FormatAccuracy(string name, Accuracy a, string what) =>
        $"{name,-13} accuracy={(a.Value is { } v ? F3(v) : "n/a  ")} ({a.Right}/{a.Total}) {what}";

    private static string F3(double x) => PyValues.FormatFixed(x, 3);

    /// <summary>One JSON object, as <c>score.py --json</c> prints it (with <c>details</c> when asked).</summary>
    public string ToJson(bool details)
    {
        var b = new StringBuilder("{");
        b.Append("\"gold\": ").Append(S(Gold)).Append(", \"system\": ").Append(S(System))
         .Append(", \"docs\": ").Append(I(Docs)).Append(", \"docs_missing\": ").Append(I(DocsMissing))
         .Append(", \"layers\": [").Append(string.Join(", ", Layers.Select(S))).Append(']');
        if (Events is { } e)
            b.Append(", \"events\": {").Append(PrfJson(e.Prf)).Append(", \"docs\": ").Append(I(e.Docs))
             .Append(", \"optional_matched\": ").Append(I(e.OptionalMatched))
             .Append(", \"code\": ").Append(AccJson(e.Code)).Append(", \"date\": ").Append(AccJson(e.Date)).Append('}');
        if (Timex is { } t)
            b.Append(", \"timex\": {\"docs\": ").Append(I(t.Docs)).Append(", \"strict\": {").Append(PrfJson(t.Strict))
             .Append("}, \"relaxed\": {").Append(PrfJson(t.Relaxed)).Append("}, \"value\": ").Append(AccJson(t.Value)).Append('}');
        if (Quotes is { } q)
            b.Append(", \"quotes\": {").Append(PrfJson(q.Prf)).Append(", \"docs\": ").Append(I(q.Docs))
             .Append(", \"speaker\": ").Append(AccJson(q.Speaker)).Append('}');
        if (Amounts is { } a)
            b.Append(", \"amounts\": {").Append(PrfJson(a.Prf)).Append(", \"docs\": ").Append(I(a.Docs)).Append('}');
        if (details)
            b.Append(", \"details\": {").Append(string.Join(", ", Details.Select(d =>
                S(d.Id) + ": [" + string.Join(", ", d.Lines.Select(S)) + "]"))).Append('}');
        return b.Append('}').ToString();
    }

    private static string S(string s) => EvalText.Json(s, ensureAscii: false);
    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
    private static string D(double d) => PyValues.FloatRepr(d);

    private static string PrfJson(Prf t) =>
        $"\"P\": {D(t.P)}, \"R\": {D(t.R)}, \"F1\": {D(t.F1)}, \"tp\": {I(t.Tp)}, \"fp\": {I(t.Fp)}, \"fn\": {I(t.Fn)}";

    private static string AccJson(Accuracy a) =>
        $"{{\"accuracy\": {(a.Value is { } v ? D(v) : "null")}, \"right\": {I(a.Right)}, \"total\": {I(a.Total)}}}";
}
