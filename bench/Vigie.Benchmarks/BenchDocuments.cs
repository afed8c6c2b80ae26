using Vigie.Core;
using Vigie.Text.Readers;

namespace Vigie.Benchmarks;

/// <summary>
/// The fixed document set of the benchmarks: every readable input of examples/ (.jsonl, .txt,
/// .html) and, when present, the shared eval inputs ../shared/eval/*.jsonl (answer files
/// *.gold.jsonl left out), in a fixed order.
/// </summary>
public static class BenchDocuments
{
    /// <summary>The repository root: the first folder above the program (or the current folder) holding Vigie.sln.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Vigie.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException(
            $"Vigie.sln was not found above {AppContext.BaseDirectory} nor {Directory.GetCurrentDirectory()}: run the benchmarks from the repository");
    }

    /// <summary>The input files, and a note on the shared eval folder (used or absent).</summary>
    public static (List<string> Inputs, string Note) Inputs(string root)
    {
        var inputs = new List<string> { Path.Combine(root, "examples") };
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval"));
        if (!Directory.Exists(shared)) return (inputs, $"{shared} not found: examples/ only");
        var files = Directory.GetFiles(shared, "*.jsonl")
            .Where(f => !f.EndsWith(".gold.jsonl", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        inputs.AddRange(files);
        return (inputs, $"{files.Count} shared eval input file(s) from {shared}");
    }

    public static List<Document> Load()
    {
        var root = RepositoryRoot();
        // The stages find data/ by walking up from the current folder; BenchmarkDotNet runs them elsewhere.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("VIGIE_DATA")))
            Environment.SetEnvironmentVariable("VIGIE_DATA", Path.Combine(root, "data"));
        var (inputs, note) = Inputs(root);
        Console.WriteLine($"// Vigie.Benchmarks: {note}");
        var docs = new List<Document>();
        foreach (var item in DocumentSource.Read(inputs, new ReaderOptions()))
        {
            if (item.Document is { } d) docs.Add(d);
            else Console.WriteLine($"// Vigie.Benchmarks: skipped {item.Where}: {item.Message}");
        }
        if (docs.Count == 0) throw new InvalidOperationException($"no documents read from {string.Join(", ", inputs)}");
        return docs;
    }

    /// <summary>A fresh copy carrying only what the readers give (text, language, date, body).</summary>
    public static Document Fresh(Document d) => new()
    {
        Id = d.Id, Text = d.Text, Lang = d.Lang, Date = d.Date, Title = d.Title, Url = d.Url, Source = d.Source, Body = d.Body,
    };
}
