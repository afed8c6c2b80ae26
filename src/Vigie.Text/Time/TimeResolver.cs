using System.Globalization;
using Vigie.Core;

namespace Vigie.Text.Time;

/// <summary>A resolved time expression: its TIMEX3 type and value, and the calendar date the value denotes (if any).</summary>
public readonly record struct TimexValue(string Type, string Value, PartialDate? Date);

/// <summary>
/// Turns a matched frame into a TIMEX3 value. Pure functions of (frame, anchor, reference,
/// tense), in the manner of NodaTime's date adjusters: no clock. Relative expressions are
/// resolved at the precision the anchor allows: with an anchor of 2023-10, "vendredi" is 2023-10
/// and "le mois dernier" 2023-09; with 2023-10-15, "vendredi" is 2023-10-13.
/// </summary>
public static class TimeResolver
{
    /// <param name="anchor">The document date (null: relative expressions get X placeholders).</param>
    /// <param name="reference">The last day-precise date of the text, to which bare clock times attach.</param>
    /// <param name="tense">+1 when the clause is in the future, -1 in the past, 0 unknown.</param>
    public static TimexValue? Resolve(string op, string type, TimeFrame f, PartialDate? anchor, PartialDate? reference, int tense)
    {
        var v = op switch
        {
            "const" => (f.Value ?? f.Freq) is { } cv ? new TimexValue(type, cv, null) : null,
            "ref" => new TimexValue(type, Sign(f) switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" }, null),
            "date" => Date(type, f, anchor, tense),
            "weekday" => Weekday(type, f, anchor, tense),
            "rel" => Relative(type, f, anchor, tense),
            "dur" => Duration(type, f),
            "set" => Set(type, f),
            "time" => Clock(type, f, anchor, reference),
            // "la soirée", "en fin d'après-midi": a part of the day last written about.
            "part" => (reference ?? anchor) is { } pa ? new TimexValue(type, pa.ToString(), pa) : null,
            "season" => Season(type, f, anchor),
            "holiday" => Holiday(type, f, anchor, tense),
            "quarter" => Quarter(type, f, anchor),
            _ => null,
        };
        if (v is not { } r) return null;
        // "hier soir", "Friday morning": a part of the day turns a day into a time.
        if (f.Daypart is { } part && op != "time" && r.Date is { Precision: DatePrecision.Day } day)
            return new TimexValue(TimexTypes.Time, $"{day}T{part}", day);
        if (f.Daypart is not null && op != "time" && r.Date is not null) return r with { Type = TimexTypes.Time };
        return r;
    }

    private static int Sign(TimeFrame f) => f.Offset ?? f.Dir ?? f.Sign ?? 0;

    private static TimexValue? Date(string type, TimeFrame f, PartialDate? anchor, int tense)
    {
        int? year = f.Year;
        if (year is null && f.Unit == "Y" && anchor is { } a0) year = a0.Year + (f.Offset ?? f.Dir ?? 0);
        if (f.Month is null && f.Day is null)
        {
            if (year is null) return null;
            var y = new PartialDate(year.Value);
            return new TimexValue(type, y.ToString(), y);
        }
        int dir = f.Dir ?? tense;
        if (f.Day is null)
        {
            year ??= InferYear(f.Month!.Value, 0, anchor, dir == 0 ? -1 : dir);
            if (year is null) return new TimexValue(type, $"XXXX-{f.Month:D2}", null);
            var m = new PartialDate(year.Value, f.Month!.Value);
            return new TimexValue(type, m.ToString(), m);
        }
        int? month = f.Month ?? (anchor is { Precision: >= DatePrecision.Month } am ? am.Month : null);
        if (month is null) return null;
        // A day of a month is news of either side of the anchor ("prévue le 16 juillet",
        // "mis en examen le 21 décembre"): the nearest year, or the one whose weekday agrees.
        year ??= (f.Weekday is int wd ? YearWithWeekday(month.Value, f.Day.Value, wd, anchor) : null)
            ?? InferYear(month.Value, f.Day.Value, anchor, f.Dir ?? 0);
        if (year is null) return new TimexValue(type, $"XXXX-{month:D2}-{f.Day:D2}", null);
        if (f.Day > DateTime.DaysInMonth(year.Value, month.Value)) return null;
        var d = new PartialDate(year.Value, month.Value, f.Day.Value);
        return new TimexValue(type, d.ToString(), d);
    }

    /// <summary>The anchor's year, the one before or the one after, whichever puts the day on the weekday written ("samedi 24 juillet").</summary>
    private static int? YearWithWeekday(int month, int day, int isoWeekday, PartialDate? anchor)
    {
        if (anchor is not { } a) return null;
        foreach (var y in new[] { a.Year, a.Year - 1, a.Year + 1 })
            if (day <= DateTime.DaysInMonth(y, month) && Iso(new DateOnly(y, month, day)) == isoWeekday) return y;
        return null;
    }

    /// <summary>
    /// The year of a month (and day) named without one: the anchor's year, or the one before
    /// (in the past) or after (in the future) so that the date falls on the side of the anchor
    /// the tense says; with no tense, the year that puts it nearest the anchor.
    /// </summary>
    public static int? InferYear(int month, int day, PartialDate? anchor, int dir)
    {
        if (anchor is not { } a) return null;
        if (a.Precision == DatePrecision.Year) return a.Year;
        // Compare at the anchor's precision: a month-precise anchor cannot order days within its month.
        // Compare at the coarser of the two precisions: a month-precise anchor cannot order days
        // within its month, and "en juillet" written on July 9 is this July.
        bool byDay = a.Precision == DatePrecision.Day && day > 0;
        int Key(int y) => byDay ? new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))).DayNumber : y * 12 + month;
        int anchorKey = byDay ? a.FirstDay.DayNumber : a.Year * 12 + a.Month;
        if (dir < 0) return Key(a.Year) <= anchorKey ? a.Year : a.Year - 1;
        if (dir > 0) return Key(a.Year) >= anchorKey ? a.Year : a.Year + 1;
        return new[] { a.Year - 1, a.Year, a.Year + 1 }.MinBy(y => Math.Abs(Key(y) - anchorKey));
    }

    private static TimexValue? Weekday(string type, TimeFrame f, PartialDate? anchor, int tense)
    {
        if (f.Weekday is not int wd) return null;
        if (anchor is not { } a) return new TimexValue(type, $"XXXX-WXX-{wd}", null);
        if (a.Precision < DatePrecision.Day) return new TimexValue(type, a.ToString(), a);
        var date = a.FirstDay.With(WeekdayAdjuster(wd, f.Dir, tense));
        var d = PartialDate.FromDate(date, DatePrecision.Day);
        return new TimexValue(type, d.ToString(), d);
    }

    /// <summary>
    /// The adjuster for a weekday: "vendredi dernier" is the Friday strictly before the anchor,
    /// "vendredi prochain" strictly after; a bare "vendredi" the nearest on or before it in the
    /// past tense (news reports what happened), on or after it in the future; "ce vendredi" the nearest.
    /// </summary>
    public static Func<DateOnly, DateOnly> WeekdayAdjuster(int isoWeekday, int? dir, int tense)
    {
        int d = dir ?? (tense != 0 ? tense : -1);
        bool strict = dir is not null and not 0;
        return date =>
        {
            int today = Iso(date);
            int back = (today - isoWeekday + 7) % 7, ahead = (isoWeekday - today + 7) % 7;
            if (strict && back == 0) back = 7;
            if (strict && ahead == 0) ahead = 7;
            return d switch
            {
                < 0 => date.AddDays(-back),
                > 0 => date.AddDays(ahead),
                _ => back <= ahead ? date.AddDays(-back) : date.AddDays(ahead),
            };
        };
    }

    private static DateOnly With(this DateOnly date, Func<DateOnly, DateOnly> adjuster) => adjuster(date);

    private static int Iso(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    private static TimexValue? Relative(string type, TimeFrame f, PartialDate? anchor, int tense)
    {
        int? offset = f.Offset ?? (f.Num is { } n && n == decimal.Truncate(n) ? (int)n * (f.Sign ?? 1) : (int?)null) ?? f.Dir;
        if (offset is not int o || f.Unit is not { } unit) return null;
        if (anchor is not { } a)
            return new TimexValue(type, o < 0 ? "PAST_REF" : o > 0 ? "FUTURE_REF" : "PRESENT_REF", null);
        var first = a.FirstDay;
        switch (unit)
        {
            case "D":
                return AtPrecision(type, first.AddDays(o), DatePrecision.Day, a);
            case "W":
            case "WE":
                // "il y a une semaine", "two weeks ago": a day, counted from the anchor.
                if (a.Precision < DatePrecision.Day || (f.Sign is not null && unit == "W")) return AtPrecision(type, first.AddDays(7 * o), DatePrecision.Day, a);
                // "ce week-end" told in the past on a weekday is the weekend just gone.
                if (unit == "WE" && o == 0 && tense < 0 && Iso(first) <= 5) o = -1;
                var wd = first.AddDays(7 * o).ToDateTime(TimeOnly.MinValue);
                var week = $"{ISOWeek.GetYear(wd):D4}-W{ISOWeek.GetWeekOfYear(wd):D2}" + (unit == "WE" ? "-WE" : "");
                return new TimexValue(type, week, null);
            case "M":
                return AtPrecision(type, first.AddMonths(o), DatePrecision.Month, a);
            case "Q":
                if (a.Precision < DatePrecision.Month) return new TimexValue(type, a.ToString(), a);
                var q = first.AddMonths(3 * o);
                return new TimexValue(type, $"{q.Year:D4}-Q{(q.Month - 1) / 3 + 1}", null);
            case "Y":
                return AtPrecision(type, first.AddYears(o), DatePrecision.Year, a);
            case "DE":
                return new TimexValue(type, $"{(a.Year + 10 * o) / 10:D3}", null);
            case "H":
            case "MIN":
            case "S":
                // "il y a deux heures": the anchor's day, at most.
                return AtPrecision(type, first, DatePrecision.Day, a);
        }
        return null;
    }

    /// <summary>
    /// The shifted date at the unit's precision, but never finer than the anchor's; a unit finer
    /// than the anchor ("hier" against 2023-10) cannot move it: the anchor itself is the answer.
    /// </summary>
    private static TimexValue AtPrecision(string type, DateOnly date, DatePrecision precision, PartialDate anchor)
    {
        if (precision > anchor.Precision) return new TimexValue(type, anchor.ToString(), anchor);
        var p = PartialDate.FromDate(date, (DatePrecision)Math.Min((int)precision, (int)anchor.Precision));
        return new TimexValue(type, p.ToString(), p);
    }

    private static TimexValue? Duration(string type, TimeFrame f)
    {
        if (f.Unit is not { } unit) return null;
        string count = f.Vague || f.Num is null ? "X" : f.Num.Value.ToString(CultureInfo.InvariantCulture);
        var value = unit switch
        {
            "H" or "MIN" or "S" => $"PT{count}{(unit == "MIN" ? "M" : unit)}",
            "WE" => $"P{count}WE",
            // Decades and centuries in years, as news corpora write them ("over a decade" = P10Y).
            "DE" => f.Num is { } de && !f.Vague ? $"P{de * 10}Y" : "PXDE",
            "CE" => f.Num is { } ce && !f.Vague ? $"P{ce * 100}Y" : "PXCE",
            "HALF" => f.Num is { } h ? $"P{h * 6}M" : "PXM",
            "Q" => f.Num is { } q ? $"P{q * 3}M" : "PXM",
            _ => $"P{count}{unit}",
        };
        return new TimexValue(type, value, null);
    }

    private static TimexValue? Set(string type, TimeFrame f)
    {
        if (f.Freq is { } freq) return new TimexValue(type, freq, null);
        if (f.Weekday is int wd) return new TimexValue(type, $"XXXX-WXX-{wd}", null);
        if (f.Unit is { } unit) return Duration(type, new TimeFrame { Unit = unit, Num = f.Num ?? 1 });
        return null;
    }

    private static TimexValue? Clock(string type, TimeFrame f, PartialDate? anchor, PartialDate? reference)
    {
        if (f.Hour is not int hour) return null;
        if (f.AmPm == "pm" && hour < 12) hour += 12;
        if (f.AmPm == "am" && hour == 12) hour = 0;
        var day = reference is { Precision: DatePrecision.Day } r ? r.ToString()
            : anchor is { Precision: DatePrecision.Day } a ? a.ToString() : "XXXX-XX-XX";
        var zone = f.Zone is null ? "" : f.Zone;
        return new TimexValue(type, $"{day}T{hour:D2}:{f.Minute ?? 0:D2}{zone}", null);
    }

    private static TimexValue? Season(string type, TimeFrame f, PartialDate? anchor)
    {
        if (f.Season is not { } s) return null;
        int? year = f.Year ?? (anchor is { } a ? a.Year + (f.Dir ?? f.Offset ?? 0) : null);
        return new TimexValue(type, $"{(year is int y ? y.ToString("D4") : "XXXX")}-{s}", null);
    }

    private static TimexValue? Holiday(string type, TimeFrame f, PartialDate? anchor, int tense)
    {
        if (f.Holiday is not { } h) return null;
        if (h.StartsWith("easter", StringComparison.Ordinal))
        {
            int shift = h.Length > 6 ? int.Parse(h[6..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
            if (f.Year is null && anchor is null) return null;
            int year = f.Year ?? anchor!.Value.Year;
            var e = Easter(year).AddDays(shift);
            if (f.Year is null && anchor is { Precision: DatePrecision.Day } a)
            {
                // The nearest feast on the tense's side of the anchor.
                int dir = f.Dir ?? tense;
                if (dir < 0 && e > a.FirstDay) e = Easter(year - 1).AddDays(shift);
                if (dir > 0 && e < a.FirstDay) e = Easter(year + 1).AddDays(shift);
            }
            var d = PartialDate.FromDate(e, DatePrecision.Day);
            return new TimexValue(type, d.ToString(), d);
        }
        var parts = h.Split('-');
        var frame = f.Clone();
        frame.Month = int.Parse(parts[0], CultureInfo.InvariantCulture);
        frame.Day = int.Parse(parts[1], CultureInfo.InvariantCulture);
        return Date(type, frame, anchor, tense);
    }

    /// <summary>Gregorian Easter Sunday (anonymous algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static TimexValue? Quarter(string type, TimeFrame f, PartialDate? anchor)
    {
        int? year = f.Year ?? (anchor is { } a ? a.Year + (f.Unit == "Y" ? f.Offset ?? f.Dir ?? 0 : 0) : null);
        if (f.Ordinal is not int q || q is < 1 or > 4) return null;
        return new TimexValue(type, $"{(year is int y ? y.ToString("D4") : "XXXX")}-Q{q}", null);
    }
}
