using Vigie.Core.Data;

namespace Vigie.Coding.Ontology;

/// <summary>A CAMEO event code with its Goldstein score, QuadClass and PLOVER 2.0 type and mode.</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, int Quad, string? Plover, string? PloverMode)
{
    public string Root => Code[..2];
}

/// <summary>
/// The CAMEO code table (data/ontology/cameo.tsv, built by tools/ontology/build_cameo.py): every
/// code with its name, Goldstein score, QuadClass (1 verbal cooperation … 4 material conflict)
/// and PLOVER type ("none" for statements, which PLOVER does not code).
/// </summary>
public sealed class CameoOntology
{
    private readonly Dictionary<string, CameoCode> _codes;

    public IReadOnlyCollection<CameoCode> All => _codes.Values;

    private CameoOntology(Dictionary<string, CameoCode> codes) => _codes = codes;

    private static readonly Lazy<CameoOntology> _default = new(() => Load(DataDirectory.Path("ontology", "cameo.tsv")));

    public static CameoOntology Default => _default.Value;

    public CameoCode? Find(string code) => _codes.GetValueOrDefault(code);

    public bool Contains(string code) => _codes.ContainsKey(code);

    public static CameoOntology Load(string path)
    {
        var file = DataFile.Load(path, "code", "name", "goldstein", "quad", "plover");
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var code = row["code"];
            if (code.Length is < 2 or > 4 || !code.All(char.IsDigit)) throw row.Error($"'{code}' is not a CAMEO code (2 to 4 digits)", "ONT001");
            int quad = (int)(row.Number("quad") ?? 0);
            if (quad is < 1 or > 4) throw row.Error($"quad must be 1 to 4, not {quad}", "ONT002");
            var plover = row["plover"];
            var entry = new CameoCode(code, row["name"], row.Number("goldstein")!.Value, quad,
                plover == "none" ? null : plover, row.Optional("plover_mode"));
            if (!codes.TryAdd(code, entry)) throw row.Error($"duplicate code '{code}'", "ONT003");
        }
        foreach (var code in codes.Keys)
            if (code.Length > 2 && !codes.ContainsKey(code[..2])) throw new DataFileException("ONT004", path, 0, $"code {code} has no root {code[..2]}");
        return new CameoOntology(codes);
    }
}
