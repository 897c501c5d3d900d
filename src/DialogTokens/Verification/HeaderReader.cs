using System.Text.Json;
using System.Text.Unicode;

namespace DialogTokens;

/// <summary>
/// Reads a dialog token's JOSE header: <c>alg</c> must be exactly <c>EdDSA</c>, <c>typ</c> (optional) <c>JWT</c> or
/// <c>dialogtoken+jwt</c>, <c>kid</c> a non-empty string, and no <c>crit</c>. Every other member is ignored,
/// notably <c>jwk</c>, <c>jku</c>, <c>x5u</c> and <c>x5c</c>: keys come from the issuer's key set, never from the token.
/// </summary>
internal static class HeaderReader
{
    private const int MaxMembers = 16;
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 8 };

    /// <summary>Reads <paramref name="json"/>; on success <paramref name="keyIdBuffer"/> holds the <c>kid</c> bytes.</summary>
    public static DialogTokenError Read(ReadOnlySpan<byte> json, Span<byte> keyIdBuffer, out int keyIdLength, out string? reason)
    {
        keyIdLength = -1;
        var hasAlgorithm = false;

        // alg and typ are judged after the whole header is read, so that the error does not depend on member order.
        string? algorithmProblem = null;
        string? typeProblem = null;

        // RFC 7515 §5.2 step 4: the header is UTF-8 JSON; Utf8JsonReader does not check the bytes inside strings.
        if (!Utf8.IsValid(json))
        {
            reason = "The header is not UTF-8.";
            return DialogTokenError.HeaderInvalid;
        }

        try
        {
            var reader = new Utf8JsonReader(json, Options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                reason = "The header is not a JSON object.";
                return DialogTokenError.HeaderInvalid;
            }

            var names = new JsonNames(stackalloc int[2 * MaxMembers]);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!names.TryAdd(in reader, json, out var problem))
                {
                    reason = $"The header {problem}.";
                    return DialogTokenError.HeaderInvalid;
                }

                var name = reader.ValueSpan;
                reader.Read();
                if (name.SequenceEqual("alg"u8))
                {
                    hasAlgorithm = true;
                    if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(DialogTokenHeader.Algorithm))
                    {
                        algorithmProblem = $"The algorithm {Describe(ref reader)} is not allowed: dialog tokens are signed with EdDSA (Ed25519) only.";
                    }

                    reader.Skip();
                }
                else if (name.SequenceEqual("typ"u8))
                {
                    if (!IsAllowedType(ref reader))
                    {
                        typeProblem = $"The token type {Describe(ref reader)} is not a dialog token type (JWT or dialogtoken+jwt).";
                    }

                    reader.Skip();
                }
                else if (name.SequenceEqual("kid"u8))
                {
                    if (reader.TokenType != JsonTokenType.String || !TryCopy(in reader, keyIdBuffer, out keyIdLength) || keyIdLength == 0)
                    {
                        reason = $"The key id {Describe(ref reader)} is not a string of 1 to {keyIdBuffer.Length} bytes.";
                        return DialogTokenError.HeaderInvalid;
                    }
                }
                else if (name.SequenceEqual("crit"u8))
                {
                    // RFC 7515 §4.1.11: a recipient that does not understand a critical extension must reject.
                    reason = "The header has critical extensions (crit), which dialog tokens do not use.";
                    return DialogTokenError.HeaderInvalid;
                }
                else
                {
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                reason = "The header is not a single JSON object.";
                return DialogTokenError.HeaderInvalid;
            }
        }
        catch (JsonException)
        {
            reason = "The header is not valid JSON.";
            return DialogTokenError.HeaderInvalid;
        }
        catch (InvalidOperationException)
        {
            // Unescaping a string throws this for an escape that is no Unicode text, such as a lone surrogate "\ud800".
            reason = "The header holds a string that is not valid Unicode.";
            return DialogTokenError.HeaderInvalid;
        }

        if (!hasAlgorithm || algorithmProblem is not null)
        {
            reason = algorithmProblem ?? "The header has no algorithm (alg); dialog tokens are signed with EdDSA.";
            return DialogTokenError.AlgorithmNotAllowed;
        }

        if (typeProblem is not null)
        {
            reason = typeProblem;
            return DialogTokenError.TokenTypeNotAllowed;
        }

        if (keyIdLength < 0)
        {
            reason = "The header has no key id (kid), so no key of the issuer can be chosen.";
            return DialogTokenError.KeyIdMissing;
        }

        reason = null;
        return DialogTokenError.None;
    }

    private static bool IsAllowedType(ref Utf8JsonReader reader)
    {
        Span<byte> type = stackalloc byte[32];
        if (reader.TokenType != JsonTokenType.String || !TryCopy(in reader, type, out var length))
        {
            return false;
        }

        // RFC 7515 §4.1.9: media type names compare case-insensitively.
        type = type[..length];
        return System.Text.Ascii.EqualsIgnoreCase(type, "JWT"u8)
            || System.Text.Ascii.EqualsIgnoreCase(type, "dialogtoken+jwt"u8);
    }

    /// <summary>Copies a string value, unescaped; false when its JSON text is longer than <paramref name="destination"/>.</summary>
    internal static bool TryCopy(ref readonly Utf8JsonReader reader, scoped Span<byte> destination, out int length)
    {
        length = 0;
        if (reader.ValueSpan.Length > destination.Length)
        {
            return false;
        }

        // Unescaping only shortens, so what fits escaped fits unescaped.
        length = reader.ValueIsEscaped ? reader.CopyString(destination) : reader.ValueSpan.Length;
        if (!reader.ValueIsEscaped)
        {
            reader.ValueSpan.CopyTo(destination);
        }

        return true;
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"'{UntrustedText.Quote(reader.ValueSpan)}'",
        JsonTokenType.Null => "null",
        _ => $"of JSON type {reader.TokenType}",
    };
}
