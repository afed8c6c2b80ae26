using Vigie.Core;
using Vigie.Text.Tokens;

namespace Vigie.Text.Stages;

/// <summary>Adds tokens and sentences for the document's body.</summary>
public sealed class TokenizeStage : IDocumentStage
{
    public string Name => "tokenize";
    public Layers Requires => Layers.Language;
    public Layers Provides => Layers.Tokens | Layers.Sentences;

    public void Process(Document document)
    {
        var rules = TokenizerRules.For(document.Lang!);
        document.Tokens.Clear();
        Tokenizer.TokenizeInto(document.Text, document.Body, rules, document.Tokens);
        document.Sentences.Clear();
        document.Sentences.AddRange(SentenceSplitter.Split(document.Text, document.Tokens));
    }
}
