namespace DialogTokens.DialogService.WellKnown;

/// <summary>The start-up warning when the issuer is whatever address the server binds, outside Development.</summary>
internal static partial class IssuerAddressWarning
{
    /// <summary>Logs one warning, and returns true, when <c>DialogService:BaseUri</c> is unset outside Development.</summary>
    public static bool WarnWhenUnconfigured(IssuerAddress address, IHostEnvironment environment, ILogger logger)
    {
        if (address.IsConfigured || environment.IsDevelopment())
        {
            return false;
        }

        LogIssuerIsTheBoundAddress(logger);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DialogService:BaseUri is not set, so the issuer (the dialog tokens' iss, the metadata's issuer and jwks_uri) is the address this server is bound to. A production deployment behind a proxy or load balancer must set DialogService:BaseUri to the address that verifiers see.")]
    private static partial void LogIssuerIsTheBoundAddress(ILogger logger);
}
