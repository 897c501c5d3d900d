using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.Authorization;

/// <summary>The bearer token for one attempt: a token, none (send no Authorization header), or why there is none.</summary>
internal readonly record struct PdpAccessToken(string? Token, string? Failure)
{
    public static PdpAccessToken None => default;

    [MemberNotNullWhen(true, nameof(Failure))]
    public bool Failed => Failure is not null;

    public static PdpAccessToken Of(string token) => new(token, null);

    public static PdpAccessToken Fail(string failure) => new(null, failure);
}
