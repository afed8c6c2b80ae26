using System.Text.Json;
using Vigie.Core;

namespace Vigie.Tests.Time;

/// <summary>
/// A regression check against Microsoft Recognizers-Text's DateTimeModel test cases (MIT), read
/// from the project's shared folder when it is present (skipped otherwise). Cases with one
/// expected date, duration or set are kept; a case passes when a mention overlaps the expected
/// text and its value is one of the expected TIMEX values or resolutions. Recognizers-Text
/// reads commands ("je reviendrai..."), not news, and its conventions differ in places, so the
/// check guards a floor rather than demanding every case. Most misses are conventions, not
/// bugs: Recognizers resolves "il y a deux ans" to a day (TimeML: the year 2014), "quelques
/// jours" to P3D (TimeML: PXD), "last Wednesday" to the previous week's; and command forms
/// ("Sep-23-2020", "3h" as a duration, "one hour and a half") that news rarely uses.
/// </summary>
public class RecognizersSpecTests
{
    private static string? SpecFile(string language)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", "time-specs", "Specs", "DateTime", language, "DateTimeModel.json");
            if (File.Exists(path)) return path;
        }
        return null;
    }

    private static readonly string[] Kept = ["datetimeV2.date", "datetimeV2.duration", "datetimeV2.set"];

    [Theory]
    [InlineData("fr", "French", 0.27)]   // measured 70/242 = 0.289
    [InlineData("en", "English", 0.25)]   // measured 68/250 = 0.272
    public void PassRateStaysAboveFloor(string lang, string language, double floor)
    {
        var path = SpecFile(language);
        if (path is null) Assert.Skip("Recognizers-Text specs not present (shared/data/time-specs)");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        int total = 0, passed = 0;
        foreach (var c in json.RootElement.EnumerateArray())
        {
            if (!c.TryGetProperty("Results", out var results) || results.GetArrayLength() != 1) continue;
            var r = results[0];
            if (!Kept.Contains(r.GetProperty("TypeName").GetString())) continue;
            if (!r.TryGetProperty("Start", out var startEl) || !r.TryGetProperty("End", out var endEl)) continue;
            var input = c.GetProperty("Input").GetString()!;
            var reference = c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rd)
                ? rd.GetString()! : "2016-11-07";
            var expected = new HashSet<string>();
            foreach (var v in r.GetProperty("Resolution").GetProperty("values").EnumerateArray())
                foreach (var key in new[] { "timex", "value" })
                    if (v.TryGetProperty(key, out var s) && s.ValueKind == JsonValueKind.String) expected.Add(s.GetString()!);
            // End is inclusive in these specs.
            var span = TextSpan.FromBounds(startEl.GetInt32(), endEl.GetInt32() + 1);
            total++;
            var found = TimexAssert.Run(input, lang, reference[..10]);
            if (found.Any(t => t.Span.Overlaps(span) && expected.Contains(t.Value))) passed++;
        }
        double rate = (double)passed / total;
        TestContext.Current.TestOutputHelper?.WriteLine($"{language}: {passed}/{total} = {rate:F3}");
        Assert.True(total > 50, $"only {total} cases read from {path}");
        Assert.True(rate >= floor, $"{language}: {passed}/{total} = {rate:F3} < {floor}");
    }
}
