using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DialogTokens.Portal.BrowserTests;

/// <summary>
/// A service provider that misbehaves on purpose, on 127.0.0.1 with CORS for the portal's origin: hostile embeds,
/// a huge one, a 500, one that never answers, one that fails until it is healed. It records what the browser sent.
/// </summary>
public sealed class FaultyServiceProvider : IAsyncDisposable
{
    /// <summary>Set by any hostile markup that runs; the tests assert it stays undefined.</summary>
    public const string PwnedGlobal = "__pwned";

    /// <summary>Text every hostile embed carries, so a test can see the inert part was shown.</summary>
    public const string InertText = "Inert text from the hostile embed";

    public const string HtmlPath = "/embeds/hostile.html";
    public const string MarkdownPath = "/embeds/hostile.md";
    public const string HugePath = "/embeds/huge.md";
    public const string FailingPath = "/embeds/failing.md";
    public const string HangingPath = "/embeds/hanging.md";
    public const string FlakyPath = "/embeds/flaky.md";

    /// <summary>How big the huge embed is: far past the 100 KB the portal may read.</summary>
    public const int HugeBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Every trick the allow-list must defeat: scripts, event handlers, <c>javascript:</c> links, an iframe, styles
    /// that escape the embed's box.
    /// </summary>
    public static readonly string HostileHtml = $$"""
        <h2>Hostile</h2>
        <p id="inert">{{InertText}}</p>
        <script>window.{{PwnedGlobal}} = 'script';</script>
        <img src="x" onerror="window.{{PwnedGlobal}} = 'img'">
        <svg onload="window.{{PwnedGlobal}} = 'svg'"><circle r="1"></circle></svg>
        <a id="js-link" href="javascript:window.{{PwnedGlobal}} = 'link'">a javascript: link</a>
        <a href="JaVaScRiPt&colon;window.{{PwnedGlobal}}='entity'">an encoded javascript: link</a>
        <iframe src="javascript:parent.{{PwnedGlobal}} = 'iframe'"></iframe>
        <style>body { visibility: hidden !important; }</style>
        <div data-hostile="overlay" style="position: fixed; inset: 0; width: 100vw; height: 100vh; z-index: 2147483647; background: red;">covers the page</div>
        <form action="javascript:window.{{PwnedGlobal}}='form'"><button>go</button></form>
        <p onclick="window.{{PwnedGlobal}} = 'click'">click me</p>
        """;

    public static readonly string HostileMarkdown = $"""
        ## Hostile markdown

        {InertText}.

        <script>window.{PwnedGlobal} = 'script';</script>

        <img src="x" onerror="window.{PwnedGlobal} = 'img'">

        [a javascript: link](javascript:window.{PwnedGlobal}='link')

        <iframe src="javascript:parent.{PwnedGlobal}='iframe'"></iframe>

        <div style="position:fixed;inset:0;z-index:2147483647;background:red">covers the page</div>

        | a | b |
        |---|---|
        | 1 | 2 |
        """;

    private readonly WebApplication app;
    private readonly ConcurrentQueue<SeenRequest> requests = new();
    private readonly ConcurrentDictionary<string, bool> healed = new(StringComparer.Ordinal);

    private FaultyServiceProvider(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The requests the browser made, preflights left out.</summary>
    public IReadOnlyList<SeenRequest> Requests => [.. requests];

    public Uri Url(string path, string? key = null) =>
        new(Address, key is null ? path : $"{path}?key={Uri.EscapeDataString(key)}");

    /// <summary>From now on <see cref="FlakyPath"/> with this key answers 200.</summary>
    public void Heal(string key) => healed[key] = true;

    public static async Task<FaultyServiceProvider> StartAsync(string portalOrigin, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(portalOrigin).AllowAnyHeader().WithMethods("GET", "POST", "DELETE")));
        var app = builder.Build();
        FaultyServiceProvider? provider = null;
        app.UseCors();
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsOptions(context.Request.Method))
            {
                provider!.requests.Enqueue(new SeenRequest(
                    context.Request.Method, context.Request.Path + context.Request.QueryString,
                    context.Request.Headers.Authorization.ToString(), context.Request.Headers.Cookie.ToString()));
            }

            await next(context);
        });
        app.MapGet(HtmlPath, () => Results.Text(HostileHtml, "text/html; charset=utf-8"));
        app.MapGet(MarkdownPath, () => Results.Text(HostileMarkdown, "text/markdown; charset=utf-8"));
        app.MapGet(HugePath, HugeAsync);
        app.MapGet(FailingPath, () => Results.Problem(title: "The service provider failed", statusCode: 500));
        app.MapGet(HangingPath, HangAsync);
        app.MapGet(FlakyPath, (string key) => provider!.healed.ContainsKey(key)
            ? Results.Text($"## Healed\n\n{InertText} (healed).", "text/markdown; charset=utf-8")
            : Results.Problem(title: "Failing until healed", statusCode: 500));
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Urls.Single());
        provider = new FaultyServiceProvider(app, address);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private static async Task HugeAsync(HttpContext context)
    {
        context.Response.ContentType = "text/markdown; charset=utf-8";
        var line = Encoding.UTF8.GetBytes("A line of the huge embed, repeated until it is several megabytes long.\n\n");
        for (var written = 0; written < HugeBytes && !context.RequestAborted.IsCancellationRequested; written += line.Length)
        {
            await context.Response.Body.WriteAsync(line, context.RequestAborted);
        }
    }

    // Never answers: only the browser giving up (or the host stopping) ends the request.
    private static async Task HangAsync(HttpContext context, IHostApplicationLifetime lifetime)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
    }
}

/// <summary>One request the faulty service provider received.</summary>
public sealed record SeenRequest(string Method, string PathAndQuery, string Authorization, string Cookie);
