using DialogTokens.Authorization;
using DialogTokens.DialogService.Dialogs.Persistence;
using DialogTokens.DialogService.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>
/// A service owner's writes: validate everything, check that the owner owns the service resource, then write once.
/// A refused request changes nothing. Shared by the HTTP endpoints and the demo seed.
/// </summary>
internal sealed class DialogCommands(DialogStore store, IAuthorizationStore resources, DialogRequestValidator validator, TimeProvider timeProvider)
{
    public async Task<(Dialog? Dialog, ProblemHttpResult? Problem)> CreateAsync(
        string ownerOrganizationNumber, DialogRequest? request, bool allowLegacyHtml, CancellationToken cancellationToken)
    {
        if (!validator.TryValidate(request, existing: null, allowLegacyHtml, out var valid, out var errors))
        {
            return (null, DialogProblem.Validation(errors));
        }

        var resourceId = valid.ServiceResource[ServiceResource.UrnPrefix.Length..];
        var resource = await resources.FindResourceAsync(resourceId, cancellationToken);
        if (resource is null)
        {
            return (null, DialogProblem.Validation(new Dictionary<string, string[]>
            {
                ["serviceResource"] = [$"The resource registry has no {valid.ServiceResource}."],
            }));
        }

        if (resource.OwnerOrganizationNumber != ownerOrganizationNumber)
        {
            return (null, DialogProblem.Create(DialogProblemTypes.Forbidden, $"Organization {ownerOrganizationNumber} does not own {valid.ServiceResource}; only its owner may create dialogs for it."));
        }

        if (await UnownedReferencesAsync(ownerOrganizationNumber, valid.Document, cancellationToken) is { } unowned)
        {
            return (null, unowned);
        }

        var now = Now();
        var dialog = new Dialog(
            valid.Id ?? Guid.CreateVersion7(now), Guid.CreateVersion7(now), valid.ServiceResource, valid.Party, resource.OwnerOrgCode,
            resource.OwnerOrganizationNumber, valid.Status, now, now, null, valid.Document);
        return await store.CreateAsync(dialog, cancellationToken) switch
        {
            DialogWriteOutcome.Done => (dialog, null),
            _ => (null, DialogProblem.Create(DialogProblemTypes.DialogExists, $"A dialog with id {dialog.Id} exists already.")),
        };
    }

    public async Task<(Dialog? Dialog, ProblemHttpResult? Problem)> ReplaceAsync(
        string ownerOrganizationNumber, Guid id, Guid? ifMatch, DialogRequest? request, bool allowLegacyHtml, CancellationToken cancellationToken)
    {
        var (existing, problem) = await FindOwnedAsync(ownerOrganizationNumber, id, cancellationToken);
        if (existing is null)
        {
            return (null, problem);
        }

        if (existing.IsDeleted)
        {
            return (null, Gone(existing));
        }

        if (ifMatch is null)
        {
            return (null, DialogProblem.Create(DialogProblemTypes.RevisionRequired, $"Send If-Match with the revision you changed (the ETag of GET; now {ETags.Format(existing.Revision)}), so that no concurrent update is lost."));
        }

        if (ifMatch != Guid.Empty && ifMatch != existing.Revision)
        {
            return (null, Mismatch(ifMatch.Value, existing.Revision));
        }

        if (!validator.TryValidate(request, existing, allowLegacyHtml, out var valid, out var errors))
        {
            return (null, DialogProblem.Validation(errors));
        }

        if (await UnownedReferencesAsync(ownerOrganizationNumber, valid.Document, cancellationToken) is { } unowned)
        {
            return (null, unowned);
        }

        var now = Now();
        var updated = existing with
        {
            Revision = Guid.CreateVersion7(now),
            Status = valid.Status,
            UpdatedAt = now,
            Document = valid.Document,
        };
        return await WriteAsync(updated, existing, cancellationToken);
    }

