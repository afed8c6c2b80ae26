using Vigie.Core;

namespace Vigie.Text.Entities;

/// <summary>
/// Fills <see cref="Document.Entities"/> with actor mentions (countries, capitals, institutions,
/// international organisations, armed groups, people, roles joined to a country) carrying CAMEO
/// actor codes, resolved at the document's date, plus within-document coreference of short
/// mentions. Data: data/actors/*.tsv, loaded once (<see cref="ActorLexicon.Default"/>).
/// </summary>
public sealed class EntityStage(ActorLexicon? lexicon = null) : IDocumentStage
{
    private readonly EntityRecognizer _recognizer = new(lexicon ?? ActorLexicon.Default);

    public string Name => "entities";
    public Layers Requires => Layers.Tokens | Layers.Sentences;
    public Layers Provides => Layers.Entities;

    public void Process(Document document)
    {
        document.Entities.Clear();
        document.Entities.AddRange(_recognizer.Recognize(document));
    }
}
