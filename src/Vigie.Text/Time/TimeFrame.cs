using System.Globalization;

namespace Vigie.Text.Time;

/// <summary>
/// What a matched time expression says, slot by slot (the year, a month, a weekday, a unit and
/// a count, a direction...). Pattern elements fill slots; <see cref="TimeResolver"/> turns the
/// slots into a TIMEX3 value against the anchor date.
/// </summary>
public sealed class TimeFrame
{
    public int? Year { get => _v.Year; set => _v.Year = value; }
    public int? Month { get => _v.Month; set => _v.Month = value; }
    public int? Day { get => _v.Day; set => _v.Day = value; }
    /// <summary>ISO day of the week, 1 = Monday.</summary>
    public int? Weekday { get => _v.Weekday; set => _v.Weekday = value; }
    public int? Hour { get => _v.Hour; set => _v.Hour = value; }
    public int? Minute { get => _v.Minute; set => _v.Minute = value; }
    /// <summary>A signed count of units from the anchor ("hier" = -1 D).</summary>
    public int? Offset { get => _v.Offset; set => _v.Offset = value; }
    /// <summary>Direction word: -1 (dernier, last), 0 (ce, this), +1 (prochain, next).</summary>
    public int? Dir { get => _v.Dir; set => _v.Dir = value; }
    /// <summary>Sign applied to <see cref="Num"/> to make an offset ("il y a" -1, "dans" +1).</summary>
    public int? Sign { get => _v.Sign; set => _v.Sign = value; }
    public decimal? Num { get => _v.Num; set => _v.Num = value; }
    /// <summary>True for vague counts ("plusieurs jours" → PXD).</summary>
    public bool Vague { get => _v.Vague; set => _v.Vague = value; }
    /// <summary>D, W, WE, M, Q, HALF, Y, DE, CE, H, MIN, S.</summary>
    public string? Unit { get => _v.Unit; set => _v.Unit = value; }
    public string? Season { get => _v.Season; set => _v.Season = value; }
    /// <summary>MO, AF, EV, NI.</summary>
    public string? Daypart { get => _v.Daypart; set => _v.Daypart = value; }
    /// <summary>A ready TIMEX value for a frequency word ("annuel" → P1Y).</summary>
    public string? Freq { get => _v.Freq; set => _v.Freq = value; }
    /// <summary>A fixed value (PRESENT_REF...).</summary>
    public string? Value { get => _v.Value; set => _v.Value = value; }
    /// <summary>START, END, MID: kept for the span, the value stays the period's.</summary>
    public string? Mod { get => _v.Mod; set => _v.Mod = value; }
    /// <summary>"MM-DD" or "easter+N".</summary>
    public string? Holiday { get => _v.Holiday; set => _v.Holiday = value; }
    /// <summary>"am" or "pm".</summary>
    public string? AmPm { get => _v.AmPm; set => _v.AmPm = value; }
    public string? Zone { get => _v.Zone; set => _v.Zone = value; }
    /// <summary>Ordinal of a quarter or of a weekday in a month.</summary>
    public int? Ordinal { get => _v.Ordinal; set => _v.Ordinal = value; }

    /// <summary>
    /// Every slot lives in this one struct, so that <see cref="CopyFrom"/> copies all of them in
    /// one assignment and a slot added later cannot be forgotten there. Add new slots here, with
    /// a forwarding property above; TimeFrame must hold no other instance state.
    /// </summary>
    private struct SlotValues
    {
        public int? Year;
        public int? Month;
        public int? Day;
        public int? Weekday;
        public int? Hour;
        public int? Minute;
        public int? Offset;
        public int? Dir;
        public int? Sign;
        public decimal? Num;
        public bool Vague;
        public string? Unit;
        public string? Season;
        public string? Daypart;
        public string? Freq;
        public string? Value;
        public string? Mod;
        public string? Holiday;
        public string? AmPm;
        public string? Zone;
        public int? Ordinal;
    }

    private SlotValues _v;

    public TimeFrame Clone() => (TimeFrame)MemberwiseClone();

    /// <summary>Makes this frame equal to <paramref name="other"/>, slot for slot, without allocating.</summary>
    public void CopyFrom(TimeFrame other) => _v = other._v;

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
