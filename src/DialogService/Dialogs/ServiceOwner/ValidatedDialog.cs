namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>A service-owner request that passed validation, normalized (ids chosen, media types rewritten).</summary>
internal sealed record ValidatedDialog(Guid? Id, string ServiceResource, string Party, string Status, DialogDocument Document);
