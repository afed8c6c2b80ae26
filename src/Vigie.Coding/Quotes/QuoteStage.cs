using Vigie.Coding.Lexicon;
using Vigie.Core;

namespace Vigie.Coding.Quotes;

/// <summary>
/// Adds <see cref="Document.Quotes"/>: direct and indirect quotations with their speakers
/// (<see cref="QuoteRecognizer"/>). Speech verbs are recognised in every form through the
/// <see cref="VerbLexicon"/>, in which the stage registers the lemmas of quote-verbs.tsv. Runs
/// after the entity stage when there is one, so that speakers carry their full name and actor code.
/// </summary>
public sealed class QuoteStage : IDocumentStage
{
    /// <summary>
    /// Per language whose speech verbs are registered, the speech lemma of each of their forms: read
    /// without a lock (once per document), written under one.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, string>> _registered = new();

    /// <summary>When false, only direct quotes (in quotation marks) are kept.</summary>
    public bool Indirect { get; init; } = true;

    public string Name => "quotes";
    public Layers Requires => Layers.Language | Layers.Tokens | Layers.Sentences;
    public Layers Provides => Layers.Quotes;

    public void Process(Document document)
    {
        document.Quotes.Clear();
        if (document.Lang is null) return;
        var lexicon = QuoteLexicon.For(document.Lang);
        var quotes = new QuoteRecognizer(lexicon, SpeechLemmas(document.Lang, lexicon)).Recognize(document);
        document.Quotes.AddRange(Indirect ? quotes : quotes.Where(q => q.Kind == "direct"));
    }

    /// <summary>
    /// The speech lemma of each form of a speech verb: the first of the form's analyses in the
    /// language's <see cref="VerbLexicon"/> whose lemma is in <see cref="QuoteLexicon.Verbs"/>. Every
    /// speech-verb lemma is registered in the verb lexicon first (once per language). Later
    /// registrations (other lemmas) only append analyses to a form, after its speech lemma, so the
    /// table stays what <see cref="VerbLexicon.Analyze"/> would answer.
    /// </summary>
    public static Dictionary<string, string> SpeechLemmas(string lang, QuoteLexicon lexicon)
    {
        if (_registered.TryGetValue(lang, out var table)) return table;
        lock (_registered)
        {
            if (_registered.TryGetValue(lang, out table)) return table;
            var verbs = VerbLexicon.For(lang);
            foreach (var lemma in lexicon.Verbs) verbs.Register(lemma);
            table = new Dictionary<string, string>(StringComparer.Ordinal);
            // A form carries a speech lemma only as a form of that lemma: the forms of the speech lemmas are all there is to read.
            foreach (var lemma in lexicon.Verbs)
                foreach (var form in verbs.FormsOf(lemma))
                    if (!table.ContainsKey(form))
                        foreach (var analysis in verbs.Analyze(form))
                            if (lexicon.Verbs.Contains(analysis.Lemma)) { table[form] = analysis.Lemma; break; }
            _registered[lang] = table;   // published once every lemma is registered
            return table;
        }
    }
}
