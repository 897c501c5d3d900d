using Altinn.Authorization.ABAC.Utils;
using Altinn.Authorization.ABAC.Xacml;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization;

/// <summary>The results the embedded decision point writes itself, and their JSON-profile form.</summary>
internal static class XacmlOutcomes
{
    /// <summary>
    /// A request the decision point cannot decide (unknown resource, unreadable policy, contradictory subject):
    /// Indeterminate with status processing-error, as Altinn Authorization answers its external API.
    /// </summary>
    public static XacmlContextResult Indeterminate(string why) => new(XacmlContextDecision.Indeterminate)
    {
        Status = new XacmlContextStatus(XacmlContextStatusCode.ProcessingError) { StatusMessage = why },
    };

    /// <summary>The JSON-profile result; unlike Altinn's converter, the status message is kept.</summary>
    public static XacmlJsonResult ToJson(XacmlContextResult result)
    {
        var json = XacmlJsonXmlConverter.ConvertResponse(new XacmlContextResponse(result)).Response[0];
        if (result.Status?.StatusMessage is { } message && json.Status is not null)
        {
            json.Status.StatusMessage = message;
        }

        return json;
    }
}
