namespace DialogTokens.Benchmarks.ServiceProviderLoad;

/// <summary>The authentication schemes of the load host; <c>DialogToken</c> (cached) is the package's default name.</summary>
internal static class LoadSchemes
{
    public const string UncachedDialogToken = "DialogTokenUncached";
    public const string JwtBearer = "JwtBearer";
    public const string PidHeader = "PidHeader";
}

/// <summary>The authorization policies of the load host.</summary>
internal static class LoadPolicies
{
    public const string JwtBearerWrite = "jwtbearer-write";
    public const string PdpWrite = "pdp-write";
}
