using System.Diagnostics;
using System.Text.Json;
using DialogTokens.Authorization;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Dialogs.ServiceOwner;

namespace DialogTokens.DialogService.Dialogs.Seeding;

/// <summary>
/// Creates the dialogs of a seed file (<c>DialogService:DialogSeed</c>), each as its resource's owner would through the
/// service-owner API, so the seed passes the same validation. Dialogs whose id exists are left as they are, so a
/// restart keeps what users changed. <c>{serviceProvider}</c> in the file becomes <c>DialogService:DemoServiceProviderUri</c>.
/// </summary>
internal static class DialogSeed
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task LoadAsync(IServiceProvider services, string path, string serviceProviderUri, CancellationToken cancellationToken = default)
    {
        var json = (await File.ReadAllTextAsync(path, cancellationToken)).Replace("{serviceProvider}", serviceProviderUri.TrimEnd('/'), StringComparison.Ordinal);
        var seed = JsonSerializer.Deserialize<SeedFile>(json, Json)
            ?? throw new InvalidOperationException($"The dialog seed '{path}' is empty.");
        var store = services.GetRequiredService<DialogStore>();
        var resources = services.GetRequiredService<IAuthorizationStore>();
        var createDialog = services.GetRequiredService<CreateDialog>();
        var problems = new List<string>();
        for (var i = 0; i < seed.Dialogs.Count; i++)
        {
            var request = seed.Dialogs[i];
            if (request.Id is { } id && await store.FindAsync(id, cancellationToken) is not null)
            {
                continue;
            }

            var resourceId = request.ServiceResource?.StartsWith(ServiceResource.UrnPrefix, StringComparison.Ordinal) == true
                ? request.ServiceResource[ServiceResource.UrnPrefix.Length..] : "";
            var owner = (await resources.FindResourceAsync(resourceId, cancellationToken))?.OwnerOrganizationNumber ?? "";

            // As its owner would, with HTML embeds allowed: the demo shows both kinds.
            var problem = await createDialog.RunAsync(new ServiceOwnerCaller(owner, MayUseLegacyHtml: true), request, cancellationToken) switch
            {
                CreateDialogResult.Invalid invalid => string.Join(", ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
                CreateDialogResult.Forbidden forbidden => forbidden.Detail,
                CreateDialogResult.Exists exists => exists.Detail,
                CreateDialogResult.Created => null,
                var unknown => throw new UnreachableException($"CreateDialog answered {unknown}."),
            };
            if (problem is not null)
            {
                problems.Add($"dialogs[{i}]: {problem}");
            }
        }

        if (problems.Count > 0)
        {
            // A bad seed is a configuration mistake: refuse to start rather than serve a half-made world.
            throw new InvalidOperationException($"The dialog seed '{path}' was not loaded: " + string.Join("; ", problems));
        }
    }

    private sealed class SeedFile
    {
        public List<DialogRequest> Dialogs { get; set; } = [];
    }
}
