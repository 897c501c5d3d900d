using BenchmarkDotNet.Attributes;
using NSec.Cryptography;

namespace DialogTokens.Benchmarks;

/// <summary>Issuing a token (payload JSON, base64url, Ed25519, the token string) against Ed25519 signing alone.</summary>
[MemoryDiagnoser]
// Signing times here are bimodal from run to run (a noisy shared VM): three launches average that out.
[SimpleJob(launchCount: 3, warmupCount: 5, iterationCount: 15)]
public class IssueBenchmarks
{
    private readonly byte[] _signature = new byte[64];
    private TokenFixture _fixture = null!;
    private DialogTokenDescriptor _withJwtId = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new TokenFixture();
        var descriptor = _fixture.Descriptor;
        _withJwtId = new DialogTokenDescriptor
        {
            JwtId = Guid.NewGuid(),
            AuthenticatedParty = descriptor.AuthenticatedParty,
            AuthenticationLevel = descriptor.AuthenticationLevel,
            Party = descriptor.Party,
            ServiceResource = descriptor.ServiceResource,
            DialogId = descriptor.DialogId,
            Actions = descriptor.Actions,
        };
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    /// <summary>Raw NSec Ed25519 over a signing input as long as the issued token's <c>header.payload</c>.</summary>
    [Benchmark(Baseline = true)]
    public byte[] RawNSecSign()
    {
        SignatureAlgorithm.Ed25519.Sign(_fixture.SigningKey.Key, _fixture.SigningInput, _signature);
        return _signature;
    }

    /// <summary>What the dialog service does: a new <c>jti</c> per token.</summary>
    [Benchmark]
    public string Issue() => _fixture.Issuer.Issue(_fixture.Descriptor);

    /// <summary>The same with the <c>jti</c> given, to show what generating it costs.</summary>
    [Benchmark]
    public string IssueWithJwtIdGiven() => _fixture.Issuer.Issue(_withJwtId);
}
