using Vigie.Core;
using Vigie.Text.Entities;
using Vigie.Text.Stages;

namespace Vigie.Tests.Entities;

/// <summary>Runs language → tokens → entities on a text and finds mentions by their text.</summary>
internal static class EntityTestKit
{
    private static readonly TokenizeStage Tokenize = new();
    internal static readonly EntityStage Stage = new();

    public static Document Run(string text, string lang, string? date = "2023-10")
    {
        var doc = Document.FromText("t", text, lang, date is null ? null : PartialDate.Parse(date));
        Tokenize.Process(doc);
        Stage.Process(doc);
        return doc;
    }

    /// <summary>The mention whose text is exactly <paramref name="text"/> (the n-th one when repeated); asserts its span too.</summary>
    public static EntityMention Find(Document doc, string text, int occurrence = 0)
    {
        var found = doc.Entities.Where(e => e.Text == text).ToList();
        Assert.True(found.Count > occurrence,
            $"no mention '{text}' (#{occurrence}); got: {string.Join(" | ", doc.Entities.Select(e => $"{e.Text}={e.Code}"))}");
        var m = found[occurrence];
        Assert.Equal(text, doc.Text.Substring(m.Span.Start, m.Span.Length));
        return m;
    }

    public static void AssertActor(Document doc, string text, string? code, string? country, string? name = null, string? type = null)
    {
        var m = Find(doc, text);
        Assert.Equal(code, m.Code);
        Assert.Equal(country, m.Country);
        if (name is not null) Assert.Equal(name, m.Name);
        if (type is not null) Assert.Equal(type, m.Type);
    }

    public static string Dump(Document doc) =>
        string.Join("\n", doc.Entities.Select(e => $"[{e.Span.Start},{e.Span.End}) '{e.Text}' {e.Type} {e.Code} {e.Country} '{e.Name}' {e.Rule}{(e.Antecedent is null ? "" : " → " + e.Antecedent.Text)}"));
}
