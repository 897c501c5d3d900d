namespace DialogTokens.DialogService.Authentication;

/// <summary>Claim names of ID-porten, Maskinporten and Altinn tokens that identify a caller.</summary>
internal static class CallerClaims
{
    public const string Pid = "pid";

    public const string Acr = "acr";

    /// <summary>Altinn's own authentication level claim; when present it wins over <c>acr</c>.</summary>
    public const string AltinnAuthenticationLevel = "urn:altinn:authlevel";

    public const string Consumer = "consumer";
}
