using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Vigie.Coding.Evaluation;

/// <summary>
/// The value conversions of the reference scorer (<c>score.py</c>), on JSON values, made to give
/// the same strings and numbers as Python does: <c>str()</c>, <c>strip()</c>, truthiness,
/// <c>float()</c> parsing, <c>round(x, 4)</c>, <c>"%.3f"</c> and <c>repr(float)</c>.
/// A JSON value that is absent (<see cref="JsonValueKind.Undefined"/>) or null is Python's None.
/// </summary>
internal static class PyValues
{
    public static bool IsNone(JsonElement v) => v.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

    /// <summary><c>d.get(name)</c>: the member, or None when <paramref name="obj"/> is no object or lacks it.</summary>
    public static JsonElement Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? v : default;

    /// <summary><c>as_list</c>: None → [], a list → its items, anything else → [v].</summary>
    public static List<JsonElement> AsList(JsonElement v)
    {
        if (IsNone(v)) return [];
        if (v.ValueKind == JsonValueKind.Array) return v.EnumerateArray().ToList();
        return [v];
    }

    /// <summary><c>as_str</c>: None → "", else <c>str(v).strip()</c>.</summary>
    public static string AsStr(JsonElement v) => IsNone(v) ? "" : Strip(Str(v));

    /// <summary>Python's <c>str(v)</c> of a JSON value (None → "None").</summary>
    public static string Str(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => StringOf(v),
        JsonValueKind.Number => IsIntegerLiteral(v) ? BigInteger.Parse(v.GetRawText(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : FloatRepr(ParseDouble(v.GetRawText())),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Array => "[" + string.Join(", ", v.EnumerateArray().Select(Repr)) + "]",
        JsonValueKind.Object => "{" + string.Join(", ", v.EnumerateObject().Select(p => StrRepr(p.Name) + ": " + Repr(p.Value))) + "}",
        _ => "None",
    };

    private static string Repr(JsonElement v) => v.ValueKind == JsonValueKind.String ? StrRepr(StringOf(v)) : Str(v);

    /// <summary>A JSON string's value, lone surrogates (<c>\ud800</c>) kept as Python keeps them.</summary>
    public static string StringOf(JsonElement v)
    {
        try { return v.GetString()!; }
        catch (InvalidOperationException) { return Unescape(v.GetRawText()); }
    }

    private static string Unescape(string literal)
    {
        var b = new StringBuilder(literal.Length);
        for (int i = 1; i < literal.Length - 1; i++)
        {
            char c = literal[i];
            if (c != '\\') { b.Append(c); continue; }
            c = literal[++i];
            switch (c)
            {
                case 'n': b.Append('\n'); break;
                case 'r': b.Append('\r'); break;
                case 't': b.Append('\t'); break;
                case 'b': b.Append('\b'); break;
                case 'f': b.Append('\f'); break;
                case 'u': b.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16)); i += 4; break;
                default: b.Append(c); break;
            }
        }
        return b.ToString();
    }

    private static string StrRepr(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var b = new StringBuilder().Append(q);
        foreach (var c in s)
        {
            if (c == q || c == '\\') b.Append('\\').Append(c);
            else if (c == '\n') b.Append("\\n");
            else if (c == '\r') b.Append("\\r");
            else if (c == '\t') b.Append("\\t");
            else if (c < 0x20 || c == 0x7f) b.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else b.Append(c);
        }
        return b.Append(q).ToString();
    }

    /// <summary>Python's truthiness of a JSON value.</summary>
    public static bool Truthy(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => StringOf(v).Length > 0,
        JsonValueKind.Number => ParseDouble(v.GetRawText()) != 0,
        JsonValueKind.Array => v.GetArrayLength() > 0,
        JsonValueKind.Object => v.EnumerateObject().Any(),
        _ => false,
    };

    private static bool IsIntegerLiteral(JsonElement number) => number.GetRawText().IndexOfAny(['.', 'e', 'E']) < 0;

    /// <summary>The number literal that stands for Python's <c>NaN</c> (see <see cref="PythonLiterals"/>).</summary>
    internal const string NaNLiteral = "0e-77777";

