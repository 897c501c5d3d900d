using System.Text.Json.Nodes;

namespace DialogTokens.Samples.ServiceProvider.WriteActions;

/// <summary>What a write action does to the dialog, through the service-owner API.</summary>
public enum DialogChangeKind
{
    /// <summary>The VAT return is submitted: the dialog awaits the tax office, and its submit button goes away.</summary>
    Submit,

    /// <summary>The return is signed: the dialog is completed.</summary>
    Sign,

    /// <summary>The dialog is deleted (soft).</summary>
    Delete,
}

/// <summary>One change to make, for the user who asked (the token's <c>c</c>).</summary>
public sealed record DialogChange(Guid DialogId, DialogChangeKind Kind, string PerformedBy)
{
    /// <summary>Applies the change to the service owner's view of the dialog, making it the PUT body.</summary>
    public void ApplyTo(JsonObject dialog, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var content = dialog["content"]?.AsObject() ?? throw new InvalidOperationException("The dialog has no content.");
        var (status, summary) = Kind switch
        {
            DialogChangeKind.Submit => ("Awaiting", $"Sendt inn {now:yyyy-MM-dd HH:mm} UTC; venter på behandling."),
            _ => ("Completed", $"Signert {now:yyyy-MM-dd HH:mm} UTC."),
        };
        dialog["status"] = status;
        content["summary"] = new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject { ["value"] = summary, ["languageCode"] = "nb" }),
            ["mediaType"] = "text/plain",
        };

        if (dialog["guiActions"] is JsonArray actions)
        {
            // What was done cannot be done again: drop the GUI actions of this kind. An element that is not an object
            // names no action and stays as it is: it is the dialog service's to judge, not a reason to fail the change.
            var done = Kind == DialogChangeKind.Submit ? "write" : "sign";
            foreach (var action in actions.Where(a => a is JsonObject named && named["action"] is JsonValue name && name.TryGetValue<string>(out var value) && value == done).ToList())
            {
                actions.Remove(action);
            }
        }
    }
}
