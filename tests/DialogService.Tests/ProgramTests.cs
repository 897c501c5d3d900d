using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DialogTokens.DialogService.Tests;

/// <summary>
/// The host as the README will start it, with its embedded defaults (SQLite in a data folder, the development identity
/// provider, the embedded PDP, the demo seed), on Kestrel at 127.0.0.1 and a port the system picks.
/// </summary>
public sealed class ProgramTests
{
    [Fact]
    public async Task TheHost_StartsWithItsDefaults_AndServesKeysMetadataIdentityProviderAndPdp()
    {
        var data = Directory.CreateTempSubdirectory("dialogservice-host-");
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
            {
                host.UseEnvironment("Development");
                host.UseSetting("DialogService:Database:ConnectionString", $"Data Source={Path.Combine(data.FullName, "dialogservice.db")}");
                host.UseSetting("AuthorizationStore:ConnectionString", $"Data Source={Path.Combine(data.FullName, "authorization.db")}");
                host.UseSetting("DialogService:BaseUri", "http://127.0.0.1");
                host.UseSetting("DialogService:DataProtectionKeys", Path.Combine(data.FullName, "protection-keys"));
            });
            factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
            using var client = factory.CreateClient();
            Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
            var cancel = TestContext.Current.CancellationToken;

            var metadata = await client.GetFromJsonAsync<JsonElement>("api/v1/.well-known/oauth-authorization-server", cancel);
            var jwks = await client.GetFromJsonAsync<JsonElement>("api/v1/.well-known/jwks.json", cancel);
            var token = await client.GetStringAsync(new Uri("idp/api/GetPersonalToken?pid=14886498226&scopes=digdir:dialogporten&authLvl=3", UriKind.Relative), cancel);

            Assert.Equal("http://127.0.0.1/api/v1", metadata.GetProperty("issuer").GetString());
            Assert.True(DialogTokenJwk.TryReadKeySet(jwks.GetRawText(), out var keys, out var error), error);
            Assert.True(keys.Count >= 2, "The JWKS holds the signing key and the next one.");
            Assert.Equal(3, token.Split('.').Length);
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(data.FullName, "protection-keys")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Delete(recursive: true);
        }
    }
}
