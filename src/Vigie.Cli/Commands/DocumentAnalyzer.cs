using Vigie.Coding;
using Vigie.Core;
using Vigie.Text.Readers;

namespace Vigie.Cli.Commands;

/// <summary>
/// Runs the pipeline over a stream of inputs, several documents at a time but yielding results in
/// input order. At most <c>2 × processors</c> documents are in memory at once. A document whose
/// analysis throws becomes an error item; the others go on.
/// </summary>
public sealed class DocumentAnalyzer(Pipeline pipeline, int? parallelism = null)
{
    private readonly int _window = Math.Max(1, parallelism ?? Environment.ProcessorCount * 2);

    public static DocumentAnalyzer Default => new(VigiePipeline.Default);

    public IEnumerable<InputItem> Analyze(IEnumerable<InputItem> inputs)
    {
        var pending = new Queue<Task<InputItem>>();
        foreach (var item in inputs)
        {
            pending.Enqueue(item.Document is null ? Task.FromResult(item) : Task.Run(() => Analyze(item)));
            while (pending.Count >= _window) yield return pending.Dequeue().Result;
        }
        while (pending.Count > 0) yield return pending.Dequeue().Result;
    }

    public InputItem Analyze(InputItem item)
    {
        try
        {
            pipeline.Process(item.Document!);
            return item;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return InputItem.Fail(item.Id, item.Where, $"analysis failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
