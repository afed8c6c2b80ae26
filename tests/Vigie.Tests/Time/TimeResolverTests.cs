using Vigie.Core;
using Vigie.Text.Time;

namespace Vigie.Tests.Time;

/// <summary>The resolver's pure functions: adjusters, year inference, feasts, precision.</summary>
public class TimeResolverTests
{
    [Theory]
    // 2023-10-15 is a Sunday.
    [InlineData(2023, 10, 15, 5, null, -1, 2023, 10, 13)]   // bare Friday, past
    [InlineData(2023, 10, 15, 7, null, -1, 2023, 10, 15)]   // bare Sunday on a Sunday: that day
    [InlineData(2023, 10, 15, 7, -1, 0, 2023, 10, 8)]       // "dimanche dernier": strictly before
    [InlineData(2023, 10, 15, 1, null, 1, 2023, 10, 16)]    // future Monday
    [InlineData(2023, 10, 15, 7, 1, 0, 2023, 10, 22)]       // "dimanche prochain": strictly after
    [InlineData(2023, 10, 15, 2, 0, 0, 2023, 10, 17)]       // "ce mardi": the nearest
    [InlineData(2023, 1, 2, 5, null, -1, 2022, 12, 30)]     // wraps the year
    public void WeekdayAdjuster(int y, int m, int d, int weekday, int? dir, int tense, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), TimeResolver.WeekdayAdjuster(weekday, dir, tense)(new DateOnly(y, m, d)));

    [Theory]
    [InlineData("2023-10", 2, 0, -1, 2023)]
    [InlineData("2023-10", 11, 0, -1, 2022)]
    [InlineData("2023-10", 11, 0, 1, 2023)]
    [InlineData("2023-10", 3, 0, 1, 2024)]
    [InlineData("2024-01-04", 12, 28, 0, 2023)]
    [InlineData("2023-11-20", 1, 5, 0, 2024)]
    [InlineData("2023", 11, 0, -1, 2023)]
    public void InferYear(string anchor, int month, int day, int dir, int year) =>
        Assert.Equal(year, TimeResolver.InferYear(month, day, PartialDate.Parse(anchor), dir));

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2023, 4, 9)]
    [InlineData(2000, 4, 23)]
    public void Easter(int year, int month, int day) => Assert.Equal(new DateOnly(year, month, day), TimeResolver.Easter(year));

    [Theory]
    [InlineData("2023-10-15", "D", -1, "2023-10-14")]
    [InlineData("2023-10", "D", -1, "2023-10")]
    [InlineData("2023-10", "M", -1, "2023-09")]
    [InlineData("2023", "M", -1, "2023")]
    [InlineData("2023-03-31", "M", -1, "2023-02")]
    [InlineData("2023-10", "Y", -1, "2022")]
    [InlineData("2023-10-15", "W", 1, "2023-W42")]
    [InlineData("2024-01-01", "W", -1, "2023-W52")]
    [InlineData("2023-10-15", "Q", -1, "2023-Q3")]
    public void RelativeNeverInventsPrecision(string anchor, string unit, int offset, string value)
    {
        var v = TimeResolver.Resolve("rel", "DATE", new TimeFrame { Unit = unit, Offset = offset }, PartialDate.Parse(anchor), null, 0);
        Assert.Equal(value, v!.Value.Value);
    }

    [Theory]
    [InlineData("D", 3, false, "P3D")]
    [InlineData("W", 2, false, "P2W")]
    [InlineData("H", 5, false, "PT5H")]
    [InlineData("MIN", 30, false, "PT30M")]
    [InlineData("Y", 0, true, "PXY")]
    public void Durations(string unit, int num, bool vague, string value)
    {
        var v = TimeResolver.Resolve("dur", "DURATION", new TimeFrame { Unit = unit, Num = num, Vague = vague }, null, null, 0);
        Assert.Equal(value, v!.Value.Value);
        Assert.Null(v.Value.Date);
    }
}
