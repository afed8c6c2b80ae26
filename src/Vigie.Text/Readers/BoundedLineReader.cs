using System.Text;

namespace Vigie.Text.Readers;

/// <summary>
/// Reads lines of UTF-8 bytes from a stream without ever holding more than a bound: a longer line
/// is skipped to its end and reported as too long, so a huge one-line file cannot fill memory.
/// Each line is decoded on its own, so a line with bad bytes is reported with its number and the
/// following lines are still read.
/// </summary>
public sealed class BoundedLineReader(Stream stream, long maxBytes)
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _pos, _len;
    private readonly MemoryStream _line = new();

    /// <summary>The 1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    public enum Status { Ok, TooLong, NotUtf8 }

    /// <summary>Reads the next line; false at the end of the stream.</summary>
    public bool TryReadLine(out string line, out Status status)
    {
        _line.SetLength(0);
        line = "";
        status = Status.Ok;
        bool any = false;
        while (true)
        {
            if (_pos == _len)
            {
                _len = stream.Read(_buffer, 0, _buffer.Length);
                _pos = 0;
                if (_len == 0) { if (!any) return false; break; }
            }
            any = true;
            int nl = Array.IndexOf(_buffer, (byte)'\n', _pos, _len - _pos);
            int end = nl < 0 ? _len : nl;
            if (status != Status.TooLong)
            {
                if (_line.Length + (end - _pos) > maxBytes) { status = Status.TooLong; _line.SetLength(0); }
                else _line.Write(_buffer, _pos, end - _pos);
            }
            _pos = nl < 0 ? _len : nl + 1;
            if (nl >= 0) break;
        }
        LineNumber++;
        if (status == Status.TooLong) return true;
        var bytes = _line.GetBuffer().AsSpan(0, (int)_line.Length);
        if (LineNumber == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.Length > 0 && bytes[^1] == '\r') bytes = bytes[..^1];
        try { line = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { status = Status.NotUtf8; }
        return true;
    }
}
