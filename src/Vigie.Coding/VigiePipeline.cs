using Vigie.Coding.Events;
using Vigie.Coding.Quotes;
using Vigie.Core;
using Vigie.Text.Amounts;
using Vigie.Text.Entities;
using Vigie.Text.Stages;
using Vigie.Text.Time;
using Vigie.Text.Tone;

namespace Vigie.Coding;

/// <summary>Vigie's standard pipeline: language → tokens and sentences → tone → entities → time → amounts → quotes → events.</summary>
public static class VigiePipeline
{
    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .Add(new LanguageStage())
        .Add(new TokenizeStage())
        .Add(new ToneStage())
        .Add(new EntityStage())
        .Add(new TimexStage())
        .Add(new AmountStage())
        .Add(new QuoteStage())
        .Add(new EventStage());

    private static readonly Lazy<Pipeline> _default = new(() => CreateBuilder().Build());

    /// <summary>The standard pipeline, built once (stages are thread-safe and stateless per document).</summary>
    public static Pipeline Default => _default.Value;
}
