namespace Vigie.Text.Readers;

/// <summary>
/// Reads the inputs of a command line, one document at a time and in order: JSON Lines files
/// (.jsonl, .ndjson), HTML files (.html, .htm), plain text files (any other name), directories
/// (recursively, in ordinal order of names, only .jsonl/.ndjson/.txt/.html/.htm files, hidden
/// entries skipped) and "-" for standard input (JSON Lines when it starts with '{', an HTML page
/// when it starts with '&lt;', else text).
/// </summary>
public static class DocumentSource
{
    private static readonly string[] DirectoryExtensions = [".jsonl", ".ndjson", ".txt", ".html", ".htm"];

    /// <param name="stdin">the stream "-" reads (standard input when null).</param>
    public static IEnumerable<InputItem> Read(IEnumerable<string> inputs, ReaderOptions options, Stream? stdin = null)
    {
        foreach (var input in inputs)
        {
            var items = input == "-" ? ReadStdin(stdin ?? Console.OpenStandardInput(), options)
                : Directory.Exists(input) ? ReadDirectory(input, options)
                : ReadFile(input, options);
            foreach (var item in items) yield return item;
        }
    }

    public static IEnumerable<InputItem> ReadFile(string path, ReaderOptions options)
    {
        if (!File.Exists(path)) return [InputItem.Fail(path, path, "no such file or directory")];
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".jsonl" or ".ndjson" => ReadJsonLinesFile(path, options),
            ".html" or ".htm" => [HtmlArticleReader.Read(path, options)],
            _ => [TextFileReader.Read(path, options)],
        };
    }

    private static IEnumerable<InputItem> ReadJsonLinesFile(string path, ReaderOptions options)
    {
        Stream stream;
        try { stream = File.OpenRead(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return [InputItem.Fail(path, path, $"cannot read: {e.Message}")]; }
        return ReadJsonLines(stream, path, options);
    }

    private static IEnumerable<InputItem> ReadJsonLines(Stream stream, string name, ReaderOptions options)
    {
        using (stream)
            foreach (var item in JsonLinesReader.Read(stream, name, options)) yield return item;
    }

    private static IEnumerable<InputItem> ReadDirectory(string dir, ReaderOptions options)
    {
        string[] entries;
        try { entries = Directory.EnumerateFileSystemEntries(dir).Order(StringComparer.Ordinal).ToArray(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return [InputItem.Fail(dir, dir, $"cannot list: {e.Message}")]; }
        // Hidden entries are skipped, and so are links to directories (a link to a parent would never end).
        return entries.Where(e => !Path.GetFileName(e).StartsWith('.')).SelectMany(entry =>
            Directory.Exists(entry) ? (new DirectoryInfo(entry).LinkTarget is null ? ReadDirectory(entry, options) : [])
            : DirectoryExtensions.Contains(Path.GetExtension(entry).ToLowerInvariant()) ? ReadFile(entry, options)
            : []);
    }

    private static IEnumerable<InputItem> ReadStdin(Stream stdin, ReaderOptions options)
    {
        // Look at the first bytes without losing them: JSON Lines when the first non-space is '{'.
        var head = new MemoryStream();
        int b;
        while ((b = stdin.ReadByte()) >= 0)
        {
            head.WriteByte((byte)b);
            if (b is not (' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF)) break;
        }
        var all = new ConcatStream(head.ToArray(), stdin);
        if (b == '{') return ReadJsonLines(all, "-", options);
        var bytes = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int n;
        while ((n = all.Read(buffer, 0, buffer.Length)) > 0)
        {
            bytes.Write(buffer, 0, n);
            if (bytes.Length > options.MaxDocumentBytes)
                return [InputItem.Fail("-", "-", $"standard input is over the {Limits.Describe(options.MaxDocumentBytes)} limit per document; skipped")];
        }
        var text = TextDecoder.TryDecode(bytes.ToArray(), out var error, out int line);
        if (text is null) return [InputItem.Fail("-", line > 0 ? $"-:{line}" : "-", error!)];
        return [b == '<' ? HtmlArticleReader.FromHtml("-", "-", text, options) : TextFileReader.FromText("-", "-", text, options)];
    }

    /// <summary>A read-only stream that returns bytes already taken from another stream, then the rest of it.</summary>
    private sealed class ConcatStream(byte[] head, Stream rest) : Stream
    {
        private int _pos;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_pos >= head.Length) return rest.Read(buffer, offset, count);
            int n = Math.Min(count, head.Length - _pos);
            Array.Copy(head, _pos, buffer, offset, n);
            _pos += n;
            return n;
        }

        protected override void Dispose(bool disposing) { if (disposing) rest.Dispose(); base.Dispose(disposing); }
    }
}
