using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization;

/// <summary>
/// Writes a dialog's decision as one XACML JSON multi-request, shaped as Dialogporten's
/// <c>DecisionRequestHelper.CreateDialogDetailsRequest</c>: subject <c>s1</c>, one action category per distinct action
/// (<c>a1..n</c>), one resource category per distinct authorization attribute (<c>r1..m</c>), and one request reference
/// per (action, attribute) pair; and reads the response back, one result per reference, in order.
/// </summary>
internal static class DialogXacmlRequest
{
    public const string InstancePrefix = "urn:altinn:dialog-id:";

    public static XacmlJsonRequestRoot Create(DialogAuthorizationRequest request)
    {
        if (!request.ServiceResource.StartsWith(ServiceResource.UrnPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{request.ServiceResource}' is not a service resource (urn:altinn:resource:<id>).", nameof(request));
        }

        var actionNames = request.Actions.Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList();
        var attributes = request.Actions.Select(a => a.AuthorizationAttribute).Distinct(StringComparer.Ordinal).ToList();

        var subject = new XacmlJsonCategory { Id = "s1", Attribute = [Attribute(request.Subject)] };
        var actions = actionNames.Select((name, i) => new XacmlJsonCategory
        {
            Id = $"a{i + 1}",
            Attribute = [new XacmlJsonAttribute { AttributeId = AltinnXacml.ActionId, Value = name, DataType = AltinnXacml.StringDataType }],
        }).ToList();
        var resources = attributes.Select((attribute, i) => new XacmlJsonCategory
        {
            Id = $"r{i + 1}",
            Attribute = ResourceAttributes(request, attribute),
        }).ToList();

        var references = request.Actions.Select(a => new XacmlJsonRequestReference
        {
            ReferenceId =
            [
                "s1",
                $"a{actionNames.IndexOf(a.Name) + 1}",
                $"r{attributes.IndexOf(a.AuthorizationAttribute) + 1}",
            ],
        }).ToList();

        return new XacmlJsonRequestRoot
        {
            Request = new XacmlJsonRequest
            {
                AccessSubject = [subject],
                Action = actions,
                Resource = resources,
                MultiRequests = new XacmlJsonMultiRequests { RequestReference = references },
            },
        };
    }

    /// <summary>Reads one result per requested pair; a Permit counts only when the user's level meets its obligation.</summary>
    public static DialogAuthorizationResult Read(DialogAuthorizationRequest request, XacmlJsonResponse response)
    {
        if (response.Response is null || response.Response.Count != request.Actions.Count)
        {
            return DialogAuthorizationResult.NotAvailable(
                $"The policy decision point answered {response.Response?.Count ?? 0} results for {request.Actions.Count} requests.");
        }

        var decisions = new List<DialogActionDecision>(request.Actions.Count);
        for (var i = 0; i < request.Actions.Count; i++)
        {
            var result = response.Response[i];
            var permit = string.Equals(result.Decision, "Permit", StringComparison.OrdinalIgnoreCase);
            var minimum = permit ? MinimumAuthenticationLevel(result) : null;
            decisions.Add(new DialogActionDecision(request.Actions[i], permit && (minimum ?? 0) <= request.AuthenticationLevel, minimum));
        }

        return DialogAuthorizationResult.Decided(decisions);
    }

    internal static int? MinimumAuthenticationLevel(XacmlJsonResult result)
    {
        int? minimum = null;
        foreach (var assignment in result.Obligations?.SelectMany(o => o.AttributeAssignment ?? []) ?? [])
        {
            if (assignment.Category == AltinnXacml.MinimumAuthenticationLevel && int.TryParse(assignment.Value, out var level))
            {
                minimum = Math.Max(minimum ?? 0, level);
            }
        }

        return minimum;
    }

    private static List<XacmlJsonAttribute> ResourceAttributes(DialogAuthorizationRequest request, string? authorizationAttribute)
    {
        var resourceId = request.ServiceResource[ServiceResource.UrnPrefix.Length..];
        var attributes = new List<XacmlJsonAttribute>();

        // An attribute naming another resource points at that resource's policy instead of the dialog's.
        if (authorizationAttribute?.StartsWith(ServiceResource.UrnPrefix, StringComparison.Ordinal) == true)
        {
            resourceId = authorizationAttribute[ServiceResource.UrnPrefix.Length..];
            authorizationAttribute = null;
        }

        attributes.AddRange(ResourceIdAttributes(resourceId));
        attributes.Add(Attribute(request.Party));
        if (request.InstanceId is not null)
        {
            attributes.Add(new XacmlJsonAttribute { AttributeId = AltinnXacml.InstanceId, Value = request.InstanceId });
        }

        if (authorizationAttribute is not null)
        {
            // A bare value is a sub-resource; urn:altinn:task:Task_1 and other URNs split at their last ':'.
            attributes.Add(authorizationAttribute.StartsWith("urn:", StringComparison.Ordinal)
                ? Attribute(authorizationAttribute)
                : new XacmlJsonAttribute { AttributeId = AltinnXacml.Subresource, Value = authorizationAttribute });
        }

        return attributes;
    }

    // Altinn apps are named app_<org>_<app> as resources, but their policies match urn:altinn:org and urn:altinn:app.
    private static IEnumerable<XacmlJsonAttribute> ResourceIdAttributes(string resourceId)
    {
        var separator = resourceId.StartsWith("app_", StringComparison.Ordinal) ? resourceId.IndexOf('_', 4) : -1;
        if (separator > 4 && separator < resourceId.Length - 1)
        {
            yield return new XacmlJsonAttribute { AttributeId = AltinnXacml.Org, Value = resourceId[4..separator] };
            yield return new XacmlJsonAttribute { AttributeId = AltinnXacml.App, Value = resourceId[(separator + 1)..] };
        }
        else
        {
            yield return new XacmlJsonAttribute { AttributeId = AltinnXacml.Resource, Value = resourceId };
        }
    }

    private static XacmlJsonAttribute Attribute(string urn)
    {
        var (id, value) = AltinnXacml.Split(urn);
        return new XacmlJsonAttribute { AttributeId = id, Value = value };
    }
}
