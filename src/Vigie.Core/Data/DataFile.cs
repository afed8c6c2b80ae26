using System.Text;

namespace Vigie.Core.Data;

/// <summary>A data file error, always naming the file and line: "LEX012 data/lang/fr/months.tsv:14: duplicate key 'sept.'".</summary>
public sealed class DataFileException(string code, string path, int line, string message)
    : Exception($"{code} {path}:{line}: {message}")
{
    public string Code { get; } = code;
    public string Path { get; } = path;
    public int Line { get; } = line;
}

/// <summary>One row of a data file; cells are looked up by column name.</summary>
public sealed class DataRow
{
    private readonly DataFile _file;
    private readonly string[] _cells;

    internal DataRow(DataFile file, int line, string[] cells) { _file = file; Line = line; _cells = cells; }

    public int Line { get; }

    /// <summary>The cell of a required column; an empty cell is an error.</summary>
    public string this[string column]
    {
        get
        {
            var v = Optional(column);
            return string.IsNullOrEmpty(v) ? throw Error($"column '{column}' is empty") : v;
        }
    }

    /// <summary>The cell of a column, or null when the column is absent or the cell empty.</summary>
    public string? Optional(string column)
    {
        int i = _file.ColumnIndex(column);
        if (i < 0 || i >= _cells.Length) return null;
        var v = _cells[i].Trim();
        return v.Length == 0 ? null : v;
    }

    /// <summary>A cell split on '|' into trimmed non-empty values (empty array when absent).</summary>
    public string[] List(string column) =>
        Optional(column)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public double? Number(string column)
    {
        var v = Optional(column);
        if (v is null) return null;
        return double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d : throw Error($"column '{column}': '{v}' is not a number");
    }

    public DataFileException Error(string message, string code = "DATA002") => new(code, _file.Path, Line, message);
}

/// <summary>
/// Vigie's tab-separated data format. Lines starting with '#' are comments; "# key: value"
/// comments before the header are metadata, and every file must name its <c>source</c> and
/// <c>licence</c>. The first other line names the columns; each following non-empty line is a
/// row. Errors name the file and the line.
/// </summary>
public sealed class DataFile
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    public string Path { get; }
    public IReadOnlyDictionary<string, string> Metadata { get; }
    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<DataRow> Rows { get; }

    private DataFile(string path, Dictionary<string, string> metadata, string[] columns, List<(int, string[])> rows)
    {
        Path = path;
        Metadata = metadata;
        Columns = columns;
        for (int i = 0; i < columns.Length; i++) _columns[columns[i]] = i;
        Rows = rows.Select(r => new DataRow(this, r.Item1, r.Item2)).ToArray();
    }

    internal int ColumnIndex(string column) => _columns.TryGetValue(column, out var i) ? i : -1;

    /// <summary>Loads a file and checks that it has the required columns and metadata.</summary>
    /// <exception cref="DataFileException">the file is missing, malformed or lacks a column.</exception>
    public static DataFile Load(string path, params string[] requiredColumns)
    {
        if (!File.Exists(path)) throw new DataFileException("DATA001", path, 0, "file not found");
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        return Parse(path, reader, requiredColumns);
    }

    public static DataFile Parse(string path, TextReader reader, params string[] requiredColumns)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string[]? columns = null;
        var rows = new List<(int, string[])>();
        int lineNo = 0;
        string? line;
        try
        {
            while ((line = reader.ReadLine()) is not null)
            {
                lineNo++;
                if (line.Length == 0 || line.Trim().Length == 0) continue;
                if (line.StartsWith('#'))
                {
                    if (columns is null)
                    {
                        int colon = line.IndexOf(':');
                        if (colon > 1)
                        {
                            var key = line[1..colon].Trim();
                            if (key.Length > 0 && !key.Contains(' ')) metadata[key] = line[(colon + 1)..].Trim();
                        }
                    }
                    continue;
                }
                var cells = line.Split('\t');
                if (columns is null)
                {
                    columns = cells.Select(c => c.Trim()).ToArray();
                    var dup = columns.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
                    if (dup is not null) throw new DataFileException("DATA003", path, lineNo, $"column '{dup.Key}' named twice");
                    foreach (var req in requiredColumns)
                        if (!columns.Contains(req))
                            throw new DataFileException("DATA004", path, lineNo, $"missing column '{req}' (have: {string.Join(", ", columns)})");
                    continue;
                }
                if (cells.Length > columns.Length)
                    throw new DataFileException("DATA005", path, lineNo, $"{cells.Length} cells for {columns.Length} columns");
                rows.Add((lineNo, cells));
            }
        }
        catch (DecoderFallbackException)
        {
            throw new DataFileException("DATA006", path, lineNo + 1, "not valid UTF-8");
        }
        if (columns is null) throw new DataFileException("DATA007", path, lineNo, "no header line");
        foreach (var key in new[] { "source", "licence" })
            if (!metadata.ContainsKey(key))
                throw new DataFileException("DATA008", path, 1, $"missing '# {key}: ...' line before the header");
        return new DataFile(path, metadata, columns, rows);
    }
}
