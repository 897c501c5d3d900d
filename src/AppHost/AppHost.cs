// One command for the service and its sample: the dialog service (identity provider under /idp, embedded PDP, SQLite,
// seeded) and the sample service provider, each on its own origin, wired to each other here, with the dashboard.
// The end-user portal (issue 12) joins here when it lands.
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

dialogService
    .WithEnvironment("DialogService__BaseUri", dialogServiceHttp)
    .WithEnvironment("DialogService__DemoServiceProviderUri", serviceProviderHttp);

serviceProvider
    .WithEnvironment("DialogToken__Authority", dialogServiceHttp)
    .WithEnvironment("ServiceOwner__DialogServiceUri", dialogServiceHttp)
    .WithEnvironment("ServiceOwner__TokenUri", ReferenceExpression.Create(
        $"{dialogServiceHttp}/idp/api/GetEnterpriseToken?orgNo=991825827&scopes=digdir:dialogporten.serviceprovider"))
    .WaitFor(dialogService);

// The one line a newcomer needs, once the sample answers its health check (it waits for the dialog service).
builder.Eventing.Subscribe<ResourceReadyEvent>(serviceProvider.Resource, (_, _) =>
{
    Console.Out.WriteLine($"""

        Dialog service ready: {dialogServiceHttp.Url}   (Ctrl-C stops everything)
          sample service provider {serviceProviderHttp.Url}, API reference {dialogServiceHttp.Url}/docs

        """);
    return Task.CompletedTask;
});

builder.Build().Run();
