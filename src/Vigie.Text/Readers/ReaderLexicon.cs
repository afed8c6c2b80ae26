using Vigie.Core.Data;

namespace Vigie.Text.Readers;

/// <summary>
/// The words readers need to tell an article from its page: metadata field names that may open a
/// scraped text file (data/readers/metadata-fields.tsv) and page furniture (data/readers/furniture.tsv).
/// </summary>
public sealed class ReaderLexicon
{
    private readonly Dictionary<string, string> _fields;
    private readonly HashSet<string> _lines;
    private readonly string[] _prefixes;
    private readonly HashSet<string> _classes;

    /// <summary>Field names, longest first, so that "published on" wins over "published".</summary>
    public IReadOnlyList<string> FieldNames { get; }

    private ReaderLexicon(Dictionary<string, string> fields, HashSet<string> lines, string[] prefixes, HashSet<string> classes)
    {
        _fields = fields; _lines = lines; _prefixes = prefixes; _classes = classes;
        FieldNames = fields.Keys.OrderByDescending(k => k.Length).ToArray();
    }

    private static readonly Lazy<ReaderLexicon> _default = new(() => Load(DataDirectory.Path("readers")));

    public static ReaderLexicon Default => _default.Value;

    public static ReaderLexicon Load(string folder)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] known = ["date", "title", "url", "source", "lang"];
        foreach (var row in DataFile.Load(Path.Combine(folder, "metadata-fields.tsv"), "name", "field").Rows)
        {
            var field = row["field"];
            if (!known.Contains(field)) throw row.Error($"unknown field '{field}' (known: {string.Join(", ", known)})", "RDR001");
            if (!fields.TryAdd(TextNormalizer.Fold(row["name"]), field)) throw row.Error($"name '{row["name"]}' listed twice", "RDR002");
        }
        var lines = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(Path.Combine(folder, "furniture.tsv"), "text", "kind").Rows)
        {
            var text = TextNormalizer.Fold(row["text"]);
            switch (row["kind"])
            {
                case "line": lines.Add(text); break;
                case "prefix": prefixes.Add(text); break;
                case "class": classes.Add(text); break;
                default: throw row.Error($"kind must be line, prefix or class, not '{row["kind"]}'", "RDR003");
            }
        }
        return new ReaderLexicon(fields, lines, [.. prefixes], classes);
    }

    /// <summary>The field ("date", "title", ...) a folded name stands for, or null.</summary>
    public string? Field(string foldedName) => _fields.GetValueOrDefault(foldedName);

    /// <summary>True when a line or paragraph is page furniture ("Publicité", "Lire aussi : ...").</summary>
    public bool IsFurniture(string text)
    {
        var t = TextNormalizer.Fold(CollapseSpaces(text)).TrimEnd('.', '!', '…', ' ', '>', '›', '»');
        if (t.Length == 0) return false;
        if (_lines.Contains(t)) return true;
        foreach (var p in _prefixes) if (t.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when every word of a short text is page furniture ("Publicité Partager").</summary>
    public bool IsAllFurniture(string text)
    {
        if (IsFurniture(text)) return true;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => _lines.Contains(TextNormalizer.Fold(w).TrimEnd('.', ':', '!')));
    }

    /// <summary>True when an HTML class or id names page furniture: "share-buttons", "ad_slot", "related".</summary>
    public bool IsFurnitureClass(string classOrId)
    {
        foreach (var word in classOrId.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.ToLowerInvariant();
            if (_classes.Contains(w)) return true;
            foreach (var part in w.Split('-', '_'))
                if (_classes.Contains(part)) return true;
        }
        return false;
    }

    internal static string CollapseSpaces(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
