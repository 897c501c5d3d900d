using System.Net;
using Microsoft.Data.Sqlite;

namespace DialogTokens.DialogService.Tests.WellKnown;

public sealed class StoredKeyRingHostTests
{
    [Fact]
    public async Task Host_WithoutConfiguredKeys_CreatesAndPublishesTheStoredRing_OnStart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dialogtokens-dialogservice-{Guid.NewGuid():N}.db");
        try
        {
            await using var host = await WellKnownTestHost.StartAsync(file);
            using var response = await host.Client.GetAsync(new Uri("/api/v1/.well-known/jwks.json", UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(DialogTokenJwk.TryReadKeySet(json, out var keys, out var error), error);
            Assert.Equal(2, keys.Count);
            Assert.Equal(host.Ring.Current.KeyId, keys.First().KeyId);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
