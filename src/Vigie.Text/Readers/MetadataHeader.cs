using Vigie.Core;

namespace Vigie.Text.Readers;

/// <summary>
/// The metadata lines that may open a scraped plain-text article: " date 2023-10 Publicité",
/// "Titre : Kim à Moscou", "url https://...". They set the document's fields and are left out
/// of its <see cref="Document.Body"/>; page furniture on them or between them is skipped too.
/// </summary>
public sealed record MetadataHeader(int BodyStart, PartialDate? Date, string? Title, string? Url, string? Source, string? Lang)
{
    /// <summary>
    /// Reads the leading lines of <paramref name="text"/>. A line is metadata when it starts with a
    /// known field name and its value is valid for the field (a date, a url, a language code); a
    /// title or source needs a ':' or a tab after its name unless an earlier line was metadata.
    /// The body starts at the first line that is neither metadata, nor furniture, nor blank.
    /// </summary>
    public static MetadataHeader Parse(string text, ReaderLexicon lexicon)
    {
        PartialDate? date = null;
        string? title = null, url = null, source = null, lang = null;
        bool seen = false;
        int pos = 0;
        while (pos < text.Length)
        {
            int eol = text.IndexOf('\n', pos);
            int next = eol < 0 ? text.Length : eol + 1;
            var line = text[pos..(eol < 0 ? text.Length : eol)].Trim();
            if (line.Length == 0 || line == "\uFEFF") { pos = next; continue; }
            if (lexicon.IsAllFurniture(line)) { pos = next; continue; }
            if (!TryField(line, lexicon, seen, out var field, out var value)) break;
            switch (field)
            {
                case "date": date = ParseDate(FirstWord(value)); break;
                case "title": title = StripFurniture(value, lexicon); break;
                case "url": url = FirstWord(value); break;
                case "source": source = StripFurniture(value, lexicon); break;
                case "lang": lang = FirstWord(value).ToLowerInvariant(); break;
            }
            seen = true;
            pos = next;
        }
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
        return new MetadataHeader(pos, date, title, url, source, lang);
    }

    private static bool TryField(string line, ReaderLexicon lexicon, bool seen, out string field, out string value)
    {
        field = value = "";
        var folded = TextNormalizer.Fold(line);
        foreach (var name in lexicon.FieldNames)
        {
            if (!folded.StartsWith(name, StringComparison.Ordinal) || folded.Length == name.Length) continue;
            var rest = line[name.Length..];
            char sep = rest[0];
            if (sep != ':' && sep != '\t' && sep != ' ' && sep != '=') continue;
            bool marked = rest.TrimStart(' ').StartsWith(':') || sep is '\t' or '=';
            value = rest.TrimStart(' ', '\t', ':', '=').Trim();
            if (value.Length == 0) continue;
            field = lexicon.Field(name)!;
            bool valid = field switch
            {
                "date" => ParseDate(FirstWord(value)) is not null,
                "url" => Uri.TryCreate(FirstWord(value), UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https"),
                "lang" => FirstWord(value).Length is 2 or 3 && FirstWord(value).All(char.IsLetter),
                _ => marked || seen,
            };
            if (valid) return true;
        }
        return false;
    }

    /// <summary>An ISO date of any precision ("2023-10", "2023-10-13T09:30") or a day written 13/10/2023 or 13.10.2023.</summary>
    public static PartialDate? ParseDate(string s)
    {
        if (PartialDate.TryParse(s, out var iso)) return iso;
        var parts = s.Split('/', '.');
        if (parts.Length == 3 && parts[0].Length is 1 or 2 && parts[1].Length is 1 or 2 && parts[2].Length == 4
            && int.TryParse(parts[0], out int day) && int.TryParse(parts[1], out int month) && int.TryParse(parts[2], out int year)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new PartialDate(year, month, day);
        return null;
    }

    private static string FirstWord(string value)
    {
        int i = value.IndexOfAny([' ', '\t']);
        return i < 0 ? value : value[..i];
    }

    /// <summary>Drops furniture words from the end of a value: "Kim à Moscou Publicité" → "Kim à Moscou".</summary>
    private static string? StripFurniture(string value, ReaderLexicon lexicon)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && lexicon.IsFurniture(words[^1])) words.RemoveAt(words.Count - 1);
        var v = string.Join(' ', words);
        return v.Length == 0 ? null : v;
    }
}
