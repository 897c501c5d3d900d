using System.Buffers.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace DialogTokens;

/// <summary>
/// Strings a verifier expects in <c>iss</c>, <c>s</c> and <c>p</c>: a claim equal to one of them is given that instance
/// rather than a new string, so that a token for the expected issuer costs one string fewer.
/// </summary>
internal sealed class ExpectedClaims(string? issuer, string? serviceResource, string? party)
{
    public static readonly ExpectedClaims None = new(null, null, null);

    private readonly byte[]? _issuer = Utf8(issuer);
    private readonly byte[]? _serviceResource = Utf8(serviceResource);
    private readonly byte[]? _party = Utf8(party);

    public string? Issuer { get; } = issuer;

    public string? ServiceResource { get; } = serviceResource;

    public string? Party { get; } = party;

    public string ToString(Claim claim, ReadOnlySpan<byte> utf8) => claim switch
    {
        Claim.Issuer when utf8.SequenceEqual(_issuer) => Issuer!,
        Claim.ServiceResource when utf8.SequenceEqual(_serviceResource) => ServiceResource!,
        Claim.Party when utf8.SequenceEqual(_party) => Party!,
        _ => System.Text.Encoding.UTF8.GetString(utf8),
    };

    private static byte[]? Utf8(string? value) => value is null ? null : System.Text.Encoding.UTF8.GetBytes(value);
}

/// <summary>
/// Reads a dialog token's payload, in one pass, strictly, into <see cref="DialogTokenClaims"/>: one JSON object, no
/// repeated or escaped names, each claim of <see cref="ClaimTable"/> of its JSON type, <c>i</c> a UUID, <c>l</c> 0 to 4,
/// <c>a</c> well formed, times in range and <c>exp</c> after <c>nbf</c>. Unknown claims are allowed and kept as raw
/// JSON, so that claims Dialogporten adds later do not break verifiers. The claims' strings are the only allocation.
/// </summary>
internal static class PayloadReader
{
    private const int MaxMembers = 64;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    // 9999-12-31T23:59:59Z, the largest instant DateTimeOffset holds.
    private const long MaxUnixSeconds = 253_402_300_799;

