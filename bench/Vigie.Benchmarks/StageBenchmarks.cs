using BenchmarkDotNet.Attributes;
using Vigie.Coding;
using Vigie.Coding.Events;
using Vigie.Coding.Quotes;
using Vigie.Core;
using Vigie.Text.Amounts;
using Vigie.Text.Entities;
using Vigie.Text.Stages;
using Vigie.Text.Time;

namespace Vigie.Benchmarks;

/// <summary>
/// One benchmark per stage, each over the whole fixed document set (<see cref="BenchDocuments"/>).
/// The documents are analysed once by the full pipeline in setup; a stage benchmark re-runs one
/// stage on them (every stage replaces its own layer, so the inputs of later stages are unchanged).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private List<Document> _docs = [];
    private LanguageStage _language = null!;
    private TokenizeStage _tokenize = null!;
    private EntityStage _entities = null!;
    private TimexStage _timex = null!;
    private AmountStage _amounts = null!;
    private QuoteStage _quotes = null!;
    private EventStage _events = null!;
    private ActorLexicon _actors = null!;

    [GlobalSetup]
    public void Setup()
    {
        _docs = BenchDocuments.Load();
        (_language, _tokenize, _entities, _timex, _amounts, _quotes, _events) =
            (new(), new(), new(), new(), new(), new(), new());
        _actors = ActorLexicon.Default;
        foreach (var d in _docs) VigiePipeline.Default.Process(d);   // warms every lexicon too
        long sentences = _docs.Sum(d => d.Sentences.Count), tokens = _docs.Sum(d => d.Tokens.Count);
        Console.WriteLine($"// Vigie.Benchmarks: {_docs.Count} documents, {sentences} sentences, {tokens} tokens");
    }

    [Benchmark(Description = "language detection (documents without lang)")]
    public int Language()
    {
        int n = 0;
        foreach (var d in _docs) n += _language.Detect(d.Text.AsSpan(d.Body.Start, d.Body.Length)).Length;
        return n;
    }

    [Benchmark]
    public int Tokenize()
    {
        int n = 0;
        foreach (var d in _docs) { _tokenize.Process(d); n += d.Tokens.Count; }
        return n;
    }

    /// <summary>The actor lexicon's phrase lookup tried at every token (the core of entity recognition).</summary>
    [Benchmark]
    public int LexiconLookup()
    {
        int n = 0;
        foreach (var d in _docs)
            for (int i = 0; i < d.Tokens.Count; i++)
                n += _actors.Phrases.Match(d.Tokens, i).Length;
        return n;
    }

    [Benchmark]
    public int Entities()
    {
        int n = 0;
        foreach (var d in _docs) { _entities.Process(d); n += d.Entities.Count; }
        return n;
    }

    [Benchmark]
    public int Time()
    {
        int n = 0;
        foreach (var d in _docs) { _timex.Process(d); n += d.Timex.Count; }
        return n;
    }

    [Benchmark]
    public int Amounts()
    {
        int n = 0;
        foreach (var d in _docs) { _amounts.Process(d); n += d.Amounts.Count; }
        return n;
    }

    [Benchmark]
    public int Quotes()
    {
        int n = 0;
        foreach (var d in _docs) { _quotes.Process(d); n += d.Quotes.Count; }
        return n;
    }

    [Benchmark]
    public int Events()
    {
        int n = 0;
        foreach (var d in _docs) { _events.Process(d); n += d.Events.Count; }
        return n;
    }

    /// <summary>The whole pipeline on fresh copies of the documents (no reading, no output).</summary>
    [Benchmark]
    public int Pipeline()
    {
        int n = 0;
        foreach (var d in _docs) n += VigiePipeline.Default.Process(BenchDocuments.Fresh(d)).Events.Count;
        return n;
    }
}
