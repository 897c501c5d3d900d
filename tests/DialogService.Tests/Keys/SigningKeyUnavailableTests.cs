using System.Diagnostics.CodeAnalysis;
using System.Net;
using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.Persistence;
using DialogTokens.DialogService.Problems;
using DialogTokens.DialogService.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace DialogTokens.DialogService.Tests.Keys;

/// <summary>
/// A key ring without a signing key (a stored ring not loaded yet) is an expected state: the ring says so as a result,
/// and the end-user GET answers 503 <c>signing-key-unavailable</c>, not a 500 from an exception.
/// </summary>
public sealed class SigningKeyUnavailableTests
{
    [Theory]
    [MemberData(nameof(KeyRingTimelineTests.Providers), MemberType = typeof(KeyRingTimelineTests))]
    public async Task StoredRing_BeforeItsFirstLoad_HasNoSigningKey_AndHasOneAfter(DialogServiceDatabaseProvider provider)
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var ring = new KeyRingTestBed(database).NewInstance();

        Assert.False(ring.TryGetSigningKey(out var none));
        Assert.Null(none);

        await ring.RefreshAsync(TestContext.Current.CancellationToken);
        Assert.True(ring.TryGetSigningKey(out var key));
        Assert.Equal(ring.Current.KeyId, key.KeyId);
    }

    [Fact]
    public async Task EndUserGet_WithoutASigningKey_Gets503()
    {
        await using var host = await DialogServiceTestHost.StartAsync(DialogServiceDatabaseProvider.Sqlite, services: services =>
            services.AddSingleton<IDialogTokenKeyRing>(new KeylessRing()));
        var kari = await host.PersonalTokenAsync(DemoWorld.Kari);

        using var response = await host.SendAsync(HttpMethod.Get, "api/v1/enduser/dialogs/" + StartupBanner.DemoDialogId, kari);

        await ProblemAssert.IsAsync(response, HttpStatusCode.ServiceUnavailable, DialogProblemTypes.SigningKeyUnavailable.Type, "No signing key is loaded yet");
    }

    /// <summary>A ring that has loaded nothing; not a <see cref="StoredKeyRing"/>, so the host's refresh leaves it so.</summary>
    private sealed class KeylessRing : IDialogTokenKeyRing
    {
        public DialogTokenSigningKey Current => throw new InvalidOperationException("No signing key.");

        public DialogTokenKeySet Published { get; } = new([]);

        public bool TryGetSigningKey([NotNullWhen(true)] out DialogTokenSigningKey? key)
        {
            key = null;
            return false;
        }

        public Task<KeyRotationResult> RotateNowAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(KeyRotationResult.Refused("No signing key."));
    }
}