    private static double ParseDouble(string s) =>
        s == NaNLiteral ? double.NaN : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// The line with the literals Python's json reads and standard JSON does not (<c>NaN</c>,
    /// <c>Infinity</c>, <c>-Infinity</c>) replaced, outside strings, by numbers that read the same
    /// here; null when there are none.
    /// </summary>
    public static string? PythonLiterals(string json)
    {
        var b = new StringBuilder(json.Length);
        bool inString = false, changed = false;
        for (int i = 0; i < json.Length; i++)
        {
            char c = json[i];
            if (inString)
            {
                if (c == '\\' && i + 1 < json.Length) { b.Append(c).Append(json[++i]); continue; }
                if (c == '"') inString = false;
                b.Append(c);
                continue;
            }
            if (c == '"') { inString = true; b.Append(c); continue; }
            foreach (var (token, number) in new[] { ("NaN", NaNLiteral), ("Infinity", "1e999"), ("-Infinity", "-1e999") })
            {
                if (string.CompareOrdinal(json, i, token, 0, token.Length) == 0)
                {
                    b.Append(number);
                    i += token.Length - 1;
                    changed = true;
                    goto next;
                }
            }
            b.Append(c);
        next:;
        }
        return changed ? b.ToString() : null;
    }

    /// <summary><c>as_int</c>: an int, an integral float, or a string of digits; else null (bools too).</summary>
    public static long? AsInt(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Number:
                if (IsIntegerLiteral(v)) return v.TryGetInt64(out var l) ? l : null;
                var d = ParseDouble(v.GetRawText());
                return double.IsFinite(d) && Math.Floor(d) == d && Math.Abs(d) < 9.2e18 ? (long)d : null;
            case JsonValueKind.String:
                var s = StringOf(v);
                int i = 0, n = s.Length;
                while (i < n && IsSpace(s[i])) i++;
                while (n > i && IsSpace(s[n - 1])) n--;
                bool neg = i < n && s[i] == '-';
                if (neg) i++;
                if (i >= n) return null;
                long value = 0;
                for (int k = i; k < n; k++)
                {
                    if (!char.IsDigit(s[k])) return null;
                    value = checked(value * 10 + (long)char.GetNumericValue(s[k]));
                }
                return neg ? -value : value;
            default:
                return null;
        }
    }

    /// <summary><c>as_number</c>: a number, or a string that <c>float()</c> reads once spaces are removed.</summary>
    public static double? AsNumber(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Number:
                return ParseDouble(v.GetRawText());
            case JsonValueKind.String:
                var s = Strip(StringOf(v)).Replace("\u202f", "").Replace("\u00a0", "").Replace(" ", "");
                return ParseFloat(s);
            default:
                return null;
        }
    }

    /// <summary>Python's <c>float(s)</c> (digits, underscores between digits, exponent, inf, nan), or null.</summary>
    public static double? ParseFloat(string s)
    {
        s = Strip(s);
        var t = s.TrimStart('+', '-');
        if (s.Length - t.Length > 1) return null;
        bool neg = s.StartsWith('-');
        switch (t.ToLowerInvariant())
        {
            case "inf" or "infinity": return neg ? double.NegativeInfinity : double.PositiveInfinity;
            case "nan": return double.NaN;
        }
        if (!System.Text.RegularExpressions.Regex.IsMatch(t, @"\A(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?\z"))
            return null;
        var d = ParseDouble(t.Replace("_", ""));
        return neg ? -d : d;
    }

    /// <summary>Python's <c>str.isspace()</c> for one character (also what <c>\s</c> and <c>strip()</c> use).</summary>
    public static bool IsSpace(char c) => c is >= '\t' and <= '\r' or >= '\x1c' and <= ' ' or '\x85' or '\xa0' or '\u1680'
        or >= '\u2000' and <= '\u200a' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';

    public static string Strip(string s)
    {
        int i = 0, n = s.Length;
        while (i < n && IsSpace(s[i])) i++;
        while (n > i && IsSpace(s[n - 1])) n--;
        return s.Substring(i, n - i);
    }

    /// <summary><c>s[:n]</c>, counting code points as Python does.</summary>
    public static string Head(string s, int n)
    {
        int i = 0;
        for (int k = 0; k < n && i < s.Length; k++) i += char.IsSurrogatePair(s, i) ? 2 : 1;
        return s.Substring(0, i);
    }

    public static int CodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i += char.IsSurrogatePair(s, i) ? 2 : 1) n++;
        return n;
    }

    /// <summary>Python's <c>str.isdigit()</c> (decimal digits; non-empty).</summary>
    public static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsDigit);

    /// <summary>Python's <c>str.upper()</c>.</summary>
    public static string Upper(string s) => s.ToUpperInvariant().Replace("ß", "SS");

    /// <summary>Python's <c>str.casefold()</c> (full case folding of the common cases).</summary>
    public static string CaseFold(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                case 'ß' or 'ẞ': b.Append("ss"); break;
                case 'ſ': b.Append('s'); break;
                case 'ς': b.Append('σ'); break;
                case 'İ': b.Append("i\u0307"); break;
                case 'µ': b.Append('μ'); break;
                case 'ϐ': b.Append('β'); break;
                case 'ϑ': b.Append('θ'); break;
                case 'ϕ': b.Append('φ'); break;
                case 'ϖ': b.Append('π'); break;
                case 'ϰ': b.Append('κ'); break;
                case 'ϱ': b.Append('ρ'); break;
                case 'ϵ': b.Append('ε'); break;
                case '\u0345' or '\u1fbe': b.Append('ι'); break;
                case 'ŉ': b.Append("ʼn"); break;
                case 'ﬀ': b.Append("ff"); break;
                case 'ﬁ': b.Append("fi"); break;
                case 'ﬂ': b.Append("fl"); break;
                case 'ﬃ': b.Append("ffi"); break;
                case 'ﬄ': b.Append("ffl"); break;
                case 'ﬅ' or 'ﬆ': b.Append("st"); break;
                default: b.Append(char.ToLowerInvariant(c)); break;
            }
        }
        return b.ToString();
    }

    /// <summary>Python's <c>repr(float)</c>: shortest round-trip digits, exponent form below 1e-4 and from 1e16.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        bool neg = r.StartsWith('-');
        if (neg) r = r[1..];
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0) { exp = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture); r = r[..e]; }
        int dot = r.IndexOf('.');
        string digits = dot < 0 ? r : r[..dot] + r[(dot + 1)..];
        int point = (dot < 0 ? r.Length : dot) + exp;   // value = 0.digits × 10^point
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; point--; }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) return (neg ? "-" : "") + "0.0";
        int sci = point - 1;  // value = d.ddd × 10^sci
        string body;
        if (sci < -4 || sci >= 16)
        {
            body = digits[..1] + (digits.Length > 1 ? "." + digits[1..] : "") + "e" + (sci < 0 ? "-" : "+") + Math.Abs(sci).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (point <= 0)
        {
            body = "0." + new string('0', -point) + digits;
        }
        else
        {
            var ip = digits.Length >= point ? digits[..point] : digits + new string('0', point - digits.Length);
            var fp = digits.Length > point ? digits[point..] : "0";
            body = ip + "." + fp;
        }
        return (neg ? "-" : "") + body;
    }

    /// <summary>
    /// The exact value of <paramref name="x"/> × 10^<paramref name="digits"/>, rounded half to even,
    /// as Python's <c>round</c> and <c>%f</c> do (on the binary value, not on its shortest decimal).
    /// </summary>
    private static BigInteger ScaledRound(double x, int digits)
    {
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent++; else mantissa |= 1L << 52;
        exponent -= 1075;  // |x| = mantissa × 2^exponent
        var num = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        if (exponent >= 0) return num << exponent;
        var den = BigInteger.One << -exponent;
        var q = BigInteger.DivRem(num, den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>Python's <c>"%.{digits}f" % x</c> for a finite number.</summary>
    public static string FormatFixed(double x, int digits)
    {
        if (!double.IsFinite(x)) return FloatRepr(x);
        var q = ScaledRound(x, digits).ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var s = digits == 0 ? q : q[..^digits] + "." + q[^digits..];
        return (x < 0 || (x == 0 && double.IsNegative(x)) ? "-" : "") + s;
    }

    /// <summary>Python's <c>round(x, digits)</c> for a finite number.</summary>
    public static double Round(double x, int digits) =>
        double.IsFinite(x) ? double.Parse(FormatFixed(x, digits), CultureInfo.InvariantCulture) : x;
}
