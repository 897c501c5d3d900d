using System.Text.Json;

namespace DialogTokens;

/// <summary>The JOSE header of a dialog token: <c>{"alg":"EdDSA","typ":"JWT","kid":…}</c>, in that order, as Dialogporten writes it.</summary>
internal static class DialogTokenHeader
{
    public const string Algorithm = "EdDSA";
    public const string Type = "JWT";

    /// <summary>The explicit type that Dialogporten plans for a future issuer version (RFC 8725 §3.11); accepted when reading.</summary>
    public const string ExplicitType = "dialogtoken+jwt";

    /// <summary>The base64url-encoded header for <paramref name="keyId"/>, as ASCII bytes.</summary>
    public static byte[] Encode(string keyId)
    {
        var json = new System.Buffers.ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", Algorithm);
            writer.WriteString("typ", Type);
            writer.WriteString("kid", keyId);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.ASCII.GetBytes(Base64UrlCanonical.Encode(json.WrittenSpan));
    }
}
