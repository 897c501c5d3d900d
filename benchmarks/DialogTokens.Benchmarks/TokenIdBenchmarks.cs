using BenchmarkDotNet.Attributes;

namespace DialogTokens.Benchmarks;

/// <summary>The cost of a <c>jti</c>: Guid.NewGuid (one OS random read per GUID) against the issuer's buffered generator.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class TokenIdBenchmarks
{
    [Benchmark(Baseline = true)]
    public Guid GuidNewGuid() => Guid.NewGuid();

    [Benchmark]
    public Guid TokenIdGenerator() => DialogTokens.TokenIdGenerator.NewGuid();
}
