using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace DialogTokens;

/// <summary>
/// Ed25519 keys as JSON Web Keys (RFC 8037 §2): <c>{"kty":"OKP","crv":"Ed25519","x":…,"d":…}</c>, and key sets as
/// JWKS (RFC 7517 §5), in the member order Dialogporten publishes: <c>kty use kid crv x alg</c>.
/// </summary>
public static class DialogTokenJwk
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 8 };

    /// <summary>Writes the public JWK of <paramref name="key"/>.</summary>
    public static string WritePublicKey(DialogTokenPublicKey key) => Write(w => WritePublic(w, key, end: true));

    /// <summary>Writes the private JWK of <paramref name="key"/>, with <c>d</c>. This is the secret.</summary>
    public static string WritePrivateKey(DialogTokenSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var d = key.ExportPrivateKey();
        try
        {
            return Write(w =>
            {
                WritePublic(w, key.PublicKey, end: false);
                w.WriteString("d", Base64UrlCanonical.Encode(d));
                w.WriteEndObject();
            });
        }
        finally
        {
            Array.Clear(d);
        }
    }

    /// <summary>Writes a JWKS of <paramref name="keys"/>, in the given order.</summary>
    public static string WriteKeySet(IEnumerable<DialogTokenPublicKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("keys");
            foreach (var key in keys)
            {
                WritePublic(w, key, end: true);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Reads a JWKS. Keys of other types (RSA, EC, another curve) are skipped as RFC 7517 §5 asks; a malformed
    /// Ed25519 key, a missing or repeated <c>kid</c>, or a document that is not a JWKS fails the whole set.
    /// </summary>
    public static bool TryReadKeySet(string json, [NotNullWhen(true)] out DialogTokenKeySet? keySet, [NotNullWhen(false)] out string? error)
    {
        keySet = null;
        if (!TryParse(json, out var document, out error))
        {
            return false;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            {
                error = "A JWKS is a JSON object with a \"keys\" array.";
                return false;
            }

            var result = new List<DialogTokenPublicKey>();
            var index = 0;
            foreach (var element in keys.EnumerateArray())
            {
                if (IsEd25519(element))
                {
                    if (!TryReadPublic(element, out var key, out var keyError))
                    {
                        error = $"keys[{index}]: {keyError}";
                        return false;
                    }

                    if (result.Any(k => k.KeyId == key.KeyId))
                    {
                        error = $"keys[{index}]: the key id '{key.KeyId}' appears more than once.";
                        return false;
                    }

                    result.Add(key);
                }

                index++;
            }

            keySet = new DialogTokenKeySet(result);
            return true;
        }
    }

    /// <summary>Reads a public JWK. A private one is read for its public half, after checking that <c>x</c> belongs to <c>d</c>.</summary>
    public static bool TryReadPublicKey(string json, [NotNullWhen(true)] out DialogTokenPublicKey? key, [NotNullWhen(false)] out string? error)
    {
        key = null;
        if (!TryParse(json, out var document, out error))
        {
            return false;
        }

        bool isPrivate;
        using (document)
        {
            isPrivate = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("d", out _);
            if (!isPrivate)
            {
                return TryReadPublic(document.RootElement, out key, out error);
            }
        }

        // Publishing an x that does not belong to d would make every token fail at the service providers.
        if (!TryReadPrivateKey(json, out var privateKey, out error))
        {
            return false;
        }

        using (privateKey)
        {
            key = privateKey.PublicKey;
            return true;
        }
    }

    /// <summary>Reads a private JWK, checking that <c>x</c> is the public half of <c>d</c>.</summary>
    public static bool TryReadPrivateKey(string json, [NotNullWhen(true)] out DialogTokenSigningKey? key, [NotNullWhen(false)] out string? error)
    {
        key = null;
        if (!TryParse(json, out var document, out error))
        {
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (!TryReadPublic(root, out var publicKey, out error))
            {
                return false;
            }

            var d = new byte[DialogTokenSigningKey.RawLength];
            try
            {
                if (!TryReadKeyBytes(root, "d", d, out error))
                {
                    return false;
                }

                if (!DialogTokenSigningKey.TryImport(publicKey.KeyId, d, out key))
                {
                    error = "\"d\" is not an Ed25519 private key.";
                    return false;
                }
            }
            finally
            {
                Array.Clear(d);
            }

            if (!key.PublicKey.Equals(publicKey))
            {
                key.Dispose();
                key = null;
                error = "\"x\" is not the public key of \"d\".";
                return false;
            }

            return true;
        }
    }

    private static bool TryReadPublic(JsonElement element, [NotNullWhen(true)] out DialogTokenPublicKey? key, [NotNullWhen(false)] out string? error)
    {
        key = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = "A JWK is a JSON object.";
            return false;
        }

        if (!IsEd25519(element))
        {
            error = "Expected \"kty\":\"OKP\" and \"crv\":\"Ed25519\" (RFC 8037).";
            return false;
        }

        if (element.TryGetProperty("alg", out var alg) && (alg.ValueKind != JsonValueKind.String || alg.GetString() != "EdDSA"))
        {
            error = "\"alg\", when present, must be \"EdDSA\".";
            return false;
        }

        if (element.TryGetProperty("use", out var use) && (use.ValueKind != JsonValueKind.String || use.GetString() != "sig"))
        {
            error = "\"use\", when present, must be \"sig\".";
            return false;
        }

        if (!element.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String || !DialogTokenKeyId.IsValid(kid.GetString()))
        {
            error = $"\"kid\" must be 1 to {DialogTokenKeyId.MaxLength} printable ASCII characters.";
            return false;
        }

        Span<byte> x = stackalloc byte[DialogTokenPublicKey.RawLength];
        if (!TryReadKeyBytes(element, "x", x, out error))
        {
            return false;
        }

        if (!DialogTokenPublicKey.TryCreate(kid.GetString()!, x, out key))
        {
            error = "\"x\" is not an Ed25519 public key.";
            return false;
        }

        return true;
    }

    private static bool TryReadKeyBytes(JsonElement element, string name, Span<byte> destination, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            error = $"\"{name}\" is missing or not a string.";
            return false;
        }

        var text = value.GetString()!;
        Span<byte> buffer = stackalloc byte[Base64UrlCanonical.MaxDecodedLength(Math.Min(text.Length, 64))];
        if (text.Length > 64 || Base64UrlCanonical.Decode(text, buffer) != destination.Length)
        {
            error = $"\"{name}\" must be {destination.Length} bytes in canonical base64url without padding.";
            return false;
        }

        buffer[..destination.Length].CopyTo(destination);
        buffer.Clear();
        return true;
    }

    private static bool IsEd25519(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("kty", out var kty) && kty.ValueKind == JsonValueKind.String && kty.GetString() == "OKP"
        && element.TryGetProperty("crv", out var crv) && crv.ValueKind == JsonValueKind.String && crv.GetString() == "Ed25519";

    private static bool TryParse(string json, [NotNullWhen(true)] out JsonDocument? document, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
            document = JsonDocument.Parse(utf8, DocumentOptions);
            if (!JsonEscapes.AreWellFormed(utf8, DocumentOptions.MaxDepth))
            {
                document.Dispose();
                document = null;
                error = "Not valid JSON: a string escapes an unpaired surrogate (RFC 8259 §8.2).";
                return false;
            }

            error = null;
            return true;
        }
        catch (JsonException e)
        {
            document = null;
            error = $"Not valid JSON: {e.Message}";
            return false;
        }
    }

    private static void WritePublic(Utf8JsonWriter writer, DialogTokenPublicKey key, bool end)
    {
        writer.WriteStartObject();
        writer.WriteString("kty", "OKP");
        writer.WriteString("use", "sig");
        writer.WriteString("kid", key.KeyId);
        writer.WriteString("crv", "Ed25519");
        writer.WriteString("x", Base64UrlCanonical.Encode(key.RawKey));
        writer.WriteString("alg", "EdDSA");
        if (end)
        {
            writer.WriteEndObject();
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
