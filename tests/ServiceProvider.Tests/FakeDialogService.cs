using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DialogTokens.Samples.ServiceProvider.Tests;

/// <summary>
/// A stand-in for the dialog service's service-owner API on 127.0.0.1, port 0, that answers every call as the test
/// says: a 5xx, a body that is not a dialog, or nothing at all. Counts the calls it got.
/// </summary>
internal sealed class FakeDialogService : IAsyncDisposable
{
    private readonly WebApplication app;
    private int calls;

    private FakeDialogService(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public int Calls => Volatile.Read(ref calls);

    public static async Task<FakeDialogService> StartAsync(Func<HttpContext, Task> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeDialogService? fake = null;
        app.Map("/{**path}", async context =>
        {
            Interlocked.Increment(ref fake!.calls);
            await answer(context);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        fake = new FakeDialogService(app, new Uri(address));
        return fake;
    }

    /// <summary>A base URI where nothing listens: a port that was free a moment ago.</summary>
    public static Uri Unreachable() => new($"http://127.0.0.1:{Hosts.FreePort()}/");

    /// <summary>Never answers: waits until the caller gives up.</summary>
    public static async Task Stall(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The sample timed out and closed the connection.
        }
    }

    public static Func<HttpContext, Task> Status(HttpStatusCode status, string body = "", string contentType = "application/problem+json") => async context =>
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    };

    /// <summary>Promises a body longer than it sends, then closes the connection: the answer is cut off mid-stream.</summary>
    public static Func<HttpContext, Task> CutOff(HttpStatusCode status) => async context =>
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = 4096;
        await context.Response.WriteAsync("""{"id":"x","content":{""");
        await context.Response.Body.FlushAsync();
        context.Abort();
    };

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
