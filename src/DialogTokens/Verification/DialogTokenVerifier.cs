using System.Buffers;
using System.Diagnostics;
using NSec.Cryptography;

namespace DialogTokens;

/// <summary>
/// Verifies dialog tokens offline against the issuer's keys. The whole verification is this file, its steps in the
/// order they run, each with its own <see cref="DialogTokenError"/>:
/// <list type="number">
/// <item><see cref="CheckPresent"/>, <see cref="CheckLength"/>: a token, and not too long to parse.</item>
/// <item><see cref="RequireKeys"/>: a key set has been loaded.</item>
/// <item><see cref="FromCache"/>: a token verified before skips to the time check, with the claims it had.</item>
/// <item><see cref="SplitCompact"/>, <see cref="ReadHeader"/>: three canonical base64url parts; <c>alg</c> exactly
/// EdDSA, <c>typ</c>, <c>kid</c>.</item>
/// <item><see cref="FindKey"/>, <see cref="CheckSignature"/>: the key named by <c>kid</c>, Ed25519 over
/// <c>header.payload</c>.</item>
/// <item><see cref="ReadClaims"/>: the payload, read once into <see cref="DialogTokenClaims"/> (claim types, UUID, level,
/// <c>a</c>).</item>
/// <item><see cref="CheckLifetime"/>, <see cref="CheckIssuer"/>: <c>nbf</c>, <c>exp</c>, <c>iat</c> with clock skew,
/// <c>exp - iat</c>; <c>iss</c>. A token that passes is remembered (<see cref="Remember"/>).</item>
/// <item><see cref="CheckServiceResource"/>, <see cref="CheckParty"/>: the token is for this service (when configured).</item>
/// <item><see cref="DialogTokenClaims.CheckRequest"/>: the request's dialog and actions.</item>
/// </list>
/// Thread-safe. A valid token costs its claims' strings; one from the verified-token cache costs nothing.
/// </summary>
public sealed class DialogTokenVerifier
{
    /// <summary>The activity source of verification, named as the library's meter (<c>AddSource("DialogTokens")</c>).</summary>
    public const string ActivitySourceName = "DialogTokens";

    private const int StackLimit = 2048;

    private static readonly ActivitySource ActivitySource = new(ActivitySourceName, typeof(DialogTokenVerifier).Assembly.GetName().Version?.ToString());

