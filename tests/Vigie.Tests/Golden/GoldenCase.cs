using System.Text;

namespace Vigie.Tests.Golden;

/// <summary>One expected event of a golden case: "PRK -> RUS 072 date=2023-10 modality=reported reported_by=USA".</summary>
public sealed record ExpectedEvent(string Source, string? Target, string Code, string? Date, string? Modality, string? ReportedBy, string Line)
{
    /// <summary>The country of the event's location ("location=SYR"), or null when not checked.</summary>
    public string? LocationCountry { get; init; }

    public static ExpectedEvent Parse(string line, string where)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4 || parts[1] != "->") throw new FormatException($"{where}: expected 'SRC -> TGT CODE [key=value...]', got '{line}'");
        string? Get(string key) => parts.Skip(4).FirstOrDefault(p => p.StartsWith(key + "="))?[(key.Length + 1)..];
        return new ExpectedEvent(parts[0], parts[2] == "-" ? null : parts[2], parts[3], Get("date"), Get("modality"), Get("reported_by"), line)
        {
            LocationCountry = Get("location"),
        };
    }

    public override string ToString() => Line;
}

/// <summary>
/// A golden case from tests/golden/*.md: a heading, optional "date:"/"lang:" lines, a ```text
/// block (the article snippet) and an ```events block (the expected events, all of them: an
/// empty block means no event). Written in the spirit of Markdig's spec files.
/// </summary>
public sealed record GoldenCase(string File, int Line, string Title, string Text, string? Date, string? Lang, IReadOnlyList<ExpectedEvent> Events)
{
    public override string ToString() => $"{Path.GetFileName(File)}:{Line} {Title}";

    public static IEnumerable<GoldenCase> Load(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal))
            foreach (var c in Parse(file, System.IO.File.ReadAllLines(file))) yield return c;
    }

    public static IEnumerable<GoldenCase> Parse(string file, string[] lines)
    {
        string? title = null, date = null, lang = null, text = null;
        List<ExpectedEvent>? events = null;
        int titleLine = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("### "))
            {
                if (title is not null) yield return Finish(file, titleLine, title, text, date, lang, events);
                title = line[4..].Trim(); titleLine = i + 1; date = lang = text = null; events = null;
                continue;
            }
            if (title is null) continue;
            if (line.StartsWith("date:")) date = line[5..].Trim();
            else if (line.StartsWith("lang:")) lang = line[5..].Trim();
            else if (line.StartsWith("```text") || line.StartsWith("```events"))
            {
                bool isText = line.StartsWith("```text");
                var block = new List<string>();
                int start = i + 1;
                for (i++; i < lines.Length && !lines[i].StartsWith("```"); i++) block.Add(lines[i]);
                if (i >= lines.Length) throw new FormatException($"{file}:{start}: unclosed block");
                if (isText) text = string.Join("\n", block);
                else events = block.Where(l => l.Trim().Length > 0).Select((l, k) => ExpectedEvent.Parse(l.Trim(), $"{file}:{start + k}")).ToList();
            }
        }
        if (title is not null) yield return Finish(file, titleLine, title, text, date, lang, events);
    }

    private static GoldenCase Finish(string file, int line, string title, string? text, string? date, string? lang, List<ExpectedEvent>? events)
    {
        if (text is null) throw new FormatException($"{file}:{line}: case '{title}' has no ```text block");
        if (events is null) throw new FormatException($"{file}:{line}: case '{title}' has no ```events block");
        return new GoldenCase(file, line, title, text, date, lang, events);
    }
}
