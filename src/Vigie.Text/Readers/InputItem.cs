using Vigie.Core;

namespace Vigie.Text.Readers;

/// <summary>
/// One input read from a source: a <see cref="Document"/>, or the reason it could not be read.
/// <see cref="Where"/> names the input for messages: "articles.jsonl:12", "page.html".
/// </summary>
public sealed record InputItem(string Id, string Where, Document? Document, string? Error)
{
    public bool IsError => Error is not null;

    /// <summary>A problem that did not stop the input from being read ("date '03-02-2009' ignored"), else null.</summary>
    public string? Warning { get; init; }

    /// <summary>Why a readable input was not analysed ("already stored, same content"), else null.</summary>
    public string? Skipped { get; init; }

    public static InputItem Ok(Document document, string where) => new(document.Id, where, document, null);

    public static InputItem Fail(string id, string where, string error) => new(id, where, null, error);

    /// <summary>The one-line diagnostic for standard error: "articles.jsonl:12: invalid JSON (...)".</summary>
    public string Message => $"{Where}: {Error}";
}

/// <summary>How readers read. Defaults: 20 MB per document, no overrides.</summary>
public sealed record ReaderOptions
{
    /// <summary>The largest document (file, or JSON line) read, in bytes; larger ones are refused unread.</summary>
    public long MaxDocumentBytes { get; init; } = 20L * 1024 * 1024;
    /// <summary>Overrides every document's date (--date).</summary>
    public PartialDate? Date { get; init; }
    /// <summary>Overrides every document's language (--lang).</summary>
    public string? Lang { get; init; }
    public ReaderLexicon Lexicon { get; init; } = ReaderLexicon.Default;

    internal Document Finish(Document d)
    {
        if (Date is not null) d.Date = Date;
        if (Lang is not null) d.Lang = Lang;
        d.Source ??= HostOf(d.Url);
        return d;
    }

    /// <summary>The host of a url, without "www.": "https://www.lemonde.fr/x" → "lemonde.fr".</summary>
    public static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
