using System.Globalization;
using Vigie.Core;

namespace Vigie.Store;

/// <summary>
/// The calendar days a TIMEX date value covers, so that dates of different precision compare
/// sensibly: "2023-10" covers 2023-10-01 to 2023-10-31 and so lies within 2023-09 … 2023-10.
/// </summary>
public static class TimexRange
{
    /// <summary>First and last day ("yyyy-MM-dd") of a value: "2023", "2023-10", "2023-10-13", "2023-W41"; null when it is no calendar date.</summary>
    public static (string First, string Last)? Of(string? value)
    {
        if (value is null) return null;
        if (PartialDate.TryParse(value, out var d)) return Of(d);
        // ISO week: 2023-W41
        if (value.Length == 8 && value[4] == '-' && value[5] == 'W'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int w)
            && w >= 1 && w <= ISOWeek.GetWeeksInYear(y))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday));
            return (Day(monday), Day(monday.AddDays(6)));
        }
        return null;
    }

    public static (string First, string Last) Of(PartialDate d)
    {
        var first = d.FirstDay;
        var last = d.Precision switch
        {
            DatePrecision.Day => first,
            DatePrecision.Month => first.AddMonths(1).AddDays(-1),
            _ => new DateOnly(d.Year, 12, 31),
        };
        return (Day(first), Day(last));
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
