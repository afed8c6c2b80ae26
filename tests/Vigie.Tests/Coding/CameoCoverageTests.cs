using Vigie.Coding;
using Vigie.Coding.Ontology;
using Vigie.Core;

namespace Vigie.Tests.Coding;

/// <summary>
/// Proves that every CAMEO code is reachable in both languages: tests/coverage/{en,fr}.tsv hold,
/// for each code, at least one sentence of our own that must give an event with exactly that code
/// between the actors named on its row.
/// </summary>
public class CameoCoverageTests
{
    public sealed record CoverageRow(string Lang, int Line, string Code, string Source, string? Target, string Sentence)
    {
        public override string ToString() => $"{Lang}.tsv:{Line} {Code} {Sentence}";

        /// <summary>The code an event must carry: a root stands for its unspecified code ("14" → "140").</summary>
        public string ExpectedCameo => Code.Length == 2 ? Code + "0" : Code;
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "coverage");

    public static IReadOnlyList<CoverageRow> Load(string lang)
    {
        var path = Path.Combine(Folder, lang + ".tsv");
        var rows = new List<CoverageRow>();
        var lines = File.ReadAllLines(path);
        bool header = true;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header) { header = false; continue; } // the column names
            var cells = line.Split('\t');
            if (cells.Length != 4 || cells.Any(c => c.Trim().Length == 0))
                throw new FormatException($"{path}:{i + 1}: expected 4 non-empty tab-separated cells (code, source, target, sentence), got {cells.Length}");
            rows.Add(new CoverageRow(lang, i + 1, cells[0].Trim(), cells[1].Trim(), cells[2].Trim() == "-" ? null : cells[2].Trim(), cells[3].Trim()));
        }
        return rows;
    }

    public static TheoryData<string> Languages() => new("en", "fr");

    public static TheoryData<string, int> Rows()
    {
        var data = new TheoryData<string, int>();
        foreach (var lang in new[] { "en", "fr" })
            foreach (var row in Load(lang)) data.Add(lang, row.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryCameoCodeHasACoverageSentence(string lang)
    {
        var covered = Load(lang).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = covered.Where(c => CameoOntology.Default.Find(c) is null).ToList();
        Assert.True(unknown.Count == 0, $"{lang}.tsv names codes that CAMEO does not have: {string.Join(", ", unknown)}");
        var missing = CameoOntology.Default.All.Select(c => c.Code).Where(c => !covered.Contains(c)).ToList();
        Assert.True(missing.Count == 0, $"{lang}.tsv has no sentence for {missing.Count} of {CameoOntology.Default.All.Count} codes: {string.Join(" ", missing)}");
    }

    private static bool Matches(ActorRef? actor, string? key) =>
        key is null ? actor is null
        : actor is not null && (actor.Country == key || (actor.Code?.StartsWith(key, StringComparison.Ordinal) ?? false));

    [Theory]
    [MemberData(nameof(Rows))]
    public void CoverageSentenceGivesItsCode(string lang, int line)
    {
        var row = Load(lang).Single(r => r.Line == line);
        var doc = Document.FromText("coverage", row.Sentence, lang, PartialDate.Parse("2024-05-15"));
        VigiePipeline.Default.Process(doc);
        var found = doc.Events.Any(e => e.Cameo == row.ExpectedCameo && Matches(e.Source, row.Source) && Matches(e.Target, row.Target));
        Assert.True(found, $"{row}: expected {row.Source} -> {row.Target ?? "-"} {row.ExpectedCameo}, got:\n" + string.Join("\n", doc.Events.Select(e =>
            $"  {e.Source?.Code ?? e.Source?.Country} -> {e.Target?.Code ?? e.Target?.Country ?? "-"} {e.Cameo} rule={e.Rule}")));
    }
}
