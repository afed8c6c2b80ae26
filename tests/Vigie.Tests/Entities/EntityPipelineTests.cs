using Vigie.Coding;
using Vigie.Core;
using Vigie.Text.Entities;

namespace Vigie.Tests.Entities;

public class EntityPipelineTests
{
    [Fact]
    public void TheStandardPipelineRunsTheEntityStage()
    {
        Assert.Contains(VigiePipeline.Default.Stages, s => s is EntityStage);
        var doc = Document.FromText("p", "Le gouvernement japonais a convoqué l'ambassadeur chinois.", date: PartialDate.Parse("2024-02"));
        VigiePipeline.Default.Process(doc);
        Assert.Equal("fr", doc.Lang);
        Assert.Equal(["JPNGOV", "CHNGOV"], doc.Entities.Select(e => e.Code));
        Assert.Equal(["Le gouvernement japonais", "l'ambassadeur chinois"], doc.Entities.Select(e => e.Text));
    }

    [Fact]
    public void MentionTokensAndSpansAgree()
    {
        var doc = Document.FromText("p", "The Kremlin said Russian troops left, and the White House welcomed it.", "en");
        VigiePipeline.Default.Process(doc);
        foreach (var e in doc.Entities)
        {
            Assert.Equal(doc.Tokens[e.FirstToken].Span.Start, e.Span.Start);
            Assert.Equal(doc.Tokens[e.EndToken - 1].Span.End, e.Span.End);
        }
        Assert.Equal(3, doc.Entities.Count);
    }
}
