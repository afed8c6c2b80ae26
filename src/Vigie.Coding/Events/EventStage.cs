using Vigie.Core;

namespace Vigie.Coding.Events;

/// <summary>Adds the document's coded events (see <see cref="EventCoder"/>).</summary>
public sealed class EventStage : IDocumentStage
{
    public string Name => "events";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Entities | Layers.Timex;
    public Layers Provides => Layers.Events;

    public void Process(Document document) => EventCoder.For(document.Lang!).Code(document);
}
