using System.Globalization;

namespace Vigie.Text.Time;

/// <summary>
/// What a matched time expression says, slot by slot (the year, a month, a weekday, a unit and
/// a count, a direction...). Pattern elements fill slots; <see cref="TimeResolver"/> turns the
/// slots into a TIMEX3 value against the anchor date.
/// </summary>
public sealed class TimeFrame
{
    public int? Year { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
    /// <summary>ISO day of the week, 1 = Monday.</summary>
    public int? Weekday { get; set; }
    public int? Hour { get; set; }
    public int? Minute { get; set; }
    /// <summary>A signed count of units from the anchor ("hier" = -1 D).</summary>
    public int? Offset { get; set; }
    /// <summary>Direction word: -1 (dernier, last), 0 (ce, this), +1 (prochain, next).</summary>
    public int? Dir { get; set; }
    /// <summary>Sign applied to <see cref="Num"/> to make an offset ("il y a" -1, "dans" +1).</summary>
    public int? Sign { get; set; }
    public decimal? Num { get; set; }
    /// <summary>True for vague counts ("plusieurs jours" → PXD).</summary>
    public bool Vague { get; set; }
    /// <summary>D, W, WE, M, Q, HALF, Y, DE, CE, H, MIN, S.</summary>
    public string? Unit { get; set; }
    public string? Season { get; set; }
    /// <summary>MO, AF, EV, NI.</summary>
    public string? Daypart { get; set; }
    /// <summary>A ready TIMEX value for a frequency word ("annuel" → P1Y).</summary>
    public string? Freq { get; set; }
    /// <summary>A fixed value (PRESENT_REF...).</summary>
    public string? Value { get; set; }
    /// <summary>START, END, MID: kept for the span, the value stays the period's.</summary>
    public string? Mod { get; set; }
    /// <summary>"MM-DD" or "easter+N".</summary>
    public string? Holiday { get; set; }
    /// <summary>"am" or "pm".</summary>
    public string? AmPm { get; set; }
    public string? Zone { get; set; }
    /// <summary>Ordinal of a quarter or of a weekday in a month.</summary>
    public int? Ordinal { get; set; }

    public TimeFrame Clone() => (TimeFrame)MemberwiseClone();

    /// <summary>Slot names accepted in data files (class names, regex groups, pattern arguments).</summary>
    private static int? Int(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static readonly string[] Slots =
    [
        "year", "month", "day", "weekday", "hour", "minute", "offset", "dir", "sign", "num", "vague", "unit",
        "season", "daypart", "freq", "value", "mod", "holiday", "ampm", "zone", "ordinal",
    ];

    /// <summary>Sets a slot from its text form; false when the slot is unknown or the value malformed.</summary>
    public bool Set(string slot, string value)
    {
        switch (slot)
        {
            case "year": Year = Int(value); return Year is not null;
            case "month": Month = Int(value); return Month is >= 1 and <= 12;
            case "day": Day = Int(value); return Day is >= 1 and <= 31;
            case "weekday": Weekday = Int(value); return Weekday is >= 1 and <= 7;
            case "hour": Hour = Int(value); return Hour is >= 0 and <= 24;
            case "minute": Minute = Int(value); return Minute is >= 0 and <= 59;
            case "offset": Offset = Int(value); return Offset is not null;
            case "dir": Dir = Int(value); return Dir is not null;
            case "sign": Sign = Int(value); return Sign is not null;
            case "ordinal": Ordinal = Int(value); return Ordinal is not null;
            case "num":
                if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)) return false;
                Num = n; return true;
            case "vague": Vague = true; return true;
            case "unit": Unit = value; return true;
            case "season": Season = value; return true;
            case "daypart": Daypart = value; return true;
            case "freq": Freq = value; return true;
            case "value": Value = value; return true;
            case "mod": Mod = value; return true;
            case "holiday": Holiday = value; return true;
            case "ampm": AmPm = value; return true;
            case "zone": Zone = value; return true;
            default: return false;
        }
    }
}