    private readonly IDialogTokenKeySource _keys;
    private readonly TimeProvider _timeProvider;
    private readonly ExpectedClaims _expected;
    private readonly long _clockSkewSeconds;
    private readonly long _maxLifetimeSeconds;
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
        _expected = new ExpectedClaims(options.Issuer ?? defaultIssuer, options.ServiceResource, options.Party);
        _clockSkewSeconds = (long)options.ClockSkew.TotalSeconds;
        _maxLifetimeSeconds = (long)options.MaxTokenLifetime.TotalSeconds;
        _maxTokenLength = options.MaxTokenLength;
        _cache = options.CacheVerifiedTokens ? new VerifiedTokenCache(options.VerifiedTokenCacheSize) : null;
    }

    /// <summary>The number of tokens in the verified-token cache.</summary>
    internal int CachedTokenCount => _cache?.Count ?? 0;

    /// <summary>
    /// Verifies <paramref name="token"/> and, when given, that it is for <paramref name="dialogId"/> and grants every
    /// one of <paramref name="requiredActions"/> (strictly: an action without attribute needs a permit on the main
    /// resource). Never throws for a bad token.
    /// </summary>
    /// <exception cref="ArgumentException">An action is <c>default(DialogAction)</c>: a programming mistake.</exception>
    public DialogTokenValidationResult Verify(string? token, Guid? dialogId = null, params IReadOnlyList<DialogAction> requiredActions)
    {
        // One activity per verification when someone listens; nothing of the token itself is recorded, only the outcome.
        using var activity = ActivitySource.StartActivity("dialogtoken.verify");
        var result = Run(token, dialogId, requiredActions);
        if (activity is not null)
        {
            activity.SetTag("dialogtoken.outcome", result.IsValid ? "valid" : "rejected");
            if (!result.IsValid)
            {
                activity.SetTag("error.type", result.ErrorCode);
                activity.SetStatus(ActivityStatusCode.Error, result.ErrorCode);
            }
        }

        return result;
    }

    // The steps, top to bottom. Each answers null to go on, or the failure that ends verification.
    private DialogTokenValidationResult Run(string? token, Guid? dialogId, IReadOnlyList<DialogAction> requiredActions)
    {
        ThrowIfNotActions(requiredActions);
        if ((CheckPresent(token) ?? CheckLength(token!)) is { } refused)
        {
            return refused;
        }

        if (RequireKeys(out var keys) is { } unavailable)
        {
            return unavailable;
        }

        var now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var fromCache = FromCache(token!, keys, out var verified);
        if (!fromCache && ReadSigned(token!, keys, out verified) is { } unsigned)
        {
            return unsigned;
        }

        var claims = verified.Claims;
        return CheckLifetime(claims, now)
            ?? CheckIssuer(claims)
            ?? Remember(verified, fromCache, now)
            ?? CheckServiceResource(claims)
            ?? CheckParty(claims)
            ?? claims.CheckRequest(dialogId, requiredActions)
            ?? DialogTokenValidationResult.Success(verified);
    }

    private static DialogTokenValidationResult? CheckPresent(string? token) =>
        string.IsNullOrEmpty(token) ? Fail(DialogTokenError.TokenMissing, "No token was given.") : null;

    private DialogTokenValidationResult? CheckLength(string token) =>
        token.Length > _maxTokenLength
            ? Fail(DialogTokenError.TokenTooLarge, $"The token is {token.Length} characters; at most {_maxTokenLength} are accepted.")
            : null;

    private DialogTokenValidationResult? RequireKeys(out DialogTokenKeySet keys)
    {
        keys = _keys.Current!;
        return keys is null
            ? Fail(DialogTokenError.KeysUnavailable, "No key set has been loaded from the issuer yet, so no token can be verified.")
            : null;
    }

    private bool FromCache(string token, DialogTokenKeySet keys, out DialogToken verified)
    {
        verified = default;
        if (_cache is null || !_cache.TryGet(token, out var cached))
        {
            return false;
        }

        if (!keys.Contains(cached.Key))
        {
            // The key was withdrawn from the issuer's key set: verify afresh, which will say so.
            _cache.Remove(token);
            return false;
        }

        verified = new DialogToken(token, cached.Key, cached.Claims);
        return true;
    }

    /// <summary>The token's form, header, key, signature and claims: everything a token says about itself.</summary>
    private DialogTokenValidationResult? ReadSigned(string token, DialogTokenKeySet keys, out DialogToken verified)
    {
        verified = default;
        Span<byte> keyId = stackalloc byte[DialogTokenKeyId.MaxLength];
        Span<byte> signature = stackalloc byte[CompactJws.SignatureLength + 3];
        if (SplitCompact(token, out var jws) is { } malformed)
        {
            return malformed;
        }

        if ((ReadHeader(jws, keyId, out var keyIdLength) ?? DecodeSignature(jws, signature)) is { } refused)
        {
            return refused;
        }

        if (FindKey(keys, keyId[..keyIdLength], out var key) is { } unknown)
        {
            return unknown;
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
            if (CheckSignature(jws, key, signingInput, signature[..CompactJws.SignatureLength]) is { } forged)
            {
                return forged;
            }

            if (ReadClaims(jws, payload, scratch, out var claims) is { } invalid)
            {
                return invalid;
            }

            verified = new DialogToken(token, key, claims);
            return null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static DialogTokenValidationResult? SplitCompact(string token, out CompactJws jws)
    {
        if (!CompactJws.TrySplit(token, out jws))
        {
            return Fail(DialogTokenError.TokenMalformed, "A token is three base64url parts separated by two dots, with a non-empty header and payload.");
        }

        return jws.Header.Length > CompactJws.MaxHeaderLength
            ? Fail(DialogTokenError.HeaderInvalid, $"The header is longer than {CompactJws.MaxHeaderLength} characters.")
            : null;
    }

    private static DialogTokenValidationResult? ReadHeader(CompactJws jws, Span<byte> keyId, out int keyIdLength)
    {
        keyIdLength = 0;
        Span<byte> header = stackalloc byte[Base64UrlCanonical.MaxDecodedLength(CompactJws.MaxHeaderLength)];
        var headerLength = Base64UrlCanonical.Decode(jws.Header, header);
        if (headerLength < 0)
        {
            return Fail(DialogTokenError.TokenEncodingInvalid, "The header is not canonical base64url (no padding, no '+' or '/', no white space).");
        }

        var error = HeaderReader.Read(header[..headerLength], keyId, out keyIdLength, out var reason);
        return error == DialogTokenError.None ? null : Fail(error, reason!);
    }

    private static DialogTokenValidationResult? DecodeSignature(CompactJws jws, Span<byte> signature)
    {
        if (!Base64UrlCanonical.IsCanonical(jws.Payload) || !Base64UrlCanonical.IsCanonical(jws.Signature))
        {
            return Fail(DialogTokenError.TokenEncodingInvalid, "The payload or the signature is not canonical base64url (no padding, no '+' or '/', no white space).");
        }

        var signatureLength = jws.Signature.Length <= 88 ? Base64UrlCanonical.Decode(jws.Signature, signature) : -1;
        return signatureLength != CompactJws.SignatureLength
            ? Fail(DialogTokenError.SignatureInvalid, "The signature is not 64 bytes, the size of an Ed25519 signature.")
            : null;
    }

    private static DialogTokenValidationResult? FindKey(DialogTokenKeySet keys, ReadOnlySpan<byte> keyId, out DialogTokenPublicKey key)
    {
        key = keys.Find(keyId)!;
        return key is null ? Fail(DialogTokenError.KeyNotFound, $"The issuer's key set has no key '{UntrustedText.Quote(keyId)}'.") : null;
    }

    private static DialogTokenValidationResult? CheckSignature(CompactJws jws, DialogTokenPublicKey key, Span<byte> signingInput, ReadOnlySpan<byte> signature)
    {
        // The signing input is the ASCII text of header.payload (RFC 7515 §5.2 step 8); all of it is base64url or '.'.
        System.Text.Encoding.ASCII.GetBytes(jws.SigningInput, signingInput);
        return SignatureAlgorithm.Ed25519.Verify(key.Key, signingInput, signature)
            ? null
            : Fail(DialogTokenError.SignatureInvalid, $"The signature does not verify with the issuer's key '{key.KeyId}'.");
    }

    private DialogTokenValidationResult? ReadClaims(CompactJws jws, Span<byte> payload, Span<byte> scratch, out DialogTokenClaims claims)
    {
        var payloadLength = Base64UrlCanonical.Decode(jws.Payload, payload);
        var error = PayloadReader.Read(payload[..payloadLength], scratch, _expected, out var read, out var reason);
        claims = read!;
        return error == DialogTokenError.None ? null : Fail(error, reason!);
    }

    private DialogTokenValidationResult? CheckLifetime(DialogTokenClaims claims, long now)
    {
        // The same checks for a token from the cache: the clock may have moved either way since it was verified.
        var (issuedAt, notBefore, expiresAt) = (claims.IssuedAt.ToUnixTimeSeconds(), claims.NotBefore.ToUnixTimeSeconds(), claims.ExpiresAt.ToUnixTimeSeconds());
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

        return expiresAt - issuedAt > _maxLifetimeSeconds
            ? Fail(DialogTokenError.TokenLifetimeTooLong, $"The token lives {expiresAt - issuedAt} s from 'iat' to 'exp'; at most {_maxLifetimeSeconds} s are accepted.")
            : null;
    }

    private DialogTokenValidationResult? CheckIssuer(DialogTokenClaims claims) =>
        _expected.Issuer is { } issuer && !string.Equals(claims.Issuer, issuer, StringComparison.Ordinal)
            ? Fail(DialogTokenError.IssuerInvalid, $"The token was issued by '{UntrustedText.Quote(claims.Issuer)}', not by the expected issuer '{issuer}'.")
            : null;

    // Only a token that is ours and current is kept; what it is for is checked on every use, from the cache too.
    private DialogTokenValidationResult? Remember(DialogToken verified, bool fromCache, long now)
    {
        if (!fromCache)
        {
            _cache?.Add(verified.Encoded, new VerifiedTokenCache.Entry(verified.Key, verified.Claims, _clockSkewSeconds), now);
        }

        return null;
    }

    private DialogTokenValidationResult? CheckServiceResource(DialogTokenClaims claims) =>
        _expected.ServiceResource is { } serviceResource ? claims.CheckServiceResource(serviceResource) : null;

    private DialogTokenValidationResult? CheckParty(DialogTokenClaims claims) =>
        _expected.Party is { } party && !string.Equals(claims.Party, party, StringComparison.Ordinal)
            ? Fail(DialogTokenError.PartyMismatch, $"The token is for party '{UntrustedText.Quote(claims.Party, 100)}', not for '{UntrustedText.Quote(party, 100)}'.")
            : null;

    internal static void ThrowIfNotAnAction(DialogAction action, string parameterName)
    {
        if (action.Name is null)
        {
            throw new ArgumentException("default(DialogAction) is not an action; create one with a name.", parameterName);
        }
    }

    private static void ThrowIfNotActions(IReadOnlyList<DialogAction>? requiredActions)
    {
        var count = requiredActions?.Count ?? 0;
        for (var i = 0; i < count; i++)
        {
            ThrowIfNotAnAction(requiredActions![i], nameof(requiredActions));
        }
    }

    private static string Iso(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    internal static DialogTokenValidationResult ServiceResourceMismatch(string expected, string actual) =>
        Fail(DialogTokenError.ServiceResourceMismatch, $"The token is for service resource '{UntrustedText.Quote(actual, 100)}', not for '{UntrustedText.Quote(expected, 100)}'.");

    internal static DialogTokenValidationResult DialogMismatch(Guid expected, Guid actual) =>
        Fail(DialogTokenError.DialogMismatch, $"The token is for dialog {actual}, not for dialog {expected}.");

    internal static DialogTokenValidationResult NotGranted(DialogAction action) =>
        Fail(DialogTokenError.ActionNotGranted, action.IsMainResource
            ? $"The token does not grant '{action.Name}' on the dialog's main resource."
            : $"The token does not grant '{action.Name}' on '{action.AuthorizationAttribute}'.");

    private static DialogTokenValidationResult Fail(DialogTokenError error, string reason) =>
        DialogTokenValidationResult.Failure(error, reason);
}
