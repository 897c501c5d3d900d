namespace DialogTokens;

/// <summary>A verified dialog token: the token as received, the key that signed it, and its claims, read once.</summary>
public readonly struct DialogToken
{
    private readonly DialogTokenClaims? _claims;

    internal DialogToken(string encoded, DialogTokenPublicKey key, DialogTokenClaims claims)
    {
        Encoded = encoded;
        Key = key;
        _claims = claims;
    }

    /// <summary>The token as received (compact JWS). Do not log it: it is a bearer credential.</summary>
    public string Encoded { get; }

    /// <summary>The id of the key that signed it.</summary>
    public string KeyId => Key.KeyId;

    /// <summary>Every claim, as the verifier read them (the same instance for a token from the verified-token cache).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, not a verified token.</exception>
    public DialogTokenClaims Claims => _claims ?? throw new InvalidOperationException("This is not a verified token; check IsValid before reading it.");

    /// <summary>The dialog id (<c>i</c>).</summary>
    public Guid DialogId => Claims.DialogId;

    /// <summary>The authentication level (<c>l</c>).</summary>
    public int AuthenticationLevel => Claims.AuthenticationLevel;

    /// <summary>When it was issued (<c>iat</c>).</summary>
    public DateTimeOffset IssuedAt => Claims.IssuedAt;

    /// <summary>When it becomes valid (<c>nbf</c>).</summary>
    public DateTimeOffset NotBefore => Claims.NotBefore;

    /// <summary>When it expires (<c>exp</c>).</summary>
    public DateTimeOffset ExpiresAt => Claims.ExpiresAt;

    internal DialogTokenPublicKey Key { get; }
}
