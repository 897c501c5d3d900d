using DialogTokens.Portal.Client.Api;
using DialogTokens.Portal.Client.ServiceProvider;

namespace DialogTokens.Portal.Client.Actions;

/// <summary>What became of a write action.</summary>
public enum ActionOutcome
{
    /// <summary>204 (or another 2xx): the dialog has changed already; reload it now.</summary>
    Done,

    /// <summary>202: the change follows within 10 s; poll for it.</summary>
    Accepted,

    /// <summary>An error answer, or none (the answer says which).</summary>
    Refused,
}

/// <summary>A write action's outcome and the service provider's answer.</summary>
public sealed record ActionResult(ActionOutcome Outcome, ServiceProviderAnswer Answer);

/// <summary>
/// Runs a GUI write action as the spec says (reference §5.3): its method (POST or DELETE) to its URL with the dialog
/// token, an empty body and no cookies. A GET action is not run here: it is a link.
/// </summary>
public sealed class GuiActionRunner(ServiceProviderClient client)
{
    public async Task<ActionResult> RunAsync(GuiAction action, IDialogTokenSource tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!action.IsAuthorized)
        {
            throw new InvalidOperationException($"The action '{action.Action}' is not authorized; its button is disabled.");
        }

        if (!IsWriteMethod(action.HttpMethod) || !Uri.TryCreate(action.Url, UriKind.Absolute, out var url))
        {
            throw new InvalidOperationException($"The action '{action.Action}' is not a write action with an absolute URL.");
        }

        var answer = await client.SendAsync(new ServiceProviderRequest(new HttpMethod(action.HttpMethod.ToUpperInvariant()), url), tokens, cancellationToken);
        var outcome = answer switch
        {
            { IsSuccess: true, Status: 202 } => ActionOutcome.Accepted,
            { IsSuccess: true } => ActionOutcome.Done,
            _ => ActionOutcome.Refused,
        };
        return new ActionResult(outcome, answer);
    }

    /// <summary>POST and DELETE are sent; GET is navigation.</summary>
    public static bool IsWriteMethod(string httpMethod) =>
        string.Equals(httpMethod, "POST", StringComparison.OrdinalIgnoreCase) || string.Equals(httpMethod, "DELETE", StringComparison.OrdinalIgnoreCase);
}
