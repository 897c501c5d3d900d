using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DialogTokens.AspNetCore.Tests.TestSupport;

/// <summary>
/// A dialog token issuer on 127.0.0.1, port 0: RFC 8414 metadata and a JWKS of two keys it generated (the one signing
/// and the next), both with <c>Cache-Control: public, max-age</c>; and tokens issued with those keys.
/// </summary>
internal sealed class FakeIssuer : IAsyncDisposable
{
    public const string AuthenticatedParty = "urn:altinn:person:identifier-no:14886498226";
    public const string Party = "urn:altinn:organization:identifier-no:991825827";
    public const string ServiceResource = "urn:altinn:resource:super-simple-service";

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private bool _stopped;
    private int _jwksRequests;

    private FakeIssuer(WebApplication app, string baseAddress, TimeProvider clock, DialogTokenSigningKey signingKey, DialogTokenSigningKey nextKey)
    {
        _app = app;
        _clock = clock;
        BaseAddress = baseAddress;
        SigningKey = signingKey;
        NextKey = nextKey;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;</c>: the authority a service provider configures.</summary>
    public string BaseAddress { get; }

    /// <summary>The issuer tokens carry: the base address plus <c>/api/v1</c>.</summary>
    public string Issuer => BaseAddress + "/api/v1";

    public DialogTokenSigningKey SigningKey { get; }

    public DialogTokenSigningKey NextKey { get; }

    /// <summary>How many times the JWKS was fetched.</summary>
    public int JwksRequests => _jwksRequests;

    public static async Task<FakeIssuer> StartAsync(TimeProvider? clock = null, int maxAgeSeconds = 300)
    {
        clock ??= TimeProvider.System;
        var signingKey = DialogTokenSigningKey.Generate("test-signing", clock);
        var nextKey = DialogTokenSigningKey.Generate("test-next", clock);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeIssuer? issuer = null;
        var cacheControl = $"public, max-age={maxAgeSeconds}";
        app.MapGet("/api/v1/.well-known/oauth-authorization-server", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = cacheControl;
            var metadata = $$"""{"issuer":"{{issuer!.Issuer}}","jwks_uri":"{{issuer.Issuer}}/.well-known/jwks.json"}""";
            return Results.Text(metadata, "application/json", Encoding.UTF8);
        });
        app.MapGet("/api/v1/.well-known/jwks.json", (HttpContext context) =>
        {
            Interlocked.Increment(ref issuer!._jwksRequests);
            context.Response.Headers.CacheControl = cacheControl;
            return Results.Text(DialogTokenJwk.WriteKeySet([signingKey.PublicKey, nextKey.PublicKey]), "application/json", Encoding.UTF8);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        issuer = new FakeIssuer(app, address.TrimEnd('/'), clock, signingKey, nextKey);
        return issuer;
    }

    /// <summary>Issues a token for <paramref name="dialogId"/> granting <paramref name="actions"/> (the <c>a</c> claim's text).</summary>
    public string Issue(Guid dialogId, string actions = "read;write", TimeProvider? clock = null, DialogTokenSigningKey? key = null, string? issuer = null)
    {
        var tokens = new DialogTokenIssuer(key ?? SigningKey, new DialogTokenIssuerOptions { Issuer = issuer ?? Issuer }, clock ?? _clock);
        return tokens.Issue(new DialogTokenDescriptor
        {
            AuthenticatedParty = AuthenticatedParty,
            AuthenticationLevel = 3,
            Party = Party,
            ServiceResource = ServiceResource,
            DialogId = dialogId,
            Actions = AuthorizedActions.Parse(actions),
        });
    }

    /// <summary>
    /// Signs a payload with the signing key as the issuer would, but with the times given (Unix seconds), which the
    /// library's issuer would never write: what a stolen key or a faulty issuer could produce.
    /// </summary>
    public string IssueWithTimes(Guid dialogId, string actions, long iat, long nbf, long exp)
    {
        var payload = $$"""{"jti":"{{Guid.NewGuid()}}","c":"{{AuthenticatedParty}}","l":3,"p":"{{Party}}","s":"{{ServiceResource}}","i":"{{dialogId}}","a":"{{actions}}","iss":"{{Issuer}}","iat":{{iat}},"nbf":{{nbf}},"exp":{{exp}}}""";
        var signingInput = $"{Encode($$"""{"alg":"EdDSA","typ":"JWT","kid":"{{SigningKey.KeyId}}"}""")}.{Encode(payload)}";
        using var key = NSec.Cryptography.Key.Import(
            NSec.Cryptography.SignatureAlgorithm.Ed25519, SigningKey.ExportPrivateKey(), NSec.Cryptography.KeyBlobFormat.RawPrivateKey);
        var signature = NSec.Cryptography.SignatureAlgorithm.Ed25519.Sign(key, Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{System.Buffers.Text.Base64Url.EncodeToString(signature)}";
    }

    private static string Encode(string json) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    /// <summary>Stops answering: connections are refused from now on.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        SigningKey.Dispose();
        NextKey.Dispose();
    }
}
