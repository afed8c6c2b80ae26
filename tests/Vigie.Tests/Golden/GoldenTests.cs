using Vigie.Coding;
using Vigie.Core;

namespace Vigie.Tests.Golden;

/// <summary>One test per golden case in tests/golden/*.md.</summary>
public class GoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in GoldenCase.Load(Folder)) data.Add(c.ToString());
        return data;
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "golden");

    private static bool Matches(ActorRef? actor, string? key) =>
        key is null ? actor is null
        : actor is not null && (actor.Country == key || (actor.Code?.StartsWith(key, StringComparison.Ordinal) ?? false));

    private static bool Matches(Event e, ExpectedEvent x) =>
        Matches(e.Source, x.Source) && Matches(e.Target, x.Target)
        && (x.Code.Length == 2 ? e.Cameo.StartsWith(x.Code, StringComparison.Ordinal) : e.Cameo == x.Code)
        && (x.Date is null || e.Date == x.Date)
        && (x.Modality is null || e.Modality == x.Modality)
        && (x.ReportedBy is null || Matches(e.ReportedBy, x.ReportedBy))
        && (x.LocationCountry is null || e.Location?.Country == x.LocationCountry);

    [Theory]
    [MemberData(nameof(Cases))]
    public void GoldenCaseGivesExactlyItsEvents(string name)
    {
        var c = GoldenCase.Load(Folder).Single(x => x.ToString() == name);
        var doc = Document.FromText("golden", c.Text, c.Lang, c.Date is null ? null : PartialDate.Parse(c.Date));
        VigiePipeline.Default.Process(doc);
        var events = doc.Events.Where(e => e.Root != "01").ToList();
        string Describe() => string.Join("\n", events.Select(e =>
            $"  {e.Source?.Code ?? e.Source?.Country} -> {e.Target?.Code ?? e.Target?.Country ?? "-"} {e.Cameo} date={e.Date} modality={e.Modality} reported_by={e.ReportedBy?.Code} rule={e.Rule}"));
        foreach (var x in c.Events)
            Assert.True(events.Any(e => Matches(e, x)), $"{c}: expected '{x}', got:\n{Describe()}");
        Assert.True(events.Count == c.Events.Count, $"{c}: expected {c.Events.Count} events, got {events.Count}:\n{Describe()}");
    }
}
