using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using DialogTokens.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.AspNetCore.Tests;

/// <summary>The meter is process-wide, so these tests run alone.</summary>
[CollectionDefinition(nameof(MeterIsProcessWide), DisableParallelization = true)]
public sealed class MeterIsProcessWide;

/// <summary>Tokens verified and refused, by code, as an OpenTelemetry exporter would see them.</summary>
[Collection(nameof(MeterIsProcessWide))]
public sealed class MetricsTests
{
    [Fact]
    public async Task TokensAndRefusedRequests_AreCounted_ByCode_EachTokenOnce()
    {
        await using var issuer = await FakeIssuer.StartAsync();
        await using var app = await ProtectedApp.StartAsync(issuer.BaseAddress);
        var dialog = Guid.CreateVersion7();
        var expired = issuer.Issue(dialog, "write", clock: new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1)));
        var measurements = new ConcurrentQueue<(string Instrument, long Value, string? Error)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DialogTokenMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? error = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "error")
                {
                    error = tag.Value as string;
                }
            }

            measurements.Enqueue((instrument.Name, value, error));
        });
        listener.Start();

        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Post, $"/dialogs/{dialog}/write", issuer.Issue(dialog, "write"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendAsync(HttpMethod.Post, $"/dialogs/{dialog}/write", expired)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendAsync(HttpMethod.Post, $"/dialogs/{dialog}/write", "abc")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.SendAsync(HttpMethod.Post, $"/dialogs/{Guid.CreateVersion7()}/write", issuer.Issue(dialog, "write"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.SendAsync(HttpMethod.Post, $"/dialogs/{dialog}/write", issuer.Issue(dialog, "read"))).StatusCode);
        listener.Dispose();

        var counted = measurements.ToList();
        Assert.Equal(3, counted.Where(m => m.Instrument == "dialogtokens.tokens.verified").Sum(m => m.Value));
        Assert.Equal(new Dictionary<string, long> { ["token_expired"] = 1, ["token_malformed"] = 1 }, ByError(counted, "dialogtokens.tokens.rejected"));

        // The two 403s carried tokens that verified: counted once as verified, and as refused requests, not as rejected tokens.
        Assert.Equal(new Dictionary<string, long> { ["dialog_mismatch"] = 1, ["action_not_granted"] = 1 }, ByError(counted, "dialogtokens.requests.refused"));
    }

    private static Dictionary<string, long> ByError(List<(string Instrument, long Value, string? Error)> counted, string instrument) =>
        counted.Where(m => m.Instrument == instrument).GroupBy(m => m.Error).ToDictionary(g => g.Key!, g => g.Sum(m => m.Value));
}
