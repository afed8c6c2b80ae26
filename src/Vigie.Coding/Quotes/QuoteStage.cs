using Vigie.Core;

namespace Vigie.Coding.Quotes;

/// <summary>
/// Adds <see cref="Document.Quotes"/>: direct and indirect quotations with their speakers
/// (<see cref="QuoteRecognizer"/>). Runs after the entity stage when there is one, so that
/// speakers carry their full name and actor code.
/// </summary>
public sealed class QuoteStage : IDocumentStage
{
    private readonly Func<string, Func<string, string?>?> _lemmatizer;

    /// <param name="lemmatizer">Gives, for a language, a verb lemmatiser over token Norms (the verb lexicon);
    /// null or a null result falls back to the speech-verb forms of data/lang/xx/quote-verb-forms.tsv.</param>
    public QuoteStage(Func<string, Func<string, string?>?>? lemmatizer = null) => _lemmatizer = lemmatizer ?? (_ => null);

    /// <summary>When false, only direct quotes (in quotation marks) are kept.</summary>
    public bool Indirect { get; init; } = true;

    public string Name => "quotes";
    public Layers Requires => Layers.Language | Layers.Tokens | Layers.Sentences;
    public Layers Provides => Layers.Quotes;

    public void Process(Document document)
    {
        document.Quotes.Clear();
        if (document.Lang is null) return;
        var quotes = new QuoteRecognizer(QuoteLexicon.For(document.Lang), _lemmatizer(document.Lang)).Recognize(document);
        document.Quotes.AddRange(Indirect ? quotes : quotes.Where(q => q.Kind == "direct"));
    }
}
