namespace Vigie.Coding.Ontology;

/// <summary>A CAMEO event code with its Goldstein score, QuadClass and PLOVER 2.0 type and mode.</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, int Quad, string? Plover, string? PloverMode)
{
    public string Root => Code[..2];
}

/// <summary>The CAMEO code table (data/ontology/cameo.tsv): 312 codes, each mapped to PLOVER.</summary>
public sealed partial class CameoOntology
{
}
