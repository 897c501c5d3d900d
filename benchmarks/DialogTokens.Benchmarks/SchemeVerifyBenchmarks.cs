using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using NSec.Cryptography;

namespace DialogTokens.Benchmarks;

/// <summary>
/// What a service provider runs per request: the ASP.NET Core scheme's call into the library,
/// <c>DialogTokenValidator.VerifyAsync(token)</c> and then the token's claims, over keys discovered from the issuer's
/// metadata (the same <see cref="DialogTokenKeyDiscovery"/> the scheme composes, fed from memory instead of the
/// network). Once with the verified-token cache off (every request a first sighting) and once on (a token sent again).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class SchemeVerifyBenchmarks
{
    private const string Authority = "https://platform.altinn.no/dialogporten";

    private TokenFixture _fixture = null!;
    private HttpClient _http = null!;
    private DialogTokenKeyDiscovery _discovery = null!;
    private DialogTokenValidator _validator = null!;
    private string _requestToken = null!;

    /// <summary>Whether the scheme keeps verified tokens (its default) and this token was seen before.</summary>
    [Params(false, true)]
    public bool Cached { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new TokenFixture();
        _http = new HttpClient(new IssuerInMemory(_fixture));
        _discovery = new DialogTokenKeyDiscovery(_http, new DialogTokenKeyDiscoveryOptions { Authority = new Uri(Authority) }, _fixture.Clock);
        if (!_discovery.StartAsync().GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The discovery did not load the in-memory issuer's keys.");
        }

        _validator = new DialogTokenValidator(_discovery, new DialogTokenValidationOptions { CacheVerifiedTokens = Cached }, _fixture.Clock);

        // A request carries an equal token in a new string, never the cached instance: the lookup compares characters.
        _requestToken = new string(_fixture.Token.AsSpan());
        if (SchemeCall().AsTask().GetAwaiter().GetResult() is null)
        {
            throw new InvalidOperationException("The benchmark token does not verify; the benchmark would measure a failure path.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _discovery.Dispose();
        _http.Dispose();
        _fixture.Dispose();
    }

    [Benchmark(Baseline = true)]
    public bool RawNSecVerify() =>
        SignatureAlgorithm.Ed25519.Verify(_fixture.SigningKey.PublicKey.Key, _fixture.SigningInput, _fixture.Signature);

    /// <summary>DialogTokenAuthenticationHandler's call: verify the bearer token, then read its claims.</summary>
    [Benchmark]
    public async ValueTask<DialogTokenClaims?> SchemeCall()
    {
        var result = await _validator.VerifyAsync(_requestToken);
        return result.IsValid ? result.Token.Claims : null;
    }

    /// <summary>The issuer's metadata and JWKS, answered from memory.</summary>
    private sealed class IssuerInMemory(TokenFixture fixture) : HttpMessageHandler
    {
        private readonly string _metadata = $$"""{"issuer":"{{TokenFixture.IssuerUri}}","jwks_uri":"{{TokenFixture.IssuerUri}}/.well-known/jwks.json"}""";
        private readonly string _jwks = DialogTokenJwk.WriteKeySet([fixture.SigningKey.PublicKey]);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.RequestUri!.AbsolutePath.EndsWith("/jwks.json", StringComparison.Ordinal) ? _jwks : _metadata;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
