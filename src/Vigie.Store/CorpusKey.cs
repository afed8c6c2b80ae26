namespace Vigie.Store;

/// <summary>
/// What makes events of different documents one corpus event: the same source actor code, target
/// actor code, CAMEO code and date at its precision ("2023-10" and "2023-10-13" stay apart: we do
/// not know they are the same day). An actor with no code is known only by its words, lowercased,
/// so that two unresolved actors merge only when the texts name them alike.
/// </summary>
public static class CorpusKey
{
    public static string Of(string? sourceCode, string? sourceText, string? targetCode, string? targetText, string cameo, string? date) =>
        $"{Actor(sourceCode, sourceText)}|{Actor(targetCode, targetText)}|{cameo}|{date}";

    private static string Actor(string? code, string? text) =>
        code ?? (text is null ? "" : "~" + text.ToLowerInvariant());
}
