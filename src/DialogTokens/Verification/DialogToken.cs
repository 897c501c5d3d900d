namespace DialogTokens;

/// <summary>
/// A verified dialog token. Holds the values a request check needs without allocating; <see cref="ReadClaims"/>
/// reads the rest (parties, resource, actions) when a handler wants them.
/// </summary>
public readonly struct DialogToken
{
    private readonly DialogTokenClaims? _claims;

    internal DialogToken(string encoded, DialogTokenPublicKey key, in PayloadFacts facts)
    {
        Encoded = encoded;
        Key = key;
        DialogId = facts.DialogId;
        AuthenticationLevel = facts.AuthenticationLevel;
        IssuedAt = DateTimeOffset.FromUnixTimeSeconds(facts.IssuedAt);
        NotBefore = DateTimeOffset.FromUnixTimeSeconds(facts.NotBefore);
        ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(facts.ExpiresAt);
    }

    internal DialogToken(string encoded, DialogTokenPublicKey key, DialogTokenClaims claims)
    {
        Encoded = encoded;
        Key = key;
        _claims = claims;
        DialogId = claims.DialogId;
        AuthenticationLevel = claims.AuthenticationLevel;
        IssuedAt = claims.IssuedAt;
        NotBefore = claims.NotBefore;
        ExpiresAt = claims.ExpiresAt;
    }

    /// <summary>The token as received (compact JWS). Do not log it: it is a bearer credential.</summary>
    public string Encoded { get; }

    /// <summary>The id of the key that signed it.</summary>
    public string KeyId => Key.KeyId;

    /// <summary>The dialog id (<c>i</c>).</summary>
    public Guid DialogId { get; }

    /// <summary>The authentication level (<c>l</c>).</summary>
    public int AuthenticationLevel { get; }

    /// <summary>When it was issued (<c>iat</c>).</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>When it becomes valid (<c>nbf</c>).</summary>
    public DateTimeOffset NotBefore { get; }

    /// <summary>When it expires (<c>exp</c>).</summary>
    public DateTimeOffset ExpiresAt { get; }

    internal DialogTokenPublicKey Key { get; }

    /// <summary>Every claim. Free when the token came from the verified-token cache; otherwise it decodes the payload once per call.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, not a verified token.</exception>
    public DialogTokenClaims ReadClaims()
    {
        if (_claims is not null)
        {
            return _claims;
        }

        if (Encoded is null)
        {
            throw new InvalidOperationException("This is not a verified token; check IsValid before reading it.");
        }

        return DialogTokenReader.Read(Encoded).Claims
            ?? throw new InvalidOperationException("A verified token's claims could not be read again.");
    }
}
