using System.Diagnostics.CodeAnalysis;
using NSec.Cryptography;

namespace DialogTokens;

/// <summary>An Ed25519 private key with its key id: what the issuer signs dialog tokens with.</summary>
public sealed class DialogTokenSigningKey : IDisposable
{
    /// <summary>The length of a raw Ed25519 private key, the seed of RFC 8032 §5.1.5.</summary>
    public const int RawLength = 32;

    private DialogTokenSigningKey(string keyId, Key key)
    {
        KeyId = keyId;
        Key = key;
        PublicKey = DialogTokenPublicKey.FromNSec(keyId, key.PublicKey);
        EncodedHeader = DialogTokenHeader.Encode(keyId);
    }

    /// <summary>The key id (<c>kid</c>) written in every token's header.</summary>
    public string KeyId { get; }

    /// <summary>The public half, for the JWKS.</summary>
    public DialogTokenPublicKey PublicKey { get; }

    internal Key Key { get; }

    /// <summary>The base64url header <c>{"alg":"EdDSA","typ":"JWT","kid":…}</c>, the same for every token of this key.</summary>
    internal byte[] EncodedHeader { get; }

    /// <summary>Creates a new random key.</summary>
    /// <param name="keyId">The key id; by default <c>dt-&lt;yyMMdd&gt;-&lt;5 random characters&gt;</c>.</param>
    /// <param name="timeProvider">The clock for the default key id's date.</param>
    public static DialogTokenSigningKey Generate(string? keyId = null, TimeProvider? timeProvider = null)
    {
        keyId ??= DialogTokenKeyId.Generate(DialogTokenKeyId.DefaultPrefix, (timeProvider ?? TimeProvider.System).GetUtcNow());
        ThrowIfInvalidKeyId(keyId);
        return new DialogTokenSigningKey(keyId, Key.Create(SignatureAlgorithm.Ed25519, Exportable()));
    }

    /// <summary>Imports a raw 32-byte private key (the JWK's <c>d</c>).</summary>
    public static bool TryImport(string keyId, ReadOnlySpan<byte> rawPrivateKey, [NotNullWhen(true)] out DialogTokenSigningKey? key)
    {
        key = null;
        if (!DialogTokenKeyId.IsValid(keyId) || rawPrivateKey.Length != RawLength
            || !Key.TryImport(SignatureAlgorithm.Ed25519, rawPrivateKey, KeyBlobFormat.RawPrivateKey, out var imported, Exportable()))
        {
            return false;
        }

        key = new DialogTokenSigningKey(keyId, imported!);
        return true;
    }

    /// <summary>Imports a raw 32-byte private key.</summary>
    /// <exception cref="ArgumentException">The key id or the key bytes are invalid.</exception>
    public static DialogTokenSigningKey Import(string keyId, ReadOnlySpan<byte> rawPrivateKey) =>
        TryImport(keyId, rawPrivateKey, out var key)
            ? key
            : throw new ArgumentException($"Key '{keyId}': expected a valid key id and a {RawLength}-byte Ed25519 private key.", nameof(rawPrivateKey));

    /// <summary>The raw 32-byte private key. Handle with care: this is the secret.</summary>
    public byte[] ExportPrivateKey() => Key.Export(KeyBlobFormat.RawPrivateKey);

    /// <summary>Signs <paramref name="data"/> with Ed25519 into a 64-byte <paramref name="signature"/>.</summary>
    internal void Sign(ReadOnlySpan<byte> data, Span<byte> signature) => SignatureAlgorithm.Ed25519.Sign(Key, data, signature);

    /// <inheritdoc/>
    public void Dispose() => Key.Dispose();

    /// <summary>The key id; never the key material.</summary>
    public override string ToString() => KeyId;

    // The issuer's key ring stores keys (protected at rest), so they must be exportable.
    private static KeyCreationParameters Exportable() => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };

    private static void ThrowIfInvalidKeyId(string keyId)
    {
        if (!DialogTokenKeyId.IsValid(keyId))
        {
            throw new ArgumentException($"'{keyId}' is not a usable key id: 1 to {DialogTokenKeyId.MaxLength} printable ASCII characters.", nameof(keyId));
        }
    }
}
