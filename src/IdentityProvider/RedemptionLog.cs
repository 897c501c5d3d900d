using Microsoft.Extensions.Logging;

namespace DialogTokens.IdentityProvider;

/// <summary>What the token endpoint logs about a replayed code: its id and the pseudonymous subject, never the code.</summary>
internal static partial class RedemptionLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Authorization code {CodeId} of subject {Subject} was presented again and refused (invalid_grant). The tokens of its first exchange are JWTs that stay valid until they expire; no refresh token was issued.")]
    public static partial void Replayed(ILogger logger, string codeId, string? subject);
}
