using Vigie.Core;
using Vigie.Core.Data;

namespace Vigie.Text.Stages;

/// <summary>
/// Decides a document's language (French or English) when it was not given, by counting each
/// language's frequent function words (data/lang/xx/stopwords.tsv) in its first words.
/// </summary>
public sealed class LanguageStage : IDocumentStage
{
    public static readonly string[] Supported = ["fr", "en"];
    private const int SampleWords = 400;
    private readonly Dictionary<string, HashSet<string>> _stopwords = new();

    public LanguageStage()
    {
        foreach (var lang in Supported)
            _stopwords[lang] = DataFile.Load(DataDirectory.Lang(lang, "stopwords.tsv"), "word").Rows
                .Select(r => TextNormalizer.Norm(r["word"])).ToHashSet();
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
        var scores = Supported.ToDictionary(l => l, _ => 0);
        int words = 0;
        foreach (var range in text.SplitAny(" \n\t\r\u00A0,.;:!?()«»\"“”"))
        {
            var word = text[range];
            if (word.IsEmpty) continue;
            var w = TextNormalizer.Norm(word.ToString());
            int apostrophe = w.IndexOf('\'');
            if (apostrophe > 0 && apostrophe < 3) scores["fr"]++;   // l', d', qu' are French
            foreach (var lang in Supported) if (_stopwords[lang].Contains(w)) scores[lang]++;
            if (++words >= SampleWords) break;
        }
        return scores["en"] > scores["fr"] ? "en" : "fr";
    }
}
