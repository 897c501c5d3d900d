namespace DialogTokens.DialogService.Authentication;

/// <summary>The authentication schemes of the dialog service's callers, both JwtBearer.</summary>
public static class CallerSchemes
{
    /// <summary>End users: ID-porten style tokens (<c>pid</c>, <c>acr</c>, <c>scope</c>).</summary>
    public const string EndUser = "EndUser";

    /// <summary>Service owners: Maskinporten style tokens (<c>consumer</c>, <c>scope</c>).</summary>
    public const string ServiceOwner = "ServiceOwner";
}
