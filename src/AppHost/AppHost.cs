// The whole loop in one command: the dialog service (identity provider under /idp, embedded PDP, SQLite, seeded),
// the sample service provider and the portal, each on its own origin, wired to each other here, with the dashboard.
var builder = DistributedApplication.CreateBuilder(args);

// Not proxied: each process listens on its own fixed origin (from its launch profile), the one the others and the
// browser are told, so issuers and CORS origins are the addresses people see.
var dialogService = builder.AddProject<Projects.DialogService>("dialogservice")
    .WithEndpoint("http", static endpoint => endpoint.IsProxied = false)
    .WithHttpHealthCheck("/health");
var dialogServiceHttp = dialogService.GetEndpoint("http");

var serviceProvider = builder.AddProject<Projects.ServiceProvider>("serviceprovider")
    .WithEndpoint("http", static endpoint => endpoint.IsProxied = false)
    .WithHttpHealthCheck("/health");
var serviceProviderHttp = serviceProvider.GetEndpoint("http");

// By path, not by Projects.Portal: the portal is built by its own project (src/Portal), and the app host only runs it.
var portalProject = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "Portal", "Portal.csproj"));
var portal = builder.AddProject("portal", portalProject)
    .WithEndpoint("http", static endpoint => endpoint.IsProxied = false)
    .WithHttpHealthCheck("/health");
var portalHttp = portal.GetEndpoint("http");

dialogService
    .WithEnvironment("DialogService__BaseUri", dialogServiceHttp)
    .WithEnvironment("DialogService__DemoServiceProviderUri", serviceProviderHttp)
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

// The one line a newcomer needs, once the portal answers its health check.
builder.Eventing.Subscribe<ResourceReadyEvent>(portal.Resource, (_, _) =>
{
    Console.Out.WriteLine($"""

        Portal ready: {portalHttp.Url}   (log in as a test person; Ctrl-C stops everything)
          dialog service {dialogServiceHttp.Url}, sample service provider {serviceProviderHttp.Url}

        """);
    return Task.CompletedTask;
});

builder.Build().Run();
