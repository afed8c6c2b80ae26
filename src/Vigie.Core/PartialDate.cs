using System.Globalization;

namespace Vigie.Core;

public enum DatePrecision { Year = 1, Month = 2, Day = 3 }

/// <summary>
/// A calendar date known to the year, the month or the day. A document dated "2023-10" anchors
/// relative expressions at month precision: "vendredi" then resolves to 2023-10, never to an
/// invented day.
/// </summary>
public readonly record struct PartialDate
{
    public int Year { get; }
    /// <summary>1–12, or 0 when only the year is known.</summary>
    public int Month { get; }
    /// <summary>1–31, or 0 when the day is not known.</summary>
    public int Day { get; }

    public PartialDate(int year, int month = 0, int day = 0)
    {
        if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month < 0 || month > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day != 0 && (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year; Month = month; Day = day;
    }

    public DatePrecision Precision => Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day of the period (for day arithmetic).</summary>
    public DateOnly FirstDay => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    public static PartialDate FromDate(DateOnly d, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => new(d.Year, d.Month, d.Day),
        DatePrecision.Month => new(d.Year, d.Month),
        _ => new(d.Year),
    };

    /// <summary>This date truncated to a coarser precision (never refined).</summary>
    public PartialDate Truncate(DatePrecision precision) => precision >= Precision ? this : precision switch
    {
        DatePrecision.Month => new(Year, Month),
        _ => new(Year),
    };

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>Parses "2023", "2023-10", "2023-10-13" or an ISO date-time ("2023-10-13T09:30", time ignored).</summary>
    public static bool TryParse(string? s, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim();
        int t = s.IndexOfAny(['T', ' ']);
        if (t > 0) s = s[..t];
        var parts = s.Split('-');
        if (parts.Length > 3) return false;
        var nums = new int[3];
        for (int i = 0; i < parts.Length; i++)
        {
            int expected = i == 0 ? 4 : 2;
            if (parts[i].Length != expected || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out nums[i]))
                return false;
        }
        try { date = new PartialDate(nums[0], nums[1], nums[2]); return true; }
        catch (ArgumentOutOfRangeException) { return false; }
    }

    public static PartialDate Parse(string s) =>
        TryParse(s, out var d) ? d : throw new FormatException($"not a date (YYYY, YYYY-MM or YYYY-MM-DD): '{s}'");
}
