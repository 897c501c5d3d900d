using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization;

/// <summary>
/// Writes a dialog's decision as one XACML JSON multi-request, shaped as Dialogporten's
/// <c>DecisionRequestHelper.CreateDialogDetailsRequest</c>: subject <c>s1</c>, one action category per distinct action
/// (<c>a1..n</c>), one resource category per distinct authorization attribute (<c>r1..m</c>), and one request reference
/// per (action, attribute) pair; and reads the response back, one result per reference, in order.
/// </summary>
/// <remarks>
/// Never throws, whatever a stored dialog holds. A dialog whose subject, party or service resource cannot be written
/// is a <see cref="Problem"/>; a pair whose authorization attribute is not Dialogporten's format
/// (<see cref="AuthorizationAttribute"/>) is not asked and is denied, and the other pairs are decided as usual. Every
/// resource category carries the dialog's party and no other party or subject attribute: an attribute of type
/// <c>urn:altinn:resource</c>, <c>urn:altinn:app</c> or <c>urn:altinn:org</c> replaces the resource and instance
/// attributes, any other is added beside them, and none replaces the party (reference/dialogporten.md §8.1).
/// </remarks>
internal sealed class DialogXacmlRequest
{
    public const string InstancePrefix = "urn:altinn:dialog-id:";

    private readonly DialogAuthorizationRequest _request;

    // The index in _request.Actions of the pair each request reference asks for, in reference order.
    private readonly IReadOnlyList<int> _asked;

    private DialogXacmlRequest(DialogAuthorizationRequest request, IReadOnlyList<int> asked, XacmlJsonRequestRoot? root, string? problem)
    {
        _request = request;
        _asked = asked;
        Root = root;
        Problem = problem;
    }

    /// <summary>The request to send, or null when there is a <see cref="Problem"/> or no pair can be asked.</summary>
    public XacmlJsonRequestRoot? Root { get; }

    /// <summary>Why the dialog cannot be decided at all (its subject, party or service resource cannot be written), or null.</summary>
    public string? Problem { get; }

    public static DialogXacmlRequest Create(DialogAuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryReadResourceId(request.ServiceResource, out var resourceId))
        {
            return Refused(request, "The dialog's service resource is not urn:altinn:resource:<id>.");
        }

        if (!TryReadParty(request.Party, out var party))
        {
            return Refused(request, "The dialog's party is not a person, organization or party id URN.");
        }

        if (!TryReadSubject(request.Subject, out var subject))
        {
            return Refused(request, "The subject is not a user, person, organization or system user URN.");
        }

        var asked = new List<int>();
        var parsed = new Dictionary<string, AuthorizationAttribute>(StringComparer.Ordinal);
        for (var i = 0; i < request.Actions.Count; i++)
        {
            // default(DialogAction) has no name; every other DialogAction has a valid one.
            var action = request.Actions[i];
            if (string.IsNullOrEmpty(action.Name))
            {
                continue;
            }

            if (action.AuthorizationAttribute is { } written && !parsed.ContainsKey(written))
            {
                if (!AuthorizationAttribute.TryParse(written, out var attribute, out _))
                {
                    continue;
                }

                parsed[written] = attribute;
            }

            asked.Add(i);
        }

