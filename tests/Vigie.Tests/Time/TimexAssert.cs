using Vigie.Core;
using Vigie.Text.Stages;
using Vigie.Text.Time;

namespace Vigie.Tests.Time;

/// <summary>Runs language, tokenizer and timex stages on a sentence and checks spans and values.</summary>
internal static class TimexAssert
{
    private static readonly IDocumentStage[] Stages = [new LanguageStage(), new TokenizeStage(), new TimexStage()];

    public static List<TimeMention> Run(string text, string lang, string? anchor)
    {
        var doc = Document.FromText("t", text, lang, anchor is null ? null : PartialDate.Parse(anchor));
        foreach (var s in Stages) s.Process(doc);
        return doc.Timex;
    }

    /// <summary>Asserts a mention whose span is exactly the first occurrence of <paramref name="expected"/>, with this value (and type).</summary>
    public static TimeMention Has(string text, string lang, string? anchor, string expected, string value, string? type = null)
    {
        var found = Run(text, lang, anchor);
        int start = text.IndexOf(expected, StringComparison.Ordinal);
        Assert.True(start >= 0, $"test error: '{expected}' is not in the text");
        var span = new TextSpan(start, expected.Length);
        var m = found.FirstOrDefault(t => t.Span == span);
        Assert.True(m is not null,
            $"no timex at {span} '{expected}'; found: {string.Join("; ", found.Select(t => $"{t.Span} '{t.Text}' {t.Value}"))}");
        Assert.Equal(value, m!.Value);
        if (type is not null) Assert.Equal(type, m.Type);
        return m;
    }
}