    /// <summary>Reads <paramref name="payload"/>; <paramref name="scratch"/> (at least as long) holds unescaped strings.</summary>
    public static DialogTokenError Read(
        ReadOnlySpan<byte> payload, Span<byte> scratch, ExpectedClaims expected, out DialogTokenClaims? claims, out string? reason)
    {
        claims = null;
        var values = new Values();

        // RFC 7519 §7.2 step 10: the claims set is UTF-8 JSON; Utf8JsonReader does not check the bytes inside strings.
        if (!Utf8.IsValid(payload))
        {
            reason = "The payload is not UTF-8.";
            return DialogTokenError.PayloadInvalid;
        }

        try
        {
            var reader = new Utf8JsonReader(payload, Options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                reason = "The payload is not a JSON object.";
                return DialogTokenError.PayloadInvalid;
            }

            var names = new JsonNames(stackalloc int[2 * MaxMembers]);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!names.TryAdd(in reader, payload, out var problem))
                {
                    reason = $"The payload {problem}.";
                    return DialogTokenError.PayloadInvalid;
                }

                var claim = ClaimTable.Identify(reader.ValueSpan);
                if (claim is null)
                {
                    var name = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    (values.Additional ??= new Dictionary<string, string>(StringComparer.Ordinal))[name] =
                        System.Text.Encoding.UTF8.GetString(payload[start..(int)reader.BytesConsumed]);
                    continue;
                }

                reader.Read();
                var row = ClaimTable.Get(claim.Value);
                var error = row.IsString
                    ? ReadString(ref reader, row, scratch, expected, ref values, out reason)
                    : ReadInteger(ref reader, row, ref values, out reason);
                if (error != DialogTokenError.None)
                {
                    return error;
                }

                values.Present |= 1 << (int)claim.Value;
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                reason = "The payload is not a single JSON object.";
                return DialogTokenError.PayloadInvalid;
            }
        }
        catch (JsonException)
        {
            reason = "The payload is not valid JSON.";
            return DialogTokenError.PayloadInvalid;
        }

        return Complete(ref values, out claims, out reason);
    }

    /// <summary>The checks across claims, then the claims themselves.</summary>
    private static DialogTokenError Complete(ref Values values, out DialogTokenClaims? claims, out string? reason)
    {
        claims = null;
        foreach (var row in ClaimTable.All)
        {
            if (row.Required && (values.Present & (1 << (int)row.Claim)) == 0)
            {
                reason = $"The token has no '{row.Name}' claim, which every dialog token carries.";
                return DialogTokenError.ClaimMissing;
            }
        }

        if (values.ExpiresAt <= values.NotBefore)
        {
            reason = "The token's 'exp' is not after its 'nbf'.";
            return DialogTokenError.ClaimInvalid;
        }

        if (AuthorizedActions.FromClaim(values.Strings[(int)Claim.Actions]!) is not { } actions)
        {
            reason = "The 'a' claim is not a list of 'action' or 'action,attribute' joined by ';'.";
            return DialogTokenError.ClaimInvalid;
        }

        claims = new DialogTokenClaims
        {
            JwtId = values.Strings[(int)Claim.JwtId]!,
            AuthenticatedParty = values.Strings[(int)Claim.AuthenticatedParty]!,
            SystemUserId = values.Strings[(int)Claim.SystemUserId],
            SystemUserOrganization = values.Strings[(int)Claim.SystemUserOrganization],
            SupplierParty = values.Strings[(int)Claim.SupplierParty],
            AuthenticationLevel = values.AuthenticationLevel,
            Party = values.Strings[(int)Claim.Party]!,
            ServiceResource = values.Strings[(int)Claim.ServiceResource]!,
            DialogId = values.DialogId,
            Actions = actions,
            Issuer = values.Strings[(int)Claim.Issuer]!,
            IssuedAt = DateTimeOffset.FromUnixTimeSeconds(values.IssuedAt),
            NotBefore = DateTimeOffset.FromUnixTimeSeconds(values.NotBefore),
            ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(values.ExpiresAt),
            AdditionalClaims = values.Additional?.AsReadOnly() ?? DialogTokenClaims.NoAdditionalClaims,
        };
        reason = null;
        return DialogTokenError.None;
    }

    private static DialogTokenError ReadString(
        ref Utf8JsonReader reader, ClaimDefinition row, Span<byte> scratch, ExpectedClaims expected, ref Values values, out string? reason)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reason = $"The '{row.Name}' claim must be a string, not {reader.TokenType}.";
            return DialogTokenError.ClaimInvalid;
        }

        var value = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            if (!TryUnescape(in reader, scratch, out var length))
            {
                reason = $"The '{row.Name}' claim holds an escape that is not valid Unicode.";
                return DialogTokenError.ClaimInvalid;
            }

            value = scratch[..length];
        }

        if (row.Kind == ClaimKind.Uuid)
        {
            if (!Utf8Parser.TryParse(value, out Guid dialogId, out var consumed, 'D') || consumed != value.Length || value.Length != 36)
            {
                reason = $"The '{row.Name}' claim '{UntrustedText.Quote(value)}' is not a UUID.";
                return DialogTokenError.ClaimInvalid;
            }

            values.DialogId = dialogId;
            reason = null;
            return DialogTokenError.None;
        }

        if (value.IsEmpty && row.Kind != ClaimKind.Actions)
        {
            reason = $"The '{row.Name}' claim is empty.";
            return DialogTokenError.ClaimInvalid;
        }

        values.Strings[(int)row.Claim] = value.IsEmpty ? "" : expected.ToString(row.Claim, value);
        reason = null;
        return DialogTokenError.None;
    }

    private static bool TryUnescape(ref readonly Utf8JsonReader reader, Span<byte> destination, out int length)
    {
        try
        {
            length = reader.CopyString(destination);
            return true;
        }
        catch (InvalidOperationException)
        {
            // CopyString throws this for an escape that is no Unicode text, such as a lone surrogate "\ud800".
            length = 0;
            return false;
        }
    }

    private static DialogTokenError ReadInteger(ref Utf8JsonReader reader, ClaimDefinition row, ref Values values, out string? reason)
    {
        reason = null;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value))
        {
            reason = $"The '{row.Name}' claim must be an integer.";
            return DialogTokenError.ClaimInvalid;
        }

        if (row.Kind == ClaimKind.Level)
        {
            if (value is < 0 or > 4)
            {
                reason = $"The '{row.Name}' claim must be an authentication level from 0 to 4 (was {value}).";
                return DialogTokenError.ClaimInvalid;
            }

            values.AuthenticationLevel = (int)value;
            return DialogTokenError.None;
        }

        if (value is < 0 or > MaxUnixSeconds)
        {
            reason = $"The '{row.Name}' claim is not a time in Unix seconds (was {value}).";
            return DialogTokenError.ClaimInvalid;
        }

        _ = row.Claim switch
        {
            Claim.IssuedAt => values.IssuedAt = value,
            Claim.NotBefore => values.NotBefore = value,
            _ => values.ExpiresAt = value,
        };
        return DialogTokenError.None;
    }

    [System.Runtime.CompilerServices.InlineArray(ClaimTable.Count)]
    private struct ClaimStrings
    {
        private string? _element;
    }

    /// <summary>What the reader found so far, on the stack.</summary>
    private struct Values
    {
        public ClaimStrings Strings;
        public int Present;
        public Guid DialogId;
        public int AuthenticationLevel;
        public long IssuedAt;
        public long NotBefore;
        public long ExpiresAt;
        public Dictionary<string, string>? Additional;
    }
}
