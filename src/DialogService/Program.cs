using DialogTokens.Authorization;
using DialogTokens.DialogService;
using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.WellKnown;
using Microsoft.AspNetCore.DataProtection;

var builder = WebApplication.CreateBuilder(args);

// The development identity provider runs in the same process unless switched off (or the environment is not Development).
var identityProvider = builder.Configuration.GetValue("DevelopmentIdentityProvider:Enabled", builder.Environment.IsDevelopment());

builder.Services.AddProblemDetails();
builder.Services.AddDialogTokenKeys(builder.Configuration);

// The stored signing keys are protected with Data Protection, so its key ring must live as long as the data does.
builder.Services.AddDataProtection()
    .SetApplicationName("DialogTokens.DialogService")
    .PersistKeysToFileSystem(new DirectoryInfo(builder.Configuration["DialogService:DataProtectionKeys"] ?? "data/protection-keys"));
builder.Services.AddAuthorizationStore(builder.Configuration);
builder.Services.AddPolicyDecisionPoint(builder.Configuration);
if (identityProvider)
{
    builder.Services.AddDevelopmentIdentityProvider(builder.Configuration);
}

var app = builder.Build();

// One instance migrates and seeds at start-up; production runs migrations as a deployment step instead.
await app.Services.MigrateDialogServiceDatabaseAsync();
await app.Services.MigrateAuthorizationDatabaseAsync();
await DemoSeed.LoadAsync(app);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapWellKnownEndpoints();
app.MapPolicyDecisionPointEndpoints();
if (identityProvider)
{
    app.MapDevelopmentIdentityProvider();
}

await app.RunAsync();

/// <summary>The dialog service host; public so that tests can start it.</summary>
public partial class Program;
