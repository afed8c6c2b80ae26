using Vigie.Core;

namespace Vigie.Text.Readers;

/// <summary>
/// Reads a plain-text article: the whole decoded file is <see cref="Document.Text"/> (offsets refer
/// to it); a metadata header (<see cref="MetadataHeader"/>) sets date, title, url, source and
/// language, and the body starts after it.
/// </summary>
public static class TextFileReader
{
    public static InputItem Read(string path, ReaderOptions options)
    {
        if (!FileBytes.TryRead(path, options, out var bytes, out var error)) return InputItem.Fail(path, path, error!);
        var text = TextDecoder.TryDecode(bytes!, out error, out int line);
        if (text is null) return InputItem.Fail(path, line > 0 ? $"{path}:{line}" : path, error!);
        return FromText(path, path, text, options);
    }

    /// <summary>Builds a document from decoded text (a file's, or standard input's).</summary>
    public static InputItem FromText(string id, string where, string text, ReaderOptions options)
    {
        if (string.IsNullOrWhiteSpace(text)) return InputItem.Fail(id, where, "empty text");
        var header = MetadataHeader.Parse(text, options.Lexicon);
        int end = text.Length;
        while (end > header.BodyStart && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= header.BodyStart) return InputItem.Fail(id, where, "no article text after the metadata lines");
        var doc = new Document
        {
            Id = id, Text = text, Body = TextSpan.FromBounds(header.BodyStart, end),
            Date = header.Date, Title = header.Title, Url = header.Url, Source = header.Source, Lang = header.Lang,
        };
        return InputItem.Ok(options.Finish(doc), where);
    }
}

/// <summary>Reads a whole file after checking its size, so that an oversized file is never loaded.</summary>
internal static class FileBytes
{
    public static bool TryRead(string path, ReaderOptions options, out byte[]? bytes, out string? error)
    {
        bytes = null;
        error = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) { error = "no such file"; return false; }
            if (info.Length > options.MaxDocumentBytes)
            {
                error = $"file is {info.Length} bytes, over the {Limits.Describe(options.MaxDocumentBytes)} limit per document; skipped";
                return false;
            }
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read: {e.Message}";
            return false;
        }
    }
}
