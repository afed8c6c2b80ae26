using Vigie.Core;

namespace Vigie.Text.Amounts;

/// <summary>Adds <see cref="Document.Amounts"/>: counted amounts found by <see cref="AmountRecognizer"/> with the document language's <see cref="AmountLexicon"/>.</summary>
public sealed class AmountStage : IDocumentStage
{
    public string Name => "amounts";
    public Layers Requires => Layers.Language | Layers.Tokens | Layers.Sentences;
    public Layers Provides => Layers.Amounts;

    public void Process(Document document)
    {
        document.Amounts.Clear();
        if (document.Lang is null) return;
        document.Amounts.AddRange(new AmountRecognizer(AmountLexicon.For(document.Lang)).Recognize(document));
    }
}
