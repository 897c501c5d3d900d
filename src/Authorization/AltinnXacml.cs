using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.Authorization;

/// <summary>The XACML categories and attribute ids that Altinn's policies and requests use.</summary>
public static class AltinnXacml
{
    public const string SubjectCategory = "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject";
    public const string ActionCategory = "urn:oasis:names:tc:xacml:3.0:attribute-category:action";
    public const string ResourceCategory = "urn:oasis:names:tc:xacml:3.0:attribute-category:resource";
    public const string ActionId = "urn:oasis:names:tc:xacml:1.0:action:action-id";
    public const string StringDataType = "http://www.w3.org/2001/XMLSchema#string";

    public const string UserId = "urn:altinn:userid";
    public const string PartyId = "urn:altinn:partyid";
    public const string PersonIdentifier = "urn:altinn:person:identifier-no";
    public const string OrganizationIdentifier = "urn:altinn:organization:identifier-no";
    public const string SystemUserUuid = "urn:altinn:systemuser:uuid";
    public const string RoleCode = "urn:altinn:rolecode";
    public const string AccessPackage = "urn:altinn:accesspackage";
    public const string Org = "urn:altinn:org";
    public const string App = "urn:altinn:app";
    public const string Resource = "urn:altinn:resource";
    public const string InstanceId = "urn:altinn:resource:instance-id";
    public const string Subresource = "urn:altinn:subresource";
    public const string Task = "urn:altinn:task";

    /// <summary>The obligation attribute category that carries the minimum authentication level of a Permit.</summary>
    public const string MinimumAuthenticationLevel = "urn:altinn:minimum-authenticationlevel";

    /// <summary>Splits an attribute URN at its last ':' into (attribute id, value), as Dialogporten does for parties.</summary>
    /// <exception cref="ArgumentException"><paramref name="urn"/> has no ':' with text on both sides; see <see cref="TrySplit"/>.</exception>
    public static (string AttributeId, string Value) Split(string urn) =>
        TrySplit(urn, out var attributeId, out var value)
            ? (attributeId, value)
            : throw new ArgumentException($"'{urn}' is not an attribute URN of the form urn:...:<id>:<value>.", nameof(urn));

    /// <summary>Splits an attribute URN at its last ':' into (attribute id, value); false, never an exception, for any other string.</summary>
    public static bool TrySplit(string? urn, [NotNullWhen(true)] out string? attributeId, [NotNullWhen(true)] out string? value)
    {
        var colon = urn?.LastIndexOf(':') ?? -1;
        if (urn is null || colon <= 0 || colon == urn.Length - 1)
        {
            (attributeId, value) = (null, null);
            return false;
        }

        (attributeId, value) = (urn[..colon], urn[(colon + 1)..]);
        return true;
    }
}
