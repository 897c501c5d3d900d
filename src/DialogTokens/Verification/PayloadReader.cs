using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;

namespace DialogTokens;

/// <summary>The claims the payload reader knows, in Dialogporten's order; the first <see cref="PayloadFacts.StringCount"/> are strings.</summary>
internal enum Claim
{
    JwtId,
    AuthenticatedParty,
    SystemUserId,
    SystemUserOrganization,
    SupplierParty,
    Party,
    ServiceResource,
    DialogId,
    Actions,
    Issuer,
    AuthenticationLevel,
    IssuedAt,
    NotBefore,
    ExpiresAt,
}

/// <summary>Where a string claim's UTF-8 value lies: in the payload, or unescaped into the scratch buffer.</summary>
internal readonly record struct ClaimSlice(int Start, int Length, bool InScratch);

[InlineArray(PayloadFacts.StringCount)]
internal struct ClaimSlices
{
    private ClaimSlice _element;
}

/// <summary>What the payload says, read without allocating: numbers parsed, strings located.</summary>
internal struct PayloadFacts
{
    public const int StringCount = 10;

    public ClaimSlices Strings;
    public int Present;
    public Guid DialogId;
    public int AuthenticationLevel;
    public long IssuedAt;
    public long NotBefore;
    public long ExpiresAt;

    public readonly bool Has(Claim claim) => (Present & (1 << (int)claim)) != 0;

    public readonly ReadOnlySpan<byte> Get(Claim claim, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> scratch)
    {
        var slice = Strings[(int)claim];
        return (slice.InScratch ? scratch : payload).Slice(slice.Start, slice.Length);
    }
}

/// <summary>
/// Reads a dialog token's payload strictly: one JSON object, no repeated names, each known claim of its JSON type
/// (strings, integers), <c>i</c> a UUID, <c>l</c> 0 to 4, <c>a</c> well formed, times in range and <c>exp</c> after
/// <c>nbf</c>. Unknown claims are allowed and skipped, so that claims Dialogporten adds later do not break verifiers.
/// </summary>
internal static class PayloadReader
{
    private const int MaxMembers = 64;

    /// <summary>The claims every dialog token carries (y, o, u are optional).</summary>
    private static readonly Claim[] Required =
    [
        Claim.JwtId, Claim.AuthenticatedParty, Claim.AuthenticationLevel, Claim.Party, Claim.ServiceResource,
        Claim.DialogId, Claim.Actions, Claim.Issuer, Claim.IssuedAt, Claim.NotBefore, Claim.ExpiresAt,
    ];

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    // 9999-12-31T23:59:59Z, the largest instant DateTimeOffset holds.
    private const long MaxUnixSeconds = 253_402_300_799;

    /// <summary>Reads <paramref name="payload"/>; <paramref name="scratch"/> must be at least as long.</summary>
    public static DialogTokenError Read(ReadOnlySpan<byte> payload, Span<byte> scratch, out PayloadFacts facts, out string? reason)
    {
        facts = default;
        var scratchUsed = 0;

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

                var claim = Identify(reader.ValueSpan);
                reader.Read();
                if (claim is null)
                {
                    reader.Skip();
                    continue;
                }

                var error = claim < Claim.AuthenticationLevel
                    ? ReadString(ref reader, claim.Value, scratch, ref scratchUsed, ref facts, out reason)
                    : ReadInteger(ref reader, claim.Value, ref facts, out reason);
                if (error != DialogTokenError.None)
                {
                    return error;
                }

                facts.Present |= 1 << (int)claim.Value;
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

        return CheckTogether(ref facts, payload, scratch, out reason);
    }

    private static DialogTokenError CheckTogether(ref PayloadFacts facts, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> scratch, out string? reason)
    {
        foreach (var claim in Required)
        {
            if (!facts.Has(claim))
            {
                reason = $"The token has no '{Name(claim)}' claim, which every dialog token carries.";
                return DialogTokenError.ClaimMissing;
            }
        }

        if (facts.ExpiresAt <= facts.NotBefore)
        {
            reason = "The token's 'exp' is not after its 'nbf'.";
            return DialogTokenError.ClaimInvalid;
        }

        var actions = facts.Get(Claim.Actions, payload, scratch);
        Span<char> chars = actions.Length <= 1024 ? stackalloc char[actions.Length] : new char[actions.Length];
        var written = System.Text.Encoding.UTF8.GetChars(actions, chars);
        if (!AuthorizedActions.IsWellFormed(chars[..written]))
        {
            reason = "The 'a' claim is not a list of 'action' or 'action,attribute' joined by ';'.";
            return DialogTokenError.ClaimInvalid;
        }

        reason = null;
        return DialogTokenError.None;
    }

