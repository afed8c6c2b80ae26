using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Vigie.Benchmarks;

// dotnet run -c Release --project bench/Vigie.Benchmarks -- --filter '*'            (all, default job)
// dotnet run -c Release --project bench/Vigie.Benchmarks -- --job short --filter '*Tokenize*'
// Reports go to bench/corpus/BenchmarkDotNet.Artifacts (git-ignored) unless --artifacts says otherwise.
var config = DefaultConfig.Instance.WithArtifactsPath(
    Path.Combine(BenchDocuments.RepositoryRoot(), "bench", "corpus", "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args, config);
