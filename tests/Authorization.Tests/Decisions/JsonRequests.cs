using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>Builds XACML JSON-profile requests for tests.</summary>
internal static class JsonRequests
{
    public static XacmlJsonCategory Category(string? id, params (string AttributeId, string Value)[] attributes) => new()
    {
        Id = id,
        Attribute = [.. attributes.Select(a => new XacmlJsonAttribute { AttributeId = a.AttributeId, Value = a.Value })],
    };

    public static XacmlJsonCategory Subject(string? id, Party person) => Category(id, (AltinnXacml.PersonIdentifier, person.PersonIdentifier!));

    public static XacmlJsonCategory Action(string? id, string action) => Category(id, (AltinnXacml.ActionId, action));

    public static XacmlJsonCategory Resource(string? id, string resourceId, Party party) =>
        Category(id, (AltinnXacml.Resource, resourceId), (AltinnXacml.OrganizationIdentifier, party.OrganizationNumber!));

    /// <summary>One request, without references.</summary>
    public static XacmlJsonRequestRoot Single(XacmlJsonCategory subject, XacmlJsonCategory action, XacmlJsonCategory resource) =>
        new() { Request = new XacmlJsonRequest { AccessSubject = [subject], Action = [action], Resource = [resource] } };

    /// <summary>A multi-request over the given categories, one reference per id list.</summary>
    public static XacmlJsonRequestRoot Multi(List<XacmlJsonCategory> subjects, List<XacmlJsonCategory> actions, List<XacmlJsonCategory> resources, params string[][] references) => new()
    {
        Request = new XacmlJsonRequest
        {
            AccessSubject = subjects,
            Action = actions,
            Resource = resources,
            MultiRequests = new XacmlJsonMultiRequests { RequestReference = [.. references.Select(r => new XacmlJsonRequestReference { ReferenceId = [.. r] })] },
        },
    };
}
