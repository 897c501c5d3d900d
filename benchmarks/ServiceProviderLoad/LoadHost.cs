using DialogTokens.Authorization;
using DialogTokens.Benchmarks.ServiceProviderLoad.JwtBearer;
using DialogTokens.Benchmarks.ServiceProviderLoad.Pdp;
using Microsoft.AspNetCore.Authorization;

namespace DialogTokens.Benchmarks.ServiceProviderLoad;

/// <summary>
/// One host, one trivial write handler, five kinds of protection (see <see cref="LoadEndpoints"/>). Needs the dialog
/// service running: <c>--DialogServiceUri=http://127.0.0.1:PORT</c> is its base URI, the issuer of the dialog tokens
/// and the policy decision point (asked with a token from its development identity provider, or from
/// <c>--PdpTokenUri</c>). Started by run.sh.
/// </summary>
public static class LoadHost
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var dialogService = builder.Configuration.GetValue<Uri>("DialogServiceUri")
            ?? throw new InvalidOperationException("DialogServiceUri (the dialog service's base URI) is required.");

        // JwtBearer cannot discover OKP keys (IdentityModel's ConfigurationManager has no EdDSA): read them once, here.
        var issuerKeys = await IssuerKeys.FetchAsync(dialogService);

        // No default scheme: every endpoint authenticates with its own scheme(s) only, through its policy.
        builder.Services.AddAuthentication()
            .AddDialogToken(o => o.Authority = dialogService)
            .AddDialogToken(LoadSchemes.UncachedDialogToken, o =>
            {
                o.Authority = dialogService;
                o.Validation.CacheVerifiedTokens = false;
            })
            .AddDialogTokenJwtBearer(issuerKeys)
            .AddScheme<PidHeaderAuthenticationOptions, PidHeaderAuthenticationHandler>(LoadSchemes.PidHeader, configureOptions: null);

        builder.Services.AddPolicyDecisionPoint(o =>
        {
            o.Mode = PolicyDecisionPointMode.Remote;
            o.RemoteBaseUri = dialogService;

            // The dialog service's decision point answers only an organization's token with Altinn's scope: fetched from
            // its development identity provider, reused until shortly before it expires.
            o.AccessToken.TokenUri = builder.Configuration.GetValue<Uri>("PdpTokenUri")
                ?? new Uri(dialogService, "idp/api/GetEnterpriseToken?orgNo=991825827&scopes=altinn:authorization/authorize");

            // The /pdp endpoint models asking the PDP on every request: no reuse of earlier decisions.
            o.DecisionCacheDuration = TimeSpan.Zero;
        });
        builder.Services.AddSingleton<IAuthorizationHandler, TokenDialogActionHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, PdpDialogActionHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(LoadPolicies.JwtBearerWrite, p => p
                .AddAuthenticationSchemes(LoadSchemes.JwtBearer)
                .RequireAuthenticatedUser()
                .AddRequirements(new TokenDialogActionRequirement("write")))
            .AddPolicy(LoadPolicies.PdpWrite, p => p
                .AddAuthenticationSchemes(LoadSchemes.PidHeader)
                .RequireAuthenticatedUser()
                .AddRequirements(new PdpDialogActionRequirement("write")));

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapLoadEndpoints();
        await app.RunAsync();
    }
}
