using System.Text;

namespace Vigie.Text.Readers;

/// <summary>
/// Turns a file's bytes into text: UTF-8 (with or without a byte-order mark) or UTF-16 with its
/// mark. Anything else is refused with a reason: NUL bytes mean a binary file; bytes that are not
/// UTF-8 are located by line.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Decodes; on failure returns null and the reason (with the line when it is known).</summary>
    public static string? TryDecode(byte[] bytes, out string? error, out int errorLine)
    {
        error = null;
        errorLine = 0;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Decode(new UnicodeEncoding(false, false, true), bytes, 2, out error);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Decode(new UnicodeEncoding(true, false, true), bytes, 2, out error);
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        int nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            errorLine = LineOf(bytes, nul);
            error = "binary file (NUL bytes), not text";
            return null;
        }
        try { return StrictUtf8.GetString(bytes, start, bytes.Length - start); }
        catch (DecoderFallbackException e)
        {
            int at = start + Math.Max(0, e.Index);
            errorLine = LineOf(bytes, at);
            error = $"not valid UTF-8 (byte 0x{bytes[Math.Min(at, bytes.Length - 1)]:X2} at offset {at}); convert the file to UTF-8";
            return null;
        }
    }

    private static string? Decode(Encoding encoding, byte[] bytes, int start, out string? error)
    {
        error = null;
        try { return encoding.GetString(bytes, start, bytes.Length - start); }
        catch (DecoderFallbackException) { error = "not valid UTF-16 despite its byte-order mark"; return null; }
    }

    private static int LineOf(byte[] bytes, int offset)
    {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.Length; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
