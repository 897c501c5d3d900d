namespace DialogTokens.IdentityProvider;

/// <summary>Maps Altinn's authentication levels (0 to 4) to ID-porten's <c>acr</c> values.</summary>
internal static class AuthenticationLevels
{
    public const int Default = 3;

    public const string Low = "idporten-loa-low";

    public const string Substantial = "idporten-loa-substantial";

    public const string High = "idporten-loa-high";

    /// <summary>0, 1 and 2 are all "low": ID-porten has no separate level below substantial.</summary>
    public static bool TryGetAcr(int level, out string acr)
    {
        acr = level switch
        {
            >= 0 and <= 2 => Low,
            3 => Substantial,
            4 => High,
            _ => "",
        };
        return acr.Length > 0;
    }
}
