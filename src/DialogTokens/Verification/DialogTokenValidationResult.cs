namespace DialogTokens;

/// <summary>The outcome of verifying a dialog token: the token, or why it was not accepted. Never an exception.</summary>
public readonly struct DialogTokenValidationResult
{
    private readonly DialogToken _token;

    private DialogTokenValidationResult(DialogToken token)
    {
        _token = token;
        Error = DialogTokenError.None;
    }

    private DialogTokenValidationResult(DialogTokenError error, string reason)
    {
        Error = error;
        ErrorDescription = reason;
    }

    /// <summary>Whether the token was accepted.</summary>
    public bool IsValid => Error == DialogTokenError.None && _token.Encoded is not null;

    /// <summary>Why it was not accepted; <see cref="DialogTokenError.None"/> when it was.</summary>
    public DialogTokenError Error { get; }

    /// <summary>The stable code of <see cref="Error"/>, e.g. <c>token_expired</c>.</summary>
    public string? ErrorCode => Error == DialogTokenError.None ? null : Error.ToCode();

    /// <summary>One line that says what was wrong, safe to log and show: it never holds the token or a key.</summary>
    public string? ErrorDescription { get; }

    /// <summary>The verified token.</summary>
    /// <exception cref="InvalidOperationException">The token was not accepted.</exception>
    public DialogToken Token => IsValid
        ? _token
        : throw new InvalidOperationException($"The token was not accepted ({Error.ToCode()}); check IsValid first.");

    internal static DialogTokenValidationResult Success(DialogToken token) => new(token);

    internal static DialogTokenValidationResult Failure(DialogTokenError error, string reason) => new(error, reason);

    /// <summary>The error code and reason, or <c>valid</c>.</summary>
    public override string ToString() => IsValid ? "valid" : $"{Error.ToCode()}: {ErrorDescription}";
}
