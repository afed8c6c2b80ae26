using Vigie.Core;
using Vigie.Core.Data;

namespace Vigie.Text.Stages;

/// <summary>
/// Decides a document's language (French or English) when it was not given, by counting each
/// language's frequent function words (data/lang/xx/stopwords.tsv) in its first words; when they
/// tie (short texts, headlines), by typical word endings and letters (language-signals.tsv).
/// </summary>
public sealed class LanguageStage : IDocumentStage
{
    public static readonly string[] Supported = ["fr", "en"];
    private const int SampleWords = 400;
    private readonly Dictionary<string, HashSet<string>> _stopwords = new();
    private readonly Dictionary<string, (string[] Suffixes, string Letters)> _signals = new();

    public LanguageStage()
    {
        foreach (var lang in Supported)
            _stopwords[lang] = DataFile.Load(DataDirectory.Lang(lang, "stopwords.tsv"), "word").Rows
                .Select(r => TextNormalizer.Norm(r["word"])).ToHashSet(StringComparer.Ordinal);
        foreach (var lang in Supported)
        {
            var file = DataFile.Load(DataDirectory.Lang(lang, "language-signals.tsv"), "kind", "form");
            var suffixes = new List<string>();
            var letters = new System.Text.StringBuilder();
            foreach (var row in file.Rows)
            {
                var form = TextNormalizer.Norm(row["form"]);
                switch (row["kind"])
                {
                    case "suffix": suffixes.Add(form); break;
                    case "letter" when form.Length == 1: letters.Append(form); break;
                    default: throw row.Error($"kind '{row["kind"]}' must be suffix or letter (one character)", "LNG001");
                }
            }
            _signals[lang] = (suffixes.ToArray(), letters.ToString());
        }
    }

    public string Name => "language";
    public Layers Requires => Layers.Text;
    public Layers Provides => Layers.Language;

    public void Process(Document document)
    {
        if (document.Lang is not null && Supported.Contains(document.Lang)) return;
        document.Lang = Detect(document.Text.AsSpan(document.Body.Start, document.Body.Length));
    }

    public string Detect(ReadOnlySpan<char> text)
    {
        // Counts per language, in the order of Supported (no dictionaries per document).
        Span<int> scores = stackalloc int[Supported.Length];
        Span<int> signals = stackalloc int[Supported.Length];
        Span<char> buffer = stackalloc char[64];
        int fr = Array.IndexOf(Supported, "fr"), en = Array.IndexOf(Supported, "en");
        int words = 0;
        foreach (var range in text.SplitAny(" \n\t\r\u00A0,.;:!?()«»\"“”"))
        {
            var word = text[range];
            if (word.IsEmpty) continue;
            // The normal form, in a stack buffer for ordinary words (a string only for very long ones).
            scoped ReadOnlySpan<char> w;
            if (word.Length <= buffer.Length) { TextNormalizer.Norm(word, buffer); w = buffer[..word.Length]; }
            else w = TextNormalizer.Norm(word);
            int apostrophe = w.IndexOf('\'');
            if (apostrophe > 0 && apostrophe < 3) scores[fr]++;   // l', d', qu' are French
            for (int l = 0; l < Supported.Length; l++)
            {
                var lang = Supported[l];
                if (_stopwords[lang].GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) scores[l]++;
                var (suffixes, letters) = _signals[lang];
                foreach (var suffix in suffixes)
                    if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal)) { signals[l]++; break; }
                if (w.IndexOfAny(letters) >= 0) signals[l]++;
            }
            if (++words >= SampleWords) break;
        }
        if (scores[en] == scores[fr]) return signals[en] > signals[fr] ? "en" : "fr";
        return scores[en] > scores[fr] ? "en" : "fr";
    }
}
