using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parquet.Serialization;
using Vigie.Cli.Commands;
using Vigie.Cli.Output;
using Vigie.Store;

namespace Vigie.Tests.Cli;

/// <summary>vigie recode, search and export, on stores filled from the example articles.</summary>
public class CorpusCommandTests
{
    private static readonly string Examples = Path.Combine(CliRunner.RepoRoot, "examples");

    private static string Ingested(TempDir dir, string name = "v.db")
    {
        var db = Path.Combine(dir.Path, name);
        var r = CliRunner.InProcess(["ingest", "--db", db, Examples]);
        Assert.Equal(0, r.ExitCode);
        return db;
    }

    /// <summary>The first field of every record of a CSV file whose fields may be quoted over several lines.</summary>
    private static string[] CsvNames(string path)
    {
        var names = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false, first = true;
        foreach (var c in File.ReadAllText(path))
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') { if (first) names.Add(field.ToString()); first = false; }
            else if (!quoted && c == '\n') { if (first && field.Length > 0) names.Add(field.ToString()); field.Clear(); first = true; }
            else if (first) field.Append(c);
        }
        return names.Skip(1).ToArray(); // the header: name,type,description
    }

    private static string[] SharedColumns(string file)
    {
        var path = Path.Combine(CliRunner.RepoRoot, "..", "shared", "data", "gdelt", file);
        if (!File.Exists(path)) Assert.Skip($"{path} is absent (the project's shared folder beside the repository); GDELT layout not checked");
        return CsvNames(path);
    }

    private static long[] Counts(string db)
    {
        using var store = VigieStore.Open(db);
        return SqlCorpusStore.Tables.Select(store.Count).ToArray();
    }

    private static string[] Keys(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT key || '|' || num_mentions || '|' || num_sources || '|' || num_articles FROM corpus_events ORDER BY key";
        using var r = cmd.ExecuteReader();
        var keys = new List<string>();
        while (r.Read()) keys.Add(r.GetString(0));
        return [.. keys];
    }

    [Fact]
    public void RecodeRebuildsLayersAndCorpusEventsAsAFreshIngestWould()
    {
        using var dir = new TempDir();
        var db = Ingested(dir);
        var fresh = Ingested(dir, "fresh.db");
        // Damage the store as an older coder would have left it: no entities, no events.
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM entities; DELETE FROM events; DELETE FROM corpus_events;";
            cmd.ExecuteNonQuery();
        }
        Assert.NotEqual(Counts(fresh), Counts(db));

        var r = CliRunner.InProcess(["recode", "--db", db]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("8 documents recoded", r.Stdout);
        Assert.Equal(Counts(fresh), Counts(db));
        Assert.Equal(Keys(fresh), Keys(db));
        Assert.Equal(2, CliRunner.InProcess(["recode", "--db", Path.Combine(dir.Path, "none.db")]).ExitCode);
    }

    [Fact]
    public void SearchFindsFrenchAndEnglishWordsIgnoringAccents()
    {
        using var dir = new TempDir();
        var db = Ingested(dir);
        var r = CliRunner.InProcess(["search", "--db", db, "armenie"]);
        Assert.Equal(0, r.ExitCode);
        var lines = r.StdoutLines.Select(l => l.Split('\t')).ToArray();
        Assert.Contains(lines, l => l[0] == "2026-03-10-cessez-le-feu" && l[1] == "2026-03-10" && l[2].StartsWith("L'Arménie et l'Azerbaïdjan") && l[3].Contains("[Arménie]"));
        Assert.All(lines, l => Assert.Equal(4, l.Length));
        Assert.Equal(r.Stdout, CliRunner.InProcess(["search", "--db", db, "ARMÉNIE"]).Stdout);
        Assert.Equal("2026-03-14-sanctions", CliRunner.InProcess(["search", "--db", db, "drone suppliers"]).StdoutLines.Single().Split('\t')[0]);
        Assert.Empty(CliRunner.InProcess(["search", "--db", db, "zanzibar"]).Stdout);
        var bad = CliRunner.InProcess(["search", "--db", db, "\"unclosed"]);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("\"unclosed", bad.Stderr);
    }

    [Fact]
    public void GdeltExportHasTheSixtyOneColumnsFilledWhereKnown()
    {
        var columns = SharedColumns("gdelt-events2-fields.csv");
        Assert.Equal(61, columns.Length);
        Assert.Equal(columns, Gdelt.EventColumns);
        using var dir = new TempDir();
        var db = Ingested(dir);
        var r = CliRunner.InProcess(["export", "--db", db, "--format", "gdelt"]);
        Assert.Equal(0, r.ExitCode);
        var rows = r.StdoutLines.Select(l => l.Split('\t')).ToArray();
        Assert.Equal(Counts(db)[Array.IndexOf(SqlCorpusStore.Tables, "corpus_events")], rows.Length);
        Assert.All(rows, row => Assert.Equal(columns.Length, row.Length));
        string Col(string[] row, string name) => row[Array.IndexOf(columns, name)];
        var moscow = rows.First(row => Col(row, "Actor1Code") == "RUSGOV" && Col(row, "Actor2Code") == "ARM");
        Assert.Equal(("20260306", "202603", "2026", "2026.2630"), (Col(moscow, "SQLDATE"), Col(moscow, "MonthYear"), Col(moscow, "Year"), Col(moscow, "FractionDate")));
        Assert.Equal(("036", "036", "03", "1", "4"), (Col(moscow, "EventCode"), Col(moscow, "EventBaseCode"), Col(moscow, "EventRootCode"), Col(moscow, "QuadClass"), Col(moscow, "GoldsteinScale")));
        Assert.Equal(("RUS", "GOV", "1", "1", "1"), (Col(moscow, "Actor1CountryCode"), Col(moscow, "Actor1Type1Code"), Col(moscow, "NumMentions"), Col(moscow, "NumSources"), Col(moscow, "NumArticles")));
        Assert.Equal(("Moscow", "55.7558", "37.6178"), (Col(moscow, "ActionGeo_FullName"), Col(moscow, "ActionGeo_Lat"), Col(moscow, "ActionGeo_Long")));
        Assert.StartsWith("https://", Col(moscow, "SOURCEURL"));
        Assert.Matches("^20[0-9]{12}$", Col(moscow, "DATEADDED"));
        // Tone is measured on ingest: every event of the examples has an AvgTone, a percentage.
        Assert.All(rows, row => Assert.InRange(double.Parse(Col(row, "AvgTone"), CultureInfo.InvariantCulture), -100, 100));
        Assert.All(rows, row => Assert.Equal(row[0], long.Parse(row[0]).ToString()));
    }

    [Fact]
    public void MentionsExportHasTheGdeltMentionColumnsOneLinePerMention()
    {
        var columns = SharedColumns("gdelt-mentions-fields.csv");
        Assert.Equal(columns, Gdelt.MentionColumns);
        using var dir = new TempDir();
        var db = Ingested(dir);
        var r = CliRunner.InProcess(["export", "--db", db, "--format", "mentions"]);
        Assert.Equal(0, r.ExitCode);
        var rows = r.StdoutLines.Select(l => l.Split('\t')).ToArray();
        Assert.Equal(Counts(db)[Array.IndexOf(SqlCorpusStore.Tables, "event_mentions")], rows.Length);
        Assert.All(rows, row => Assert.Equal(columns.Length, row.Length));
        var jsonl = CliRunner.InProcess(["export", "--db", db, "--format", "jsonl"]).StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var first = jsonl[0];
        var m = first.GetProperty("mentions")[0];
        var row0 = rows.First(row => row[0] == first.GetProperty("id").GetInt64().ToString());
        Assert.Equal((m.GetProperty("url").GetString(), (m.GetProperty("sentence").GetInt32() + 1).ToString(), m.GetProperty("start").GetInt32().ToString()),
            (row0[Array.IndexOf(columns, "MentionIdentifier")], row0[Array.IndexOf(columns, "SentenceID")], row0[Array.IndexOf(columns, "ActionCharOffset")]));
        Assert.Equal(m.GetProperty("documentTone").GetDouble(), double.Parse(row0[Array.IndexOf(columns, "MentionDocTone")], CultureInfo.InvariantCulture), 3);
        Assert.Equal(JsonValueKind.Number, first.GetProperty("avgTone").ValueKind);
    }

    [Fact]
    public void JsonlExportHasOneCorpusEventPerLineWithItsMentions()
    {
        using var dir = new TempDir();
        var db = Ingested(dir);
        var r = CliRunner.InProcess(["export", "--db", db, "--format", "jsonl"]);
        Assert.Equal(0, r.ExitCode);
        var events = r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(Counts(db)[Array.IndexOf(SqlCorpusStore.Tables, "corpus_events")], events.Length);
        Assert.All(events, e => Assert.Equal(e.GetProperty("numMentions").GetInt32(), e.GetProperty("mentions").GetArrayLength()));
        Assert.Contains("Arménie", r.Stdout); // non-ASCII unescaped
    }

    [Fact]
    public async Task ParquetExportReadsBackWithTheSameEvents()
    {
        using var dir = new TempDir();
        var db = Ingested(dir);
        var file = Path.Combine(dir.Path, "events.parquet");
        var r = CliRunner.InProcess(["export", "--db", db, "--format", "parquet", "-o", file]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"{Counts(db)[Array.IndexOf(SqlCorpusStore.Tables, "corpus_events")]} corpus events", r.Stderr);
        var read = await ParquetSerializer.DeserializeAsync<ParquetEvent>(file, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains("num_mentions", read.Schema.GetDataFields().Select(f => f.Name));
        var rows = read.Data;
        var jsonl = CliRunner.InProcess(["export", "--db", db, "--format", "jsonl"]).StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(jsonl.Length, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var e = jsonl[i];
            Assert.Equal(e.GetProperty("id").GetInt64(), rows[i].Id);
            Assert.Equal(e.GetProperty("cameo").GetString(), rows[i].Cameo);
            Assert.Equal(e.GetProperty("source").GetProperty("code").GetString(), rows[i].SourceCode);
            Assert.Equal(e.GetProperty("numMentions").GetInt32(), rows[i].NumMentions);
            Assert.Equal(e.GetProperty("avgTone").GetDouble(), rows[i].AvgTone);
        }
        Assert.Contains(rows, x => x.LocationName == "Moscow" && x.Lat is > 55 and < 56);
        var noFile = CliRunner.InProcess(["export", "--db", db, "--format", "parquet"]);
        Assert.Equal(2, noFile.ExitCode);
        Assert.Contains("-o FILE", noFile.Stderr);
    }

    [Fact]
    public void CodeWritesTheGdeltLayoutForTheAnalysedDocumentsEvents()
    {
        var r = CliRunner.InProcess(["code", "--format", "gdelt", Examples]);
        Assert.Equal(0, r.ExitCode);
        var rows = r.StdoutLines.Select(l => l.Split('\t')).ToArray();
        var events = CliRunner.InProcess(["code", "--format", "jsonl", Examples]).StdoutLines
            .Sum(l => JsonDocument.Parse(l).RootElement.GetProperty("events").GetArrayLength());
        Assert.Equal(events, rows.Length);
        Assert.All(rows, row => Assert.Equal(Gdelt.EventColumns.Length, row.Length));
        Assert.Equal(Enumerable.Range(1, rows.Length).Select(i => i.ToString()), rows.Select(row => row[0]));
    }

    [Fact]
    public void BadArgumentsAreClearErrorsNamingTheInput()
    {
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "missing.db");
        foreach (var args in new[] { new[] { "serve", "--db", missing }, ["search", "--db", missing, "x"], ["export", "--db", missing, "--format", "jsonl"] })
        {
            var r = CliRunner.InProcess(args);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains($"{missing}: no such store", r.Stderr);
        }
        var db = Ingested(dir);
        var bind = CliRunner.InProcess(["serve", "--db", db, "--bind", "example.org"]);
        Assert.Equal(2, bind.ExitCode);
        Assert.Contains("--bind 'example.org' is not an IP address", bind.Stderr);
        var port = CliRunner.InProcess(["serve", "--db", db, "--port", "70000"]);
        Assert.Equal(2, port.ExitCode);
        Assert.Contains("--port 70000", port.Stderr);
        var output = Path.Combine(dir.Path, "no-such-folder", "out.jsonl");
        var export = CliRunner.InProcess(["export", "--db", db, "--format", "jsonl", "-o", output]);
        Assert.Equal(2, export.ExitCode);
        Assert.Contains("no-such-folder", export.Stderr);
        Assert.Equal(2, CliRunner.InProcess(["export", "--db", db, "--format", "csv"]).ExitCode);
        var pg = CliRunner.InProcess(["search", "--db", "postgres://host:5432/", "x"]);
        Assert.Equal(2, pg.ExitCode);
        Assert.Contains("database name is missing", pg.Stderr);
    }
}