    private static DialogTokenError ReadString(
        ref Utf8JsonReader reader, Claim claim, Span<byte> scratch, ref int scratchUsed, ref PayloadFacts facts, out string? reason)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reason = $"The '{Name(claim)}' claim must be a string, not {reader.TokenType}.";
            return DialogTokenError.ClaimInvalid;
        }

        ClaimSlice slice;
        if (reader.ValueIsEscaped)
        {
            if (!TryUnescape(in reader, scratch[scratchUsed..], out var length))
            {
                reason = $"The '{Name(claim)}' claim holds an escape that is not valid Unicode.";
                return DialogTokenError.ClaimInvalid;
            }

            slice = new ClaimSlice(scratchUsed, length, InScratch: true);
            scratchUsed += length;
        }
        else
        {
            slice = new ClaimSlice((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, InScratch: false);
        }

        facts.Strings[(int)claim] = slice;
        var value = (slice.InScratch ? scratch : reader.ValueSpan).Slice(slice.InScratch ? slice.Start : 0, slice.Length);
        if (claim == Claim.DialogId)
        {
            if (!Utf8Parser.TryParse(value, out Guid dialogId, out var consumed, 'D') || consumed != value.Length || value.Length != 36)
            {
                reason = $"The 'i' claim '{Text.Quote(value)}' is not a UUID.";
                return DialogTokenError.ClaimInvalid;
            }

            facts.DialogId = dialogId;
        }
        else if (value.IsEmpty && claim != Claim.Actions)
        {
            reason = $"The '{Name(claim)}' claim is empty.";
            return DialogTokenError.ClaimInvalid;
        }

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

    private static DialogTokenError ReadInteger(ref Utf8JsonReader reader, Claim claim, ref PayloadFacts facts, out string? reason)
    {
        reason = null;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value))
        {
            reason = $"The '{Name(claim)}' claim must be an integer.";
            return DialogTokenError.ClaimInvalid;
        }

        if (claim == Claim.AuthenticationLevel)
        {
            if (value is < 0 or > 4)
            {
                reason = $"The 'l' claim must be an authentication level from 0 to 4 (was {value}).";
                return DialogTokenError.ClaimInvalid;
            }

            facts.AuthenticationLevel = (int)value;
            return DialogTokenError.None;
        }

        if (value is < 0 or > MaxUnixSeconds)
        {
            reason = $"The '{Name(claim)}' claim is not a time in Unix seconds (was {value}).";
            return DialogTokenError.ClaimInvalid;
        }

        _ = claim switch
        {
            Claim.IssuedAt => facts.IssuedAt = value,
            Claim.NotBefore => facts.NotBefore = value,
            _ => facts.ExpiresAt = value,
        };
        return DialogTokenError.None;
    }

    internal static Claim? Identify(ReadOnlySpan<byte> name) => name.Length switch
    {
        1 => name[0] switch
        {
            (byte)'c' => Claim.AuthenticatedParty,
            (byte)'y' => Claim.SystemUserId,
            (byte)'o' => Claim.SystemUserOrganization,
            (byte)'u' => Claim.SupplierParty,
            (byte)'l' => Claim.AuthenticationLevel,
            (byte)'p' => Claim.Party,
            (byte)'s' => Claim.ServiceResource,
            (byte)'i' => Claim.DialogId,
            (byte)'a' => Claim.Actions,
            _ => null,
        },
        3 when name.SequenceEqual("jti"u8) => Claim.JwtId,
        3 when name.SequenceEqual("iss"u8) => Claim.Issuer,
        3 when name.SequenceEqual("iat"u8) => Claim.IssuedAt,
        3 when name.SequenceEqual("nbf"u8) => Claim.NotBefore,
        3 when name.SequenceEqual("exp"u8) => Claim.ExpiresAt,
        _ => null,
    };

    internal static string Name(Claim claim) => claim switch
    {
        Claim.JwtId => DialogTokenClaimNames.JwtId,
        Claim.AuthenticatedParty => DialogTokenClaimNames.AuthenticatedParty,
        Claim.SystemUserId => DialogTokenClaimNames.SystemUserId,
        Claim.SystemUserOrganization => DialogTokenClaimNames.SystemUserOrganization,
        Claim.SupplierParty => DialogTokenClaimNames.SupplierParty,
        Claim.Party => DialogTokenClaimNames.Party,
        Claim.ServiceResource => DialogTokenClaimNames.ServiceResource,
        Claim.DialogId => DialogTokenClaimNames.DialogId,
        Claim.Actions => DialogTokenClaimNames.Actions,
        Claim.Issuer => DialogTokenClaimNames.Issuer,
        Claim.AuthenticationLevel => DialogTokenClaimNames.AuthenticationLevel,
        Claim.IssuedAt => DialogTokenClaimNames.IssuedAt,
        Claim.NotBefore => DialogTokenClaimNames.NotBefore,
        _ => DialogTokenClaimNames.ExpiresAt,
    };
}
