using System.Diagnostics.CodeAnalysis;
using NSec.Cryptography;

namespace DialogTokens;

/// <summary>An Ed25519 public key with its key id, as published in the issuer's JWKS.</summary>
public sealed class DialogTokenPublicKey : IEquatable<DialogTokenPublicKey>
{
    /// <summary>The length of a raw Ed25519 public key (RFC 8032 §5.1.5).</summary>
    public const int RawLength = 32;

    private readonly byte[] _raw;

    private DialogTokenPublicKey(string keyId, PublicKey key, byte[] raw)
    {
        KeyId = keyId;
        Key = key;
        _raw = raw;
        KeyIdUtf8 = System.Text.Encoding.UTF8.GetBytes(keyId);
    }

    /// <summary>The key id (<c>kid</c>).</summary>
    public string KeyId { get; }

    /// <summary>The raw 32-byte public key (the JWK's <c>x</c>).</summary>
    public ReadOnlySpan<byte> RawKey => _raw;

    internal PublicKey Key { get; }

    internal byte[] KeyIdUtf8 { get; }

    /// <summary>Imports a raw public key; fails when it is not a valid Ed25519 point encoding or the key id is empty.</summary>
    public static bool TryCreate(string keyId, ReadOnlySpan<byte> rawKey, [NotNullWhen(true)] out DialogTokenPublicKey? key)
    {
        key = null;
        if (!DialogTokenKeyId.IsValid(keyId) || rawKey.Length != RawLength
            || !PublicKey.TryImport(SignatureAlgorithm.Ed25519, rawKey, KeyBlobFormat.RawPublicKey, out var imported))
        {
            return false;
        }

        key = new DialogTokenPublicKey(keyId, imported!, rawKey.ToArray());
        return true;
    }

    /// <summary>Imports a raw public key.</summary>
    /// <exception cref="ArgumentException">The key id is invalid or the bytes are not an Ed25519 public key.</exception>
    public static DialogTokenPublicKey Create(string keyId, ReadOnlySpan<byte> rawKey) =>
        TryCreate(keyId, rawKey, out var key)
            ? key
            : throw new ArgumentException($"Key '{keyId}': expected a non-empty key id and a {RawLength}-byte Ed25519 public key.", nameof(rawKey));

    internal static DialogTokenPublicKey FromNSec(string keyId, PublicKey key) =>
        new(keyId, key, key.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>Whether both have the same key id and the same key bytes.</summary>
    public bool Equals(DialogTokenPublicKey? other) =>
        other is not null && KeyId == other.KeyId && _raw.AsSpan().SequenceEqual(other._raw);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DialogTokenPublicKey);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(KeyId, _raw[0], _raw[31]);

    /// <summary>The key id; never the key material.</summary>
    public override string ToString() => KeyId;
}
