using DialogTokens.Authorization;
using DialogTokens.DialogService;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Cors;
using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.OpenApi;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Problems;
using DialogTokens.DialogService.WellKnown;
using DialogTokens.IdentityProvider;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

// The development identity provider runs in the same process unless switched off (or the environment is not Development).
var identityProvider = builder.Configuration.GetValue("DevelopmentIdentityProvider:Enabled", builder.Environment.IsDevelopment());

builder.Services.AddDialogServiceProblemDetails();
builder.Services.AddDialogTokenKeys(builder.Configuration);

// The stored signing keys are protected with Data Protection, so its key ring must live as long as the data does.
builder.Services.AddDataProtection()
    .SetApplicationName("DialogTokens.DialogService")
    .PersistKeysToFileSystem(new DirectoryInfo(builder.Configuration["DialogService:DataProtectionKeys"] ?? "data/protection-keys"));
builder.Services.AddAuthorizationStore(builder.Configuration);
builder.Services.AddPolicyDecisionPoint(builder.Configuration);
builder.Services.AddCallerAuthentication(builder.Configuration);
builder.Services.AddDialogs(builder.Configuration);
builder.Services.AddOpenApi(static options => options.AddBearerSecurity());
builder.Services.AddEndUserCors(builder.Configuration);
if (identityProvider)
{
    builder.Services.AddDevelopmentIdentityProvider(builder.Configuration.GetSection(DevelopmentIdentityProviderOptions.SectionName));

    // Authorization codes are single-use across instances and restarts: redemptions go to the database every instance
    // shares, and codes are protected with the Data Protection key ring above instead of a per-process key.
    builder.Services.AddDevelopmentIdentityProviderDatabase(static (services, database) =>
    {
        var options = services.GetRequiredService<IOptions<DialogServiceDatabaseOptions>>().Value;
        _ = options.Provider == DialogServiceDatabaseProvider.PostgreSql
            ? database.UseNpgsql(options.ConnectionString)
            : database.UseSqlite(options.ConnectionString);
    });
}

var app = builder.Build();
IssuerAddressWarning.WarnWhenUnconfigured(app.Services.GetRequiredService<IssuerAddress>(), app.Environment, app.Services.GetRequiredService<ILogger<IssuerAddress>>());

// One instance migrates and seeds at start-up; production runs migrations as a deployment step instead.
await app.Services.MigrateDialogServiceDatabaseAsync();
await app.Services.MigrateAuthorizationDatabaseAsync();
if (args.Contains(DialogServiceCommands.RotateKeys))
{
    return await DialogServiceCommands.RotateKeysAsync(app.Services, Console.Out);
}

await DemoSeed.LoadAsync(app);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseEndUserCors();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapScalarApiReference("/docs");
app.MapDefaultEndpoints();
app.MapWellKnownEndpoints();
app.MapDialogEndpoints();
// The decision point tells who holds which role for which party: only organizations with Altinn's scope may ask. A
// service pointed at a remote PDP is only its client and serves none.
if (app.Services.GetRequiredService<IOptions<PolicyDecisionPointOptions>>().Value.Mode == PolicyDecisionPointMode.Embedded)
{
    app.MapPolicyDecisionPointEndpoints()
        .RequireAuthorization(CallerPolicies.PolicyDecisionPoint)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden);
}
if (identityProvider)
{
    app.MapDevelopmentIdentityProvider();
}

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Write(app, identityProvider));
await app.RunAsync();
return 0;

/// <summary>The dialog service host; public so that tests can start it.</summary>
public partial class Program;
