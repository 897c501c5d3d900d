using Microsoft.IdentityModel.Tokens;
using NSec.Cryptography;

namespace DialogTokens.Benchmarks.ServiceProviderLoad.IdentityModel;

/// <summary>Verifies Ed25519 signatures with NSec; verification only.</summary>
internal sealed class EdDsaSignatureProvider(EdDsaSecurityKey key) : SignatureProvider(key, EdDsaSecurityKey.Algorithm)
{
    public override byte[] Sign(byte[] input) => throw new NotSupportedException("This provider only verifies.");

    public override bool Verify(byte[] input, byte[] signature) =>
        SignatureAlgorithm.Ed25519.Verify(key.PublicKey, input, signature);

    public override bool Verify(byte[] input, int inputOffset, int inputLength, byte[] signature, int signatureOffset, int signatureLength) =>
        SignatureAlgorithm.Ed25519.Verify(
            key.PublicKey, input.AsSpan(inputOffset, inputLength), signature.AsSpan(signatureOffset, signatureLength));

    protected override void Dispose(bool disposing)
    {
    }
}
