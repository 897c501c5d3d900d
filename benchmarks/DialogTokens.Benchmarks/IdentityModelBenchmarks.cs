using BenchmarkDotNet.Attributes;
using DialogTokens.Benchmarks.IdentityModel;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NSec.Cryptography;

namespace DialogTokens.Benchmarks;

/// <summary>
/// What a team would write without this library: Microsoft.IdentityModel's <see cref="JsonWebTokenHandler"/> with a
/// minimal EdDSA provider over NSec, validating signature, issuer and lifetime (no audience), beside our verifier.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class IdentityModelBenchmarks
{
    private TokenFixture _fixture = null!;
    private DialogTokenVerifier _verifier = null!;
    private JsonWebTokenHandler _handler = null!;
    private TokenValidationParameters _parameters = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new TokenFixture();
        _verifier = _fixture.CreateVerifier(cacheVerifiedTokens: false);
        _handler = new JsonWebTokenHandler();
        _parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new EdDsaSecurityKey(_fixture.SigningKey.KeyId, _fixture.SigningKey.PublicKey.Key),
            ValidAlgorithms = [EdDsaSecurityKey.Algorithm],
            ValidIssuer = TokenFixture.IssuerUri,
            ValidateIssuer = true,
            ValidateLifetime = true,
            ValidateAudience = false,
            ClockSkew = TimeSpan.FromSeconds(10),
        };

        // TokenValidationParameters has no public clock in 8.x, so lifetime is checked against the system clock. The
        // fixture issues at the real "now": the token stays valid for 600 s, longer than one benchmark process runs.

        var result = IdentityModelValidate().GetAwaiter().GetResult();
        if (!result.IsValid)
        {
            throw new InvalidOperationException("JsonWebTokenHandler rejects the benchmark token; the benchmark would measure a failure path.", result.Exception);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [Benchmark(Baseline = true)]
    public bool RawNSecVerify() =>
        SignatureAlgorithm.Ed25519.Verify(_fixture.SigningKey.PublicKey.Key, _fixture.SigningInput, _fixture.Signature);

    [Benchmark]
    public DialogTokenValidationResult DialogTokenVerifier() => _verifier.Verify(_fixture.Token, _fixture.DialogId, _fixture.Write);

    [Benchmark]
    public Task<TokenValidationResult> IdentityModelValidate() => _handler.ValidateTokenAsync(_fixture.Token, _parameters);
}
