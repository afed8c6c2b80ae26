using Vigie.Coding;
using Vigie.Core;
using Vigie.Text.Readers;

namespace Vigie.Cli.Commands;

/// <summary>
/// Runs the pipeline over a stream of inputs, several documents at a time but yielding results in
/// input order. The window of documents in flight is wide (<c>32 × processors</c>, at least 64)
/// so that the workers always have a document waiting while the caller reads and writes, and is
/// also bounded by text size (<see cref="MaxCharsInFlight"/>), so that memory stays small with large
/// documents. A document whose analysis throws becomes an error item; the others go on.
/// </summary>
public sealed class DocumentAnalyzer(Pipeline pipeline, int? parallelism = null)
{
    private readonly int _window = Math.Max(1, parallelism ?? Math.Max(64, Environment.ProcessorCount * 32));

    /// <summary>At most this many characters of document text are in flight (64 MB of UTF-16).</summary>
    public const long MaxCharsInFlight = 32L * 1024 * 1024;

    public static DocumentAnalyzer Default => new(VigiePipeline.Default);

    public IEnumerable<InputItem> Analyze(IEnumerable<InputItem> inputs)
    {
        var pending = new Queue<(Slot Slot, long Chars)>();
        long chars = 0;
        foreach (var item in inputs)
        {
            long size = item.Document?.Text.Length ?? 0;
            var slot = new Slot();
            if (item.Document is null) slot.Result = item;
            else ThreadPool.UnsafeQueueUserWorkItem(s => s.Slot.Complete(s.Analyzer.Analyze(s.Item)), (Slot: slot, Analyzer: this, Item: item), preferLocal: false);
            pending.Enqueue((slot, size));
            chars += size;
            if (pending.Count >= _window || (chars > MaxCharsInFlight && pending.Count > 1))
            {
                // Results leave in batches of a quarter window. The reader first waits for the
                // batch's last document: the workers take documents in about the order they were
                // queued, so by then the ones before it are done too, and the reader is woken once
                // per batch instead of once per document (each wake-up is a futex call and a
                // context switch, which showed in the profile as kernel time).
                int batch = Math.Clamp(_window / 4, 1, pending.Count);
                pending.ElementAt(batch - 1).Slot.Wait();
                for (int k = 0; k < batch; k++)
                {
                    var (done, c) = pending.Dequeue();
                    chars -= c;
                    yield return done.Wait();
                }
            }
        }
        while (pending.Count > 0) yield return pending.Dequeue().Slot.Wait();
    }

    /// <summary>
    /// Where a worker leaves a document's result for the reader, who blocks on it without spinning
    /// (a spinning reader takes a core from the workers) and without a wait handle per document.
    /// </summary>
    private sealed class Slot
    {
        public InputItem? Result;

        public void Complete(InputItem result)
        {
            lock (this) { Result = result; Monitor.Pulse(this); }
        }

        public InputItem Wait()
        {
            lock (this)
            {
                while (Result is null) Monitor.Wait(this);
                return Result;
            }
        }
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
