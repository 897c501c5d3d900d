using System.Text.Json;

namespace DialogTokens.Cli.Tests;

/// <summary>The real token from Dialogporten's test environment (tt02), with its JWKS: TestVectors/dialogporten-tt02.json.</summary>
internal static class DialogportenVector
{
    public const string Issuer = "https://platform.tt02.altinn.no/dialogporten/api/v1";
    public const string DialogId = "0194fe82-9280-77a5-a7cd-5ff0e6a6fa07";
    public const string ValidAt = "2025-02-14T09:00:00Z";

    /// <summary>exp is 2025-02-14T09:06:07Z; with the default 10 s clock skew the token expires at 09:06:17.</summary>
    public const string OneSecondAfterExpiryWithSkew = "2025-02-14T09:06:18Z";

    private static readonly Lazy<JsonElement> Vector = new(() =>
        JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestVectors", "dialogporten-tt02.json"))).RootElement);

    public static string Token => Vector.Value.GetProperty("token").GetString()!;

    public static string JwksJson => Vector.Value.GetProperty("jwks").GetRawText();

    /// <summary>Writes the vector's JWKS into <paramref name="directory"/> and returns its path.</summary>
    public static string WriteJwks(TempDirectory directory)
    {
        var path = directory.File("tt02-jwks.json");
        System.IO.File.WriteAllText(path, JwksJson);
        return path;
    }
}
