using Microsoft.IdentityModel.Tokens;
using NSec.Cryptography;

namespace DialogTokens.Benchmarks.ServiceProviderLoad.IdentityModel;

/// <summary>An Ed25519 public key for Microsoft.IdentityModel, which has no EdDSA of its own; verifies through NSec.</summary>
internal sealed class EdDsaSecurityKey : SecurityKey
{
    public const string Algorithm = "EdDSA";

    public EdDsaSecurityKey(string keyId, PublicKey publicKey)
    {
        KeyId = keyId;
        PublicKey = publicKey;
        CryptoProviderFactory = new EdDsaCryptoProviderFactory();
    }

    public PublicKey PublicKey { get; }

    public override int KeySize => 256;
}
