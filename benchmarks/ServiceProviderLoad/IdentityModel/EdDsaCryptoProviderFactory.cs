using Microsoft.IdentityModel.Tokens;

namespace DialogTokens.Benchmarks.ServiceProviderLoad.IdentityModel;

/// <summary>Hands Microsoft.IdentityModel an <see cref="EdDsaSignatureProvider"/> for <c>EdDSA</c> with an <see cref="EdDsaSecurityKey"/>.</summary>
internal sealed class EdDsaCryptoProviderFactory : CryptoProviderFactory
{
    public override bool IsSupportedAlgorithm(string algorithm, SecurityKey key) =>
        algorithm == EdDsaSecurityKey.Algorithm && key is EdDsaSecurityKey;

    public override SignatureProvider CreateForVerifying(SecurityKey key, string algorithm) =>
        CreateForVerifying(key, algorithm, cacheProvider: true);

    public override SignatureProvider CreateForVerifying(SecurityKey key, string algorithm, bool cacheProvider) =>
        IsSupportedAlgorithm(algorithm, key)
            ? new EdDsaSignatureProvider((EdDsaSecurityKey)key)
            : throw new NotSupportedException($"Only {EdDsaSecurityKey.Algorithm} with an Ed25519 key is supported.");

    public override void ReleaseSignatureProvider(SignatureProvider signatureProvider) => signatureProvider?.Dispose();
}
