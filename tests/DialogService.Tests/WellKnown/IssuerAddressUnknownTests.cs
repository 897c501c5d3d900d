using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Problems;
using DialogTokens.DialogService.Tests.EndToEnd;
using DialogTokens.DialogService.WellKnown;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DialogTokens.DialogService.Tests.WellKnown;

/// <summary>
/// While the server has no address yet (a test server, or read before Kestrel binds) and no <c>DialogService:BaseUri</c>
/// is set, the issuer is unknown: that is not remembered, the end-user GET answers 503 instead of 500, and both recover
/// once the server has an address.
/// </summary>
public sealed class IssuerAddressUnknownTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Issuer_WhileTheServerHasNoAddress_IsUnknown_AndKnownOnceItHasOne()
    {
        var server = new AddresslessServer();
        var address = new IssuerAddress(Options.Create(new WellKnownOptions()), server);

        Assert.Throws<InvalidOperationException>(() => address.Issuer);

        server.Addresses.Add("http://127.0.0.1:5123");
        Assert.Equal("http://127.0.0.1:5123/api/v1", address.Issuer);
        Assert.Equal("http://127.0.0.1:5123/api/v1/.well-known/jwks.json", address.JwksUri);
    }

    [Fact]
    public async Task EndUserGet_WhileTheIssuerIsUnknown_Gets503_AndSucceedsOnceItIsKnown()
    {
        var server = new AddresslessServer();
        await using var host = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite, services: services =>
            services.AddSingleton(new IssuerAddress(Options.Create(new WellKnownOptions()), server)));
        var kari = await host.PersonalTokenAsync(DemoWorld.Kari);
        var path = "api/v1/enduser/dialogs/" + StartupBanner.DemoDialogId;

        using (var unknown = await host.SendAsync(HttpMethod.Get, path, kari))
        {
            await ProblemAssert.IsAsync(unknown, HttpStatusCode.ServiceUnavailable, DialogProblemTypes.IssuerAddressUnknown.Type, "DialogService:BaseUri");
        }

        using (var metadata = await host.SendAsync(HttpMethod.Get, "api/v1/.well-known/oauth-authorization-server", token: null))
        {
            await ProblemAssert.IsAsync(metadata, HttpStatusCode.ServiceUnavailable, DialogProblemTypes.IssuerAddressUnknown.Type, "DialogService:BaseUri");
        }

        server.Addresses.Add(host.BaseAddress.ToString().TrimEnd('/'));
        var issuer = (await host.Client.GetFromJsonAsync<JsonElement>("api/v1/.well-known/oauth-authorization-server", Cancel)).GetProperty("issuer").GetString();
        Assert.Equal(host.BaseAddress + "api/v1", issuer);
        using var known = await host.SendAsync(HttpMethod.Get, path, kari);
        var dialog = await known.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(known.IsSuccessStatusCode, dialog.GetRawText());
        var token = dialog.GetProperty("dialogToken").GetString()!;
        Assert.Equal(host.BaseAddress + "api/v1", DialogTokenReader.Read(token).Claims!.Issuer);
    }

    [Theory]
    [InlineData("Production", "", true)]
    [InlineData("Staging", "", true)]
    [InlineData("Production", "https://dialogs.example/dialogporten", false)]
    [InlineData("Development", "", false)]
    public void AtStartUp_WithoutBaseUri_OutsideDevelopment_OneWarningSaysToSetIt(string environment, string baseUri, bool warns)
    {
        var address = new IssuerAddress(Options.Create(new WellKnownOptions { BaseUri = baseUri }), new AddresslessServer());
        var logger = new ListLogger();

        Assert.Equal(warns, IssuerAddressWarning.WarnWhenUnconfigured(address, new Environment(environment), logger));

        if (warns)
        {
            var (level, message) = Assert.Single(logger.Entries);
            Assert.Equal(LogLevel.Warning, level);
            Assert.Contains("DialogService:BaseUri", message, StringComparison.Ordinal);
            Assert.Contains("bound to", message, StringComparison.Ordinal);
            Assert.Contains("proxy", message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(logger.Entries);
        }
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "DialogTokens.DialogService";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }

    /// <summary>A server that has not bound yet: no addresses until the test adds one.</summary>
    private sealed class AddresslessServer : IServer
    {
        private readonly ServerAddressesFeature addresses = new();

        public AddresslessServer() => Features.Set<IServerAddressesFeature>(addresses);

        public ICollection<string> Addresses => addresses.Addresses;

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
