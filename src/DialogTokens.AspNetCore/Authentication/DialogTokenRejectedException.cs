namespace DialogTokens.AspNetCore;

/// <summary>
/// Why the scheme refused a token: the value <see cref="Microsoft.AspNetCore.Authentication.AuthenticateResult.Fail(Exception)"/>
/// carries to the challenge. Never thrown. Its message is <c>code: description</c>, safe to log (no token, no key).
/// </summary>
internal sealed class DialogTokenRejectedException : Exception
{
    public DialogTokenRejectedException()
        : this(DialogTokenError.TokenMissing, "No token was given.")
    {
    }

    public DialogTokenRejectedException(string message)
        : base(message)
    {
        Description = message;
    }

    public DialogTokenRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Description = message;
    }

    public DialogTokenRejectedException(DialogTokenError error, string description)
        : base($"{error.ToCode()}: {description}")
    {
        Error = error;
        Description = description;
    }

    public DialogTokenError Error { get; }

    public string Code => Error.ToCode();

    public string Description { get; } = "";
}
