using BenchmarkDotNet.Attributes;
using NSec.Cryptography;

namespace DialogTokens.Benchmarks;

/// <summary>Verifying a token seen before (verified-token cache on, the default) against Ed25519 verification alone.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class CachedVerifyBenchmarks
{
    private TokenFixture _fixture = null!;
    private DialogTokenVerifier _verifier = null!;
    private string _requestToken = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new TokenFixture();
        _verifier = _fixture.CreateVerifier(cacheVerifiedTokens: true);
        if (_verifier.CachedTokenCount != 1)
        {
            throw new InvalidOperationException("The token is not in the verified-token cache; the benchmark would not measure a cache hit.");
        }

        // A request carries an equal token in a new string, never the cached instance: the lookup compares characters.
        _requestToken = new string(_fixture.Token.AsSpan());
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [Benchmark(Baseline = true)]
    public bool RawNSecVerify() =>
        SignatureAlgorithm.Ed25519.Verify(_fixture.SigningKey.PublicKey.Key, _fixture.SigningInput, _fixture.Signature);

    [Benchmark]
    public DialogTokenValidationResult VerifyCached() => _verifier.Verify(_requestToken, _fixture.DialogId, _fixture.Write);
}
