namespace DialogTokens.DialogService.Tests.EndToEnd;

/// <summary>The people and parties of the demo seed (src/Authorization.Server/Seeding/Demo/seed.json) that the tests use.</summary>
internal static class DemoWorld
{
    /// <summary>Kari Nordmann, DAGL of Fjelltopp Bygg AS.</summary>
    public const string Kari = "12858012307";

    /// <summary>Ola Nordmann, REGNA (accountant role) of Fjelltopp Bygg AS.</summary>
    public const string Ola = "07837523588";

    /// <summary>Siri Hansen, holds the access package regnskapsforer-med-signeringsrettighet for Fjelltopp Bygg AS.</summary>
    public const string Siri = "23919034521";

    /// <summary>A valid national identity number that holds nothing for anyone.</summary>
    public const string Stranger = "14886498226";

    public const string Fjelltopp = "urn:altinn:organization:identifier-no:310100013";

    /// <summary>Owns no resource.</summary>
    public const string FjelltoppOrganizationNumber = "310100013";

    public const string MvaMelding = "urn:altinn:resource:demo-mva-melding";

    /// <summary>
    /// A dialog for Fjelltopp on demo-mva-melding (DAGL, REGNA: read and write; DAGL and the package: sign; DAGL
    /// only: delete; level 3 required by the policy's obligation), with an embed, GUI actions and an API action.
    /// </summary>
    public static object MvaDialog(Guid? id = null) => new
    {
        id,
        serviceResource = MvaMelding,
        party = Fjelltopp,
        status = "RequiresAttention",
        content = new
        {
            title = new { value = new[] { new { value = "Mva-melding", languageCode = "nb" } } },
            summary = new { value = new[] { new { value = "Klar til signering", languageCode = "nb" } } },
            mainContentReference = new
            {
                value = new[] { new { value = "https://sp.example/fce", languageCode = "nb" } },
                mediaType = "application/vnd.dialogporten.frontchannelembed-url;type=text/markdown",
            },
        },
        guiActions = new object[]
        {
            new { action = "read", url = "https://sp.example/read", priority = "Primary", title = Title("Åpne") },
            new { action = "write", url = "https://sp.example/write", httpMethod = "POST", priority = "Secondary", title = Title("Send inn") },
            new { action = "sign", url = "https://sp.example/sign", httpMethod = "POST", priority = "Tertiary", title = Title("Signer") },
            new { action = "delete", url = "https://sp.example/delete", httpMethod = "DELETE", priority = "Tertiary", isDeleteDialogAction = true, title = Title("Slett") },
        },
        apiActions = new object[]
        {
            new { action = "write", name = "submit", endpoints = new[] { new { url = "https://sp.example/api/submit", httpMethod = "POST" } } },
            new { action = "delete", name = "purge", endpoints = new[] { new { url = "https://sp.example/api/purge", httpMethod = "DELETE" } } },
        },
    };

    private static object[] Title(string text) => [new { value = text, languageCode = "nb" }];
}
