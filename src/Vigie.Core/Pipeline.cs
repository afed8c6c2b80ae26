namespace Vigie.Core;

/// <summary>The layers a document carries; stages declare which they need and which they add.</summary>
[Flags]
public enum Layers
{
    None = 0,
    Text = 1,
    Language = 2,
    Tokens = 4,
    Sentences = 8,
    Entities = 16,
    Timex = 32,
    Amounts = 64,
    Quotes = 128,
    Events = 256,
    Tone = 512,
}

/// <summary>
/// One step of the analysis. A stage is a pure function of (document, its own lexicons): no
/// clock, no network, no shared mutable state, so documents can be processed in parallel.
/// </summary>
public interface IDocumentStage
{
    string Name { get; }
    Layers Requires { get; }
    Layers Provides { get; }
    void Process(Document document);
}

public sealed class PipelineException(string message) : Exception(message);

/// <summary>A checked, ordered list of stages.</summary>
public sealed class Pipeline
{
    public IReadOnlyList<IDocumentStage> Stages { get; }

    internal Pipeline(IReadOnlyList<IDocumentStage> stages) => Stages = stages;

    public Document Process(Document document)
    {
        foreach (var stage in Stages) stage.Process(document);
        return document;
    }
}

/// <summary>Assembles stages; <see cref="Build"/> checks that each stage's requirements are met by earlier ones.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];

    public PipelineBuilder Add(IDocumentStage stage) { _stages.Add(stage); return this; }

    public PipelineBuilder InsertBefore<T>(IDocumentStage stage) where T : IDocumentStage
    {
        int i = _stages.FindIndex(s => s is T);
        if (i < 0) throw new PipelineException($"no stage of type {typeof(T).Name} to insert '{stage.Name}' before");
        _stages.Insert(i, stage);
        return this;
    }

    public PipelineBuilder Replace<T>(IDocumentStage stage) where T : IDocumentStage
    {
        int i = _stages.FindIndex(s => s is T);
        if (i < 0) throw new PipelineException($"no stage of type {typeof(T).Name} to replace with '{stage.Name}'");
        _stages[i] = stage;
        return this;
    }

    public Pipeline Build()
    {
        var have = Layers.Text;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~have;
            if (missing != Layers.None)
                throw new PipelineException($"stage '{stage.Name}' requires {missing}, which no earlier stage provides (have: {have})");
            have |= stage.Provides;
        }
        return new Pipeline(_stages.ToArray());
    }
}
