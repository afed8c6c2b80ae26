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
    /// <summary>Languages whose speech verbs are registered: read without a lock (once per document), written under one.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _registered = new();

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
        var verbs = VerbsOf(document.Lang, lexicon);
        // Most words are no verb form: they get the empty list without a Select iterator per token.
        var quotes = new QuoteRecognizer(lexicon, norm => verbs.Analyze(norm) is { Count: > 0 } forms ? forms.Select(f => f.Lemma) : []).Recognize(document);
        document.Quotes.AddRange(Indirect ? quotes : quotes.Where(q => q.Kind == "direct"));
    }

    /// <summary>The language's verb lexicon with every speech-verb lemma registered (once per language).</summary>
    private static VerbLexicon VerbsOf(string lang, QuoteLexicon lexicon)
    {
        var verbs = VerbLexicon.For(lang);
        if (_registered.ContainsKey(lang)) return verbs;
        lock (_registered)
        {
            if (!_registered.ContainsKey(lang))
            {
                foreach (var lemma in lexicon.Verbs) verbs.Register(lemma);
                _registered[lang] = true;   // published once every lemma is registered
            }
        }
        return verbs;
    }
}
