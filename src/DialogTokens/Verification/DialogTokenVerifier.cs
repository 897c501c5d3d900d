using System.Buffers;
using NSec.Cryptography;

namespace DialogTokens;

/// <summary>
/// Verifies dialog tokens offline against the issuer's keys. The checks run in this order, each with its own
/// <see cref="DialogTokenError"/>: size, structure, canonical base64url, header (<c>alg</c> exactly EdDSA, <c>typ</c>,
/// <c>kid</c>), key lookup, Ed25519 signature over <c>header.payload</c>, payload and claim types, <c>nbf</c>,
/// <c>exp</c> and <c>iat</c> with clock skew, the lifetime <c>exp - iat</c>, <c>iss</c>; then what the token is for:
/// the service resource and party (when configured), the dialog id and the required actions.
/// Thread-safe; allocates nothing for a valid token.
/// </summary>
public sealed partial class DialogTokenVerifier
{
    private const int StackLimit = 2048;

    private readonly IDialogTokenKeySource _keys;
    private readonly TimeProvider _timeProvider;
    private readonly byte[]? _issuerUtf8;
    private readonly string? _issuer;
    private readonly long _clockSkewSeconds;
    private readonly long _maxLifetimeSeconds;
    private readonly string? _serviceResource;
    private readonly byte[]? _serviceResourceUtf8;
    private readonly string? _party;
    private readonly byte[]? _partyUtf8;
    private readonly int _maxTokenLength;
    private readonly VerifiedTokenCache? _cache;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">The issuer's keys: a <see cref="DialogTokenKeySet"/>, or a source that discovers and refreshes them.</param>
    /// <param name="options">The checks; defaults when <c>null</c>.</param>
    /// <param name="timeProvider">The clock; the system clock when <c>null</c>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public DialogTokenVerifier(IDialogTokenKeySource keys, DialogTokenValidationOptions? options = null, TimeProvider? timeProvider = null)
        : this(keys, options, timeProvider, defaultIssuer: null)
    {
    }

    /// <summary>As the public constructor; <paramref name="defaultIssuer"/> applies when the options name no issuer.</summary>
    internal DialogTokenVerifier(IDialogTokenKeySource keys, DialogTokenValidationOptions? options, TimeProvider? timeProvider, string? defaultIssuer)
    {
        ArgumentNullException.ThrowIfNull(keys);
        options ??= new DialogTokenValidationOptions();
        options.ThrowIfInvalid();
        _keys = keys;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _issuer = options.Issuer ?? defaultIssuer;
        _issuerUtf8 = _issuer is null ? null : System.Text.Encoding.UTF8.GetBytes(_issuer);
        _clockSkewSeconds = (long)options.ClockSkew.TotalSeconds;
        _maxLifetimeSeconds = (long)options.MaxTokenLifetime.TotalSeconds;
        _serviceResource = options.ServiceResource;
        _serviceResourceUtf8 = _serviceResource is null ? null : System.Text.Encoding.UTF8.GetBytes(_serviceResource);
        _party = options.Party;
        _partyUtf8 = _party is null ? null : System.Text.Encoding.UTF8.GetBytes(_party);
        _maxTokenLength = options.MaxTokenLength;
        _cache = options.CacheVerifiedTokens ? new VerifiedTokenCache(options.VerifiedTokenCacheSize) : null;
    }

    /// <summary>The number of tokens in the verified-token cache.</summary>
    internal int CachedTokenCount => _cache?.Count ?? 0;

    private DialogTokenValidationResult VerifyUntraced(string? token, Guid? dialogId, ReadOnlySpan<DialogAction> requiredActions)
    {
        foreach (var action in requiredActions)
        {
            if (action.Name is null)
            {
                throw new ArgumentException("default(DialogAction) is not an action; create one with a name.", nameof(requiredActions));
            }
        }

        if (string.IsNullOrEmpty(token))
        {
            return Fail(DialogTokenError.TokenMissing, "No token was given.");
        }

        if (token.Length > _maxTokenLength)
        {
            return Fail(DialogTokenError.TokenTooLarge, $"The token is {token.Length} characters; at most {_maxTokenLength} are accepted.");
        }

        var keys = _keys.Current;
        if (keys is null)
        {
            return Fail(DialogTokenError.KeysUnavailable, "No key set has been loaded from the issuer yet, so no token can be verified.");
        }

        var now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        if (_cache is not null && _cache.TryGet(token, out var cached))
        {
            if (keys.Contains(cached.Key))
            {
                return CheckCached(token, cached, now, dialogId, requiredActions);
            }

            // The key was withdrawn from the issuer's key set: verify afresh, which will say so.
            _cache.Remove(token);
        }

        return VerifyFully(token, keys, now, dialogId, requiredActions);
    }

