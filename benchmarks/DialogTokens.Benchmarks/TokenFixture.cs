using System.Buffers.Text;

namespace DialogTokens.Benchmarks;

/// <summary>
/// One key, one issuer and one realistic Dialogporten token, plus the raw signing input and signature that the
/// NSec baselines sign and verify: the same bytes, so a baseline and its benchmark hash the same length.
/// </summary>
internal sealed class TokenFixture : IDisposable
{
    public const string IssuerUri = "https://platform.altinn.no/dialogporten/api/v1";

    public TokenFixture()
    {
        // Whole seconds of the real clock: tokens are valid now for any validator, whatever clock it reads.
        Clock = new FixedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        SigningKey = DialogTokenSigningKey.Generate("dp-bench-250101-o5ymn", Clock);
        Keys = new DialogTokenKeySet([SigningKey.PublicKey]);
        Issuer = new DialogTokenIssuer(SigningKey, new DialogTokenIssuerOptions { Issuer = IssuerUri }, Clock);
        DialogId = Guid.CreateVersion7(Clock.GetUtcNow());
        Descriptor = new DialogTokenDescriptor
        {
            AuthenticatedParty = "urn:altinn:person:identifier-no:14886498226",
            AuthenticationLevel = 3,
            Party = "urn:altinn:organization:identifier-no:991825827",
            ServiceResource = "urn:altinn:resource:super-simple-service",
            DialogId = DialogId,
            Actions = AuthorizedActions.Parse("delete,urn:altinn:task:Task_1;read;transmissionread,urn:altinn:subresource:sub1;write"),
        };

        Token = Issuer.Issue(Descriptor);
        var lastDot = Token.LastIndexOf('.');
        SigningInput = System.Text.Encoding.ASCII.GetBytes(Token[..lastDot]);
        Signature = Base64Url.DecodeFromChars(Token.AsSpan(lastDot + 1));
    }

    public FixedTimeProvider Clock { get; }

    /// <summary>The action every benchmark requires, built once as an endpoint builds it.</summary>
    public DialogAction[] Write { get; } = [new("write")];

    public DialogTokenSigningKey SigningKey { get; }

    public DialogTokenKeySet Keys { get; }

    public DialogTokenIssuer Issuer { get; }

    public Guid DialogId { get; }

    public DialogTokenDescriptor Descriptor { get; }

    /// <summary>A token issued by <see cref="Issuer"/> for <see cref="Descriptor"/>.</summary>
    public string Token { get; }

    /// <summary>The ASCII bytes of the token's <c>header.payload</c>.</summary>
    public byte[] SigningInput { get; }

    /// <summary>The token's 64-byte Ed25519 signature.</summary>
    public byte[] Signature { get; }

    /// <summary>A verifier with the options the benchmarks need; throws unless it accepts the fixture's token.</summary>
    public DialogTokenVerifier CreateVerifier(bool cacheVerifiedTokens)
    {
        var verifier = new DialogTokenVerifier(
            Keys,
            new DialogTokenValidationOptions { Issuer = IssuerUri, CacheVerifiedTokens = cacheVerifiedTokens },
            Clock);
        var result = verifier.Verify(Token, DialogId, Write);
        return result.IsValid
            ? verifier
            : throw new InvalidOperationException($"The benchmark token does not verify ({result}); the benchmark would measure a failure path.");
    }

    public void Dispose() => SigningKey.Dispose();
}
