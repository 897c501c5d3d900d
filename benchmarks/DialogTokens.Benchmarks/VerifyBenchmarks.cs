using BenchmarkDotNet.Attributes;
using NSec.Cryptography;

namespace DialogTokens.Benchmarks;

/// <summary>A full verification (every check, cache off) against Ed25519 verification alone.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class VerifyBenchmarks
{
    private TokenFixture _fixture = null!;
    private DialogTokenVerifier _verifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new TokenFixture();
        _verifier = _fixture.CreateVerifier(cacheVerifiedTokens: false);
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [Benchmark(Baseline = true)]
    public bool RawNSecVerify() =>
        SignatureAlgorithm.Ed25519.Verify(_fixture.SigningKey.PublicKey.Key, _fixture.SigningInput, _fixture.Signature);

    [Benchmark]
    public DialogTokenValidationResult Verify() => _verifier.Verify(_fixture.Token, _fixture.DialogId, _fixture.Write);
}