    private DialogTokenValidationResult VerifyFully(
        string token, DialogTokenKeySet keys, long now, Guid? dialogId, ReadOnlySpan<DialogAction> requiredActions)
    {
        if (!CompactJws.TrySplit(token, out var jws))
        {
            return Fail(DialogTokenError.TokenMalformed, "A token is three base64url parts separated by two dots, with a non-empty header and payload.");
        }

        if (jws.Header.Length > CompactJws.MaxHeaderLength)
        {
            return Fail(DialogTokenError.HeaderInvalid, $"The header is longer than {CompactJws.MaxHeaderLength} characters.");
        }

        Span<byte> header = stackalloc byte[Base64UrlCanonical.MaxDecodedLength(CompactJws.MaxHeaderLength)];
        var headerLength = Base64UrlCanonical.Decode(jws.Header, header);
        if (headerLength < 0)
        {
            return Fail(DialogTokenError.TokenEncodingInvalid, "The header is not canonical base64url (no padding, no '+' or '/', no white space).");
        }

        Span<byte> keyId = stackalloc byte[DialogTokenKeyId.MaxLength];
        var error = HeaderReader.Read(header[..headerLength], keyId, out var keyIdLength, out var reason);
        if (error != DialogTokenError.None)
        {
            return Fail(error, reason!);
        }

        if (!Base64UrlCanonical.IsCanonical(jws.Payload) || !Base64UrlCanonical.IsCanonical(jws.Signature))
        {
            return Fail(DialogTokenError.TokenEncodingInvalid, "The payload or the signature is not canonical base64url (no padding, no '+' or '/', no white space).");
        }

        Span<byte> signature = stackalloc byte[CompactJws.SignatureLength + 3];
        var signatureLength = jws.Signature.Length <= 88 ? Base64UrlCanonical.Decode(jws.Signature, signature) : -1;
        if (signatureLength != CompactJws.SignatureLength)
        {
            return Fail(DialogTokenError.SignatureInvalid, "The signature is not 64 bytes, the size of an Ed25519 signature.");
        }

        var key = keys.Find(keyId[..keyIdLength]);
        if (key is null)
        {
            return Fail(DialogTokenError.KeyNotFound, $"The issuer's key set has no key '{Text.Quote(keyId[..keyIdLength])}'.");
        }

        // One buffer for the signing input, the decoded payload and room to unescape its strings.
        var payloadCapacity = Base64UrlCanonical.MaxDecodedLength(jws.Payload.Length);
        var needed = jws.SigningInput.Length + (2 * payloadCapacity);
        byte[]? rented = null;
        var buffer = needed <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(needed));
        try
        {
            var signingInput = buffer[..jws.SigningInput.Length];
            var payload = buffer.Slice(signingInput.Length, payloadCapacity);
            var scratch = buffer.Slice(signingInput.Length + payloadCapacity, payloadCapacity);

            // The signing input is the ASCII text of header.payload (RFC 7515 §5.2 step 8); all of it is base64url or '.'.
            System.Text.Encoding.ASCII.GetBytes(jws.SigningInput, signingInput);
            if (!SignatureAlgorithm.Ed25519.Verify(key.Key, signingInput, signature[..CompactJws.SignatureLength]))
            {
                return Fail(DialogTokenError.SignatureInvalid, $"The signature does not verify with the issuer's key '{key.KeyId}'.");
            }

            var payloadLength = Base64UrlCanonical.Decode(jws.Payload, payload);
            payload = payload[..payloadLength];
            error = PayloadReader.Read(payload, scratch, out var facts, out reason);
            if (error != DialogTokenError.None)
            {
                return Fail(error, reason!);
            }

            if (CheckToken(in facts, facts.Get(Claim.Issuer, payload, scratch), now) is { } tokenFailure)
            {
                return tokenFailure;
            }

            // With the cache on, the claims are built for it anyway: the token carries them, so ReadClaims need not
            // decode the payload a second time.
            DialogTokenClaims? claims = null;
            if (_cache is not null)
            {
                claims = DialogTokenReader.TryMaterialize(payload, out _, out _)!;
                _cache.Add(token, new VerifiedTokenCache.Entry(key, claims, _clockSkewSeconds), now);
            }

            return CheckRecipient(facts.Get(Claim.ServiceResource, payload, scratch), facts.Get(Claim.Party, payload, scratch))
                ?? CheckRequest(facts.DialogId, facts.Get(Claim.Actions, payload, scratch), dialogId, requiredActions)
                ?? DialogTokenValidationResult.Success(claims is null ? new DialogToken(token, key, in facts) : new DialogToken(token, key, claims));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private DialogTokenValidationResult CheckCached(
        string token, VerifiedTokenCache.Entry cached, long now, Guid? dialogId, ReadOnlySpan<DialogAction> requiredActions)
    {
        // The same time checks as a first verification: the clock may have moved either way since.
        var claims = cached.Claims;
        if (CheckTimes(claims.IssuedAt.ToUnixTimeSeconds(), claims.NotBefore.ToUnixTimeSeconds(), claims.ExpiresAt.ToUnixTimeSeconds(), now) is { } timeFailure)
        {
            return timeFailure;
        }

        if (_serviceResource is not null && claims.CheckServiceResource(_serviceResource) is { } otherResource)
        {
            return otherResource;
        }

        if (_party is not null && !string.Equals(claims.Party, _party, StringComparison.Ordinal))
        {
            return PartyMismatch(_party, claims.Party);
        }

        return claims.CheckRequest(dialogId, requiredActions) ?? DialogTokenValidationResult.Success(new DialogToken(token, cached.Key, claims));
    }

    // The checks below answer null when they pass.
    private DialogTokenValidationResult? CheckToken(in PayloadFacts facts, ReadOnlySpan<byte> issuer, long now)
    {
        if (CheckTimes(facts.IssuedAt, facts.NotBefore, facts.ExpiresAt, now) is { } timeFailure)
        {
            return timeFailure;
        }

        if (_issuerUtf8 is not null && !issuer.SequenceEqual(_issuerUtf8))
        {
            return Fail(DialogTokenError.IssuerInvalid, $"The token was issued by '{Text.Quote(issuer)}', not by the expected issuer '{_issuer}'.");
        }

        return null;
    }

    private DialogTokenValidationResult? CheckTimes(long issuedAt, long notBefore, long expiresAt, long now)
    {
        if (notBefore - _clockSkewSeconds > now)
        {
            return Fail(DialogTokenError.TokenNotYetValid, $"The token is not valid before {Iso(notBefore)} (clock skew {_clockSkewSeconds} s).");
        }

        // RFC 7519 §4.1.4: the current time must be before exp.
        if (expiresAt + _clockSkewSeconds <= now)
        {
            return Fail(DialogTokenError.TokenExpired, $"The token expired at {Iso(expiresAt)} (clock skew {_clockSkewSeconds} s).");
        }

        // Without these two, a validly signed token says itself how long it lives: nbf/exp alone would accept one
        // issued for ten years, or dated ahead so that it is still good long after a key is withdrawn.
        if (issuedAt - _clockSkewSeconds > now)
        {
            return Fail(DialogTokenError.TokenIssuedInFuture, $"The token says it was issued at {Iso(issuedAt)}, later than now (clock skew {_clockSkewSeconds} s).");
        }

        if (expiresAt - issuedAt > _maxLifetimeSeconds)
        {
            return Fail(DialogTokenError.TokenLifetimeTooLong,
                $"The token lives {expiresAt - issuedAt} s from 'iat' to 'exp'; at most {_maxLifetimeSeconds} s are accepted.");
        }

        return null;
    }

    private DialogTokenValidationResult? CheckRecipient(ReadOnlySpan<byte> serviceResource, ReadOnlySpan<byte> party)
    {
        if (_serviceResourceUtf8 is not null && !serviceResource.SequenceEqual(_serviceResourceUtf8))
        {
            return ServiceResourceMismatch(_serviceResource!, System.Text.Encoding.UTF8.GetString(serviceResource));
        }

        if (_partyUtf8 is not null && !party.SequenceEqual(_partyUtf8))
        {
            return PartyMismatch(_party!, System.Text.Encoding.UTF8.GetString(party));
        }

        return null;
    }

    private static DialogTokenValidationResult? CheckRequest(
        Guid tokenDialogId, ReadOnlySpan<byte> encodedActions, Guid? dialogId, ReadOnlySpan<DialogAction> requiredActions)
    {
        if (dialogId is { } expected && expected != tokenDialogId)
        {
            return DialogMismatch(expected, tokenDialogId);
        }

        if (requiredActions.IsEmpty)
        {
            return null;
        }

        char[]? rented = null;
        var chars = encodedActions.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(encodedActions.Length));
        try
        {
            var actions = chars[..System.Text.Encoding.UTF8.GetChars(encodedActions, chars)];
            foreach (var action in requiredActions)
            {
                if (!AuthorizedActions.Contains(actions, action))
                {
                    return NotGranted(action);
                }
            }

            return null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static string Iso(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    internal static DialogTokenValidationResult ServiceResourceMismatch(string expected, string actual) =>
        Fail(DialogTokenError.ServiceResourceMismatch, $"The token is for service resource '{Text.Quote(actual, 100)}', not for '{Text.Quote(expected, 100)}'.");

    private static DialogTokenValidationResult PartyMismatch(string expected, string actual) =>
        Fail(DialogTokenError.PartyMismatch, $"The token is for party '{Text.Quote(actual, 100)}', not for '{Text.Quote(expected, 100)}'.");

    internal static DialogTokenValidationResult DialogMismatch(Guid expected, Guid actual) =>
        Fail(DialogTokenError.DialogMismatch, $"The token is for dialog {actual}, not for dialog {expected}.");

    internal static DialogTokenValidationResult NotGranted(DialogAction action) =>
        Fail(DialogTokenError.ActionNotGranted, action.IsMainResource
            ? $"The token does not grant '{action.Name}' on the dialog's main resource."
            : $"The token does not grant '{action.Name}' on '{action.AuthorizationAttribute}'.");

    private static DialogTokenValidationResult Fail(DialogTokenError error, string reason) =>
        DialogTokenValidationResult.Failure(error, reason);
}