        return asked.Count == 0
            ? new DialogXacmlRequest(request, asked, null, null)
            : new DialogXacmlRequest(request, asked, Write(request, asked, resourceId, party, subject, parsed), null);
    }

    /// <summary>Reads one result per asked pair; a Permit counts only when its level obligation can be read and the user's level meets it.</summary>
    public DialogAuthorizationResult Read(XacmlJsonResponse response)
    {
        if (Problem is not null)
        {
            return DialogAuthorizationResult.Invalid(Problem);
        }

        if (response.Response is not { } results || results.Count != _asked.Count)
        {
            return DialogAuthorizationResult.NotAvailable(
                $"The policy decision point answered {response.Response?.Count ?? 0} results for {_asked.Count} requests.");
        }

        var decisions = _request.Actions.Select(action => new DialogActionDecision(action, false, null)).ToArray();
        for (var k = 0; k < _asked.Count; k++)
        {
            var action = _request.Actions[_asked[k]];
            decisions[_asked[k]] = results[k] is { } result && string.Equals(result.Decision, "Permit", StringComparison.OrdinalIgnoreCase)
                && TryReadMinimumAuthenticationLevel(result, out var minimum)
                    ? new DialogActionDecision(action, (minimum ?? 0) <= _request.AuthenticationLevel, minimum)
                    : new DialogActionDecision(action, false, null);
        }

        return DialogAuthorizationResult.Decided(decisions);
    }

    /// <summary>
    /// The highest minimum authentication level the result's obligations demand (null when none does); false when one
    /// of them cannot be read (no integer from 0 to 4), which makes its Permit no permit: fail closed.
    /// </summary>
    internal static bool TryReadMinimumAuthenticationLevel(XacmlJsonResult result, out int? minimum)
    {
        minimum = null;
        foreach (var assignment in result.Obligations?.SelectMany(o => o?.AttributeAssignment ?? []) ?? [])
        {
            if (assignment?.Category != AltinnXacml.MinimumAuthenticationLevel)
            {
                continue;
            }

            if (assignment.Value is not [>= '0' and <= '4'] value)
            {
                return false;
            }

            minimum = Math.Max(minimum ?? 0, value[0] - '0');
        }

        return true;
    }

    private static DialogXacmlRequest Refused(DialogAuthorizationRequest request, string problem) => new(request, [], null, problem);

    private static XacmlJsonRequestRoot Write(
        DialogAuthorizationRequest request, List<int> asked, string resourceId, (string Id, string Value) party, (string Id, string Value) subject,
        Dictionary<string, AuthorizationAttribute> parsed)
    {
        var pairs = asked.Select(i => request.Actions[i]).ToList();
        var actionNames = pairs.Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList();
        var attributes = pairs.Select(a => a.AuthorizationAttribute).Distinct(StringComparer.Ordinal).ToList();

        var actions = actionNames.Select((name, i) => new XacmlJsonCategory
        {
            Id = $"a{i + 1}",
            Attribute = [new XacmlJsonAttribute { AttributeId = AltinnXacml.ActionId, Value = name, DataType = AltinnXacml.StringDataType }],
        }).ToList();
        var resources = attributes.Select((attribute, i) => new XacmlJsonCategory
        {
            Id = $"r{i + 1}",
            Attribute = ResourceAttributes(resourceId, party, request.InstanceId, attribute is null ? null : parsed[attribute]),
        }).ToList();
        var references = pairs.Select(a => new XacmlJsonRequestReference
        {
            ReferenceId = ["s1", $"a{actionNames.IndexOf(a.Name) + 1}", $"r{attributes.IndexOf(a.AuthorizationAttribute) + 1}"],
        }).ToList();

        return new XacmlJsonRequestRoot
        {
            Request = new XacmlJsonRequest
            {
                AccessSubject = [new XacmlJsonCategory { Id = "s1", Attribute = [Attribute(subject)] }],
                Action = actions,
                Resource = resources,
                MultiRequests = new XacmlJsonMultiRequests { RequestReference = references },
            },
        };
    }

    private static List<XacmlJsonAttribute> ResourceAttributes(string resourceId, (string Id, string Value) party, string? instanceId, AuthorizationAttribute? attribute)
    {
        var attributes = new List<XacmlJsonAttribute>();
        if (attribute is { ReplacesResource: true } other)
        {
            // Another resource's policy decides the pair; the dialog's instance belongs to the dialog's resource.
            if (other.ReferencedResource is { } referenced)
            {
                attributes.AddRange(ResourceIdAttributes(referenced));
            }
            else
            {
                attributes.Add(Attribute((other.AttributeId, other.Value)));
            }
        }
        else
        {
            attributes.AddRange(ResourceIdAttributes(resourceId));
            if (instanceId is not null)
            {
                attributes.Add(new XacmlJsonAttribute { AttributeId = AltinnXacml.InstanceId, Value = instanceId });
            }
        }

        // Always the dialog's party, whatever the attribute: AuthorizationAttribute refuses every party or subject type.
        attributes.Add(Attribute(party));
        if (attribute is { ReplacesResource: false } part)
        {
            attributes.Add(Attribute((part.AttributeId, part.Value)));
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

    private static bool TryReadResourceId(string? serviceResource, out string resourceId)
    {
        resourceId = serviceResource?.StartsWith(ServiceResource.UrnPrefix, StringComparison.Ordinal) == true ? serviceResource[ServiceResource.UrnPrefix.Length..] : "";
        return resourceId.Length > 0;
    }

    // A dialog's party is any party PartyLookup reads but a user id (a user acts for parties, it is not one).
    private static bool TryReadParty(string? urn, out (string Id, string Value) party)
    {
        var found = PartyLookup.TryParse(urn, out var lookup) && lookup.AttributeId != AltinnXacml.UserId;
        party = found ? (lookup.AttributeId, lookup.Value) : default;
        return found;
    }

    // The subject is whoever PartyLookup reads, or a system user.
    private static bool TryReadSubject(string? urn, out (string Id, string Value) subject)
    {
        if (PartyLookup.TryParse(urn, out var lookup))
        {
            subject = (lookup.AttributeId, lookup.Value);
            return true;
        }

        if (AltinnXacml.TrySplit(urn, out var id, out var value) && id == AltinnXacml.SystemUserUuid)
        {
            subject = (id, value);
            return true;
        }

        subject = default;
        return false;
    }

    private static XacmlJsonAttribute Attribute((string Id, string Value) attribute) => new() { AttributeId = attribute.Id, Value = attribute.Value };
}
