// One command for the whole loop: the dialog service (identity provider under /idp, embedded PDP, SQLite, seeded),
// the sample service provider and the end-user portal, each on its own origin, wired to each other here, with the
// dashboard showing their traces.
var builder = DistributedApplication.CreateBuilder(args);

// For tests: a data folder of their own instead of src/DialogService/data.
var dataDirectory = builder.Configuration["AppHost:DataDirectory"];

// Not proxied: each process listens on its own fixed origin (from its launch profile), the one the others and the
// browser are told, so issuers, redirect URIs and CORS origins are the addresses people see.
static void OwnOrigin(EndpointAnnotation endpoint) => endpoint.IsProxied = false;

var dialogService = builder.AddProject<Projects.DialogService>("dialogservice")
    .WithEndpoint("http", OwnOrigin)
    .WithHttpHealthCheck("/health");
if (!string.IsNullOrEmpty(dataDirectory))
{
    dialogService
        .WithEnvironment("DialogService__Database__ConnectionString", $"Data Source={Path.Combine(dataDirectory, "dialogservice.db")}")
        .WithEnvironment("AuthorizationStore__ConnectionString", $"Data Source={Path.Combine(dataDirectory, "authorization.db")}")
        .WithEnvironment("DialogService__DataProtectionKeys", Path.Combine(dataDirectory, "protection-keys"));
}

var dialogServiceHttp = dialogService.GetEndpoint("http");

var serviceProvider = builder.AddProject<Projects.ServiceProvider>("serviceprovider")
    .WithEndpoint("http", OwnOrigin)
    .WithHttpHealthCheck("/health");
var serviceProviderHttp = serviceProvider.GetEndpoint("http");

var portal = builder.AddProject<Projects.Portal>("portal")
    .WithEndpoint("http", OwnOrigin)
    .WithHttpHealthCheck("/health");
var portalHttp = portal.GetEndpoint("http");

dialogService
    .WithEnvironment("DialogService__BaseUri", dialogServiceHttp)
    .WithEnvironment("DialogService__DemoServiceProviderUri", serviceProviderHttp)
    // The portal is the one browser origin the end-user API answers and the identity provider returns to.
    .WithEnvironment("DialogService__Cors__EndUserOrigins__0", portalHttp)
    .WithEnvironment("DevelopmentIdentityProvider__PortalRedirectUris__0", ReferenceExpression.Create($"{portalHttp}/authentication/login-callback"));

serviceProvider
    .WithEnvironment("DialogToken__Authority", dialogServiceHttp)
    .WithEnvironment("ServiceOwner__DialogServiceUri", dialogServiceHttp)
    .WithEnvironment("ServiceOwner__TokenUri", ReferenceExpression.Create(
        $"{dialogServiceHttp}/idp/api/GetEnterpriseToken?orgNo=991825827&scopes=digdir:dialogporten.serviceprovider"))
    .WithEnvironment("Cors__AllowedOrigins__0", portalHttp)
    .WaitFor(dialogService);

portal
    .WithEnvironment("Portal__DialogServiceUri", dialogServiceHttp)
    .WithEnvironment("Portal__Authority", ReferenceExpression.Create($"{dialogServiceHttp}/idp"))
    .WaitFor(dialogService);

// The one line a newcomer needs, once the portal answers its health check (it waits for the dialog service).
builder.Eventing.Subscribe<ResourceReadyEvent>(portal.Resource, (_, _) =>
{
    Console.Out.WriteLine($"""

        Portal ready: {portalHttp.Url}   (log in as a test person; Ctrl-C stops everything)
          dialog service {dialogServiceHttp.Url} (API reference {dialogServiceHttp.Url}/docs), sample service provider {serviceProviderHttp.Url}

        """);
    return Task.CompletedTask;
});

builder.Build().Run();

