using System.Text.Json;

namespace DialogTokens.Cli.Input;

/// <summary>Reads JWK files as <c>keys new</c> writes them. Error messages never include key material.</summary>
internal static class KeyFiles
{
    private static readonly string MakeOne = $"make one with: {DialogTokenCli.Name} keys new --out key.json";

    /// <summary>Reads a private JWK (with <c>d</c>) to sign with.</summary>
    public static DialogTokenSigningKey ReadPrivateKey(string path)
    {
        var json = TextFiles.Read(path, "key file");
        var shape = Shape(json, path);
        if (shape != JwkShape.PrivateKey)
        {
            var holds = shape == JwkShape.KeySet ? "a JWKS (public keys)" : "a public key only";
            throw new UsageException($"key file '{path}' holds {holds}; signing needs a private JWK (with \"d\"); {MakeOne}");
        }

        return DialogTokenJwk.TryReadPrivateKey(json, out var key, out var error)
            ? key
            : throw new UsageException($"key file '{path}' is not a private Ed25519 JWK: {error.TrimEnd('.')}; {MakeOne}");
    }

    /// <summary>
    /// Reads the public keys in a file: a private or public JWK (one key), or a JWKS (its keys), so that a published
    /// set can be extended with a new key.
    /// </summary>
    public static IReadOnlyList<DialogTokenPublicKey> ReadPublicKeys(string path)
    {
        var json = TextFiles.Read(path, "key file");
        switch (Shape(json, path))
        {
            case JwkShape.KeySet:
                return DialogTokenJwk.TryReadKeySet(json, out var keySet, out var setError)
                    ? [.. keySet]
                    : throw new UsageException($"key file '{path}' is not a usable JWKS: {setError.TrimEnd('.')}; fix it or pass the key files instead.");

            case JwkShape.PrivateKey:
                // Read the private key, so that an "x" that is not the public half of "d" is caught, not published.
                if (!DialogTokenJwk.TryReadPrivateKey(json, out var key, out var privateError))
                {
                    throw new UsageException($"key file '{path}' is not a private Ed25519 JWK: {privateError.TrimEnd('.')}; {MakeOne}");
                }

                using (key)
                {
                    return [key.PublicKey];
                }

            default:
                return DialogTokenJwk.TryReadPublicKey(json, out var publicKey, out var publicError)
                    ? [publicKey]
                    : throw new UsageException($"key file '{path}' is not an Ed25519 JWK: {publicError.TrimEnd('.')}; {MakeOne}");
        }
    }

    private static JwkShape Shape(string json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object ? JwkShape.Other
                : root.TryGetProperty("keys", out _) ? JwkShape.KeySet
                : root.TryGetProperty("d", out _) ? JwkShape.PrivateKey
                : JwkShape.Other;
        }
        catch (JsonException)
        {
            throw new UsageException($"key file '{path}' is not JSON; pass a JWK file, or {MakeOne}");
        }
    }

    private enum JwkShape
    {
        Other,
        KeySet,
        PrivateKey,
    }
}
