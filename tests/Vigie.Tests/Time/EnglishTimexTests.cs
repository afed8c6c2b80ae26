using Vigie.Core;

namespace Vigie.Tests.Time;

/// <summary>English time expressions: spans (TimeML/MEANTIME conventions) and values against anchors of every precision.</summary>
public class EnglishTimexTests
{
    [Theory]
    [InlineData("The summit opens on October 13 in Vienna.", "2023-09-01", "October 13", "2023-10-13")]
    [InlineData("The treaty was signed on October 13, 2021 in Lima.", "2023-09-01", "October 13, 2021", "2021-10-13")]
    [InlineData("The ceasefire began on 4 March 2022.", "2023-09-01", "4 March 2022", "2022-03-04")]
    [InlineData("The deal was struck on April 2nd after long talks.", "2023-04-10", "April 2nd", "2023-04-02")]
    [InlineData("The law was passed in 2022 by parliament.", "2023-09-01", "2022", "2022")]
    [InlineData("Prices fell sharply in January.", "2023-09", "January", "2023-01")]
    [InlineData("The report is dated 10/13/2023.", "2024-01", "10/13/2023", "2023-10-13")]
    [InlineData("The convoy arrived yesterday.", "2023-10-15", "yesterday", "2023-10-14")]
    [InlineData("The talks resumed last month.", "2023-10", "last month", "2023-09")]
    [InlineData("The talks resume next month.", "2023-12-03", "next month", "2024-01")]
    [InlineData("The plant closed two years ago.", "2023-10", "two years ago", "2021")]
    [InlineData("Exports rose this year.", "2023-10-15", "this year", "2023")]
    [InlineData("Sales recovered in the third quarter of 2022.", "2023-10", "the third quarter of 2022", "2022-Q3")]
    [InlineData("Profits doubled in the first quarter of last year.", "2023-10", "the first quarter of last year", "2022-Q1")]
    [InlineData("The troops will stay for two weeks.", "2023-10", "two weeks", "P2W", TimexTypes.Duration)]
    [InlineData("The siege lasted twenty-one days.", "2023-10", "twenty-one days", "P21D", TimexTypes.Duration)]
    [InlineData("The dam has a fifty-year service life.", "2023-10", "fifty-year", "P50Y", TimexTypes.Duration)]
    [InlineData("The vote closes at 9 a.m. local time.", "2023-10-15", "9 a.m.", "2023-10-15T09:00", TimexTypes.Time)]
    [InlineData("Trading stopped at 3:30 p.m. on the exchange.", "2023-10-15", "3:30 p.m.", "2023-10-15T15:30", TimexTypes.Time)]
    [InlineData("The minister spoke on Friday morning.", "2023-10-15", "Friday morning", "2023-10-13TMO", TimexTypes.Time)]
    [InlineData("The agency publishes a weekly report.", "2023-10", "weekly", "P1W", TimexTypes.Set)]
    [InlineData("The annual meeting was cancelled.", "2023-10", "annual", "P1Y", TimexTypes.Set)]
    [InlineData("The region is currently calm.", "2023-10", "currently", "PRESENT_REF")]
    [InlineData("The border is now closed.", "2023-10", "now", "PRESENT_REF")]
    [InlineData("Fighting has recently intensified.", "2023-10", "recently", "PAST_REF")]
    [InlineData("Aid deliveries will resume at Christmas.", "2023-11-20", "Christmas", "2023-12-25")]
    [InlineData("Shares fell for six straight days.", "2023-10", "six straight days", "P6D", TimexTypes.Duration)]
    [InlineData("The index rose over the past five trading days.", "2023-10", "the past five trading days", "P5D", TimexTypes.Duration)]
    [InlineData("Inflation is at its highest in over a decade.", "2023-10", "over a decade", "P10Y", TimexTypes.Duration)]
    [InlineData("Output recovered at the beginning of the year.", "2023-10-15", "the beginning of the year", "2023")]
    [InlineData("The ruling party has governed since '82.", "2023-10", "'82", "1982")]
    [InlineData("Investors expect losses in the near term.", "2023-10", "the near term", "FUTURE_REF")]
    public void FindsAndResolves(string text, string anchor, string expected, string value, string? type = null) =>
        TimexAssert.Has(text, "en", anchor, expected, value, type);

    [Theory]
    [InlineData("The minister spoke on Friday.", "2023-10", "Friday", "2023-10")]
    [InlineData("The minister spoke on Friday.", "2023-10-15", "Friday", "2023-10-13")]
    [InlineData("The minister spoke on Sunday.", "2023-10-15", "Sunday", "2023-10-15")]
    [InlineData("The minister spoke last Friday.", "2023-10-13", "last Friday", "2023-10-06")]
    [InlineData("The talks will resume on Monday.", "2023-10-15", "Monday", "2023-10-16")]
    [InlineData("The talks will resume next Monday.", "2023-10-16", "next Monday", "2023-10-23")]
    [InlineData("The border stays closed until Friday.", "2023-10-17", "Friday", "2023-10-20")]
    public void WeekdayFollowsAnchorPrecisionAndTense(string text, string anchor, string expected, string value) =>
        TimexAssert.Has(text, "en", anchor, expected, value, TimexTypes.Date);

    [Theory]
    [InlineData("They may return to the table.")]
    [InlineData("The army deployed 1500 soldiers.")]
    [InlineData("A second round of talks is planned.")]
    [InlineData("It was the 7th largest fall on record.")]
    public void LookalikesAreNotTimex(string text) => Assert.Empty(TimexAssert.Run(text, "en", "2023-10-15"));

    [Fact]
    public void UndatedDocumentIsAnchoredOnItsDateline()
    {
        var text = "Car sales slump\nFebruary 03, 2010\nSales fell by a third last month, dealers said on Monday.";
        TimexAssert.Has(text, "en", null, "last month", "2010-01");
        TimexAssert.Has(text, "en", null, "Monday", "2010-02-01");
    }

    [Fact]
    public void DatelineAndBodyResolveAgainstTheAnchor()
    {
        var text = "Port strike ends\nMarch 3, 2021\nDockers returned to work on Wednesday after a three-week strike.";
        TimexAssert.Has(text, "en", "2021-03-03", "March 3, 2021", "2021-03-03");
        TimexAssert.Has(text, "en", "2021-03-03", "Wednesday", "2021-03-03");
        TimexAssert.Has(text, "en", "2021-03-03", "three-week", "P3W", TimexTypes.Duration);
    }
}