    public async Task<(Dialog? Dialog, ProblemHttpResult? Problem)> DeleteAsync(
        string ownerOrganizationNumber, Guid id, Guid? ifMatch, CancellationToken cancellationToken)
    {
        var (existing, problem) = await FindOwnedAsync(ownerOrganizationNumber, id, cancellationToken);
        if (existing is null)
        {
            return (null, problem);
        }

        if (existing.IsDeleted)
        {
            return (null, Gone(existing));
        }

        if (ifMatch is { } expected && expected != Guid.Empty && expected != existing.Revision)
        {
            return (null, Mismatch(expected, existing.Revision));
        }

        var now = Now();
        return await WriteAsync(existing with { Revision = Guid.CreateVersion7(now), UpdatedAt = now, DeletedAt = now }, existing, cancellationToken);
    }

    public async Task<(Dialog? Dialog, ProblemHttpResult? Problem)> FindOwnedAsync(string ownerOrganizationNumber, Guid id, CancellationToken cancellationToken)
    {
        var dialog = await store.FindAsync(id, cancellationToken);

        // Another owner's dialog is answered as missing: its existence is not this caller's business.
        return dialog is null || dialog.ServiceOwner != ownerOrganizationNumber
            ? (null, DialogProblem.Create(DialogProblemTypes.DialogNotFound, $"Organization {ownerOrganizationNumber} has no dialog {id}."))
            : (dialog, null);
    }

    /// <summary>
    /// A 403 naming every resource that an action's <c>urn:altinn:resource:&lt;id&gt;</c> attribute names and the caller's
    /// organization does not own (or the registry does not know), as Dialogporten's ServiceResourceAuthorizer; else null.
    /// Otherwise an owner could learn users' rights on another owner's resource and put permits for it into tokens.
    /// </summary>
    private async Task<ProblemHttpResult?> UnownedReferencesAsync(string ownerOrganizationNumber, DialogDocument document, CancellationToken cancellationToken)
    {
        var referenced = document.GuiActions.Select(a => a.AuthorizationAttribute).Concat(document.ApiActions.Select(a => a.AuthorizationAttribute))
            .Select(a => AuthorizationAttribute.TryParse(a, out var attribute, out _) ? attribute.ReferencedResource : null)
            .OfType<string>().Distinct(StringComparer.Ordinal);
        var unowned = new List<string>();
        foreach (var resourceId in referenced)
        {
            if ((await resources.FindResourceAsync(resourceId, cancellationToken))?.OwnerOrganizationNumber != ownerOrganizationNumber)
            {
                unowned.Add(ServiceResource.UrnPrefix + resourceId);
            }
        }

        return unowned.Count == 0 ? null : DialogProblem.Create(
            DialogProblemTypes.Forbidden,
            $"Not allowed to reference the following unowned resources: [{string.Join(", ", unowned)}]. An authorization attribute urn:altinn:resource:<id> must name a resource that organization {ownerOrganizationNumber} owns.");
    }

    private async Task<(Dialog?, ProblemHttpResult?)> WriteAsync(Dialog updated, Dialog existing, CancellationToken cancellationToken) =>
        await store.UpdateAsync(updated, existing.Revision, cancellationToken) switch
        {
            DialogWriteOutcome.Done => (updated, null),
            DialogWriteOutcome.Deleted => (null, Gone(existing)),
            DialogWriteOutcome.NotFound => (null, DialogProblem.Create(DialogProblemTypes.DialogNotFound, $"There is no dialog {existing.Id}.")),
            _ => (null, DialogProblem.Create(DialogProblemTypes.RevisionMismatch, $"Dialog {existing.Id} changed while this request was handled; GET it again and retry with its new ETag.")),
        };

    // Stored as Unix milliseconds: what a write answers must equal what a later read returns.
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(timeProvider.GetUtcNow().ToUnixTimeMilliseconds());

    private static ProblemHttpResult Gone(Dialog dialog) =>
        DialogProblem.Create(DialogProblemTypes.DialogDeleted, $"The dialog {dialog.Id} was deleted at {dialog.DeletedAt:O}.");

    private static ProblemHttpResult Mismatch(Guid given, Guid current) =>
        DialogProblem.Create(DialogProblemTypes.RevisionMismatch, $"If-Match names revision {given}, but the dialog is at {current}; GET it again and retry with its ETag.");
}
