using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.Authorization;

/// <summary>
/// An action's authorization attribute as Dialogporten accepts it (reference/dialogporten.md §8.1): <c>urn:altinn:&lt;type&gt;:&lt;name&gt;</c>
/// or a bare <c>&lt;name&gt;</c> (a sub-resource), type and name each an ASCII letter followed by letters, digits, '_' and
/// '-', case-insensitive, at most <see cref="MaxLength"/> characters: Dialogporten's
/// <c>^(?:urn:altinn:[a-z][a-z0-9_-]*:)?[a-z][a-z0-9_-]*$</c>. Types that name a party or a subject are refused, so that
/// no attribute can change who a pair is decided for. The validator of the service-owner API and the decision request
/// read attributes with this one type.
/// </summary>
/// <param name="AttributeId">The XACML resource attribute id: <c>urn:altinn:&lt;type&gt;</c> in lower case, or <see cref="AltinnXacml.Subresource"/>.</param>
/// <param name="Value">The name, as written.</param>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Dialogporten's name for it: an action's authorizationAttribute, not a .NET attribute.")]
public readonly record struct AuthorizationAttribute(string AttributeId, string Value)
{
    /// <summary>Dialogporten's default maximum string length.</summary>
    public const int MaxLength = 255;

    private const string AltinnPrefix = "urn:altinn:";

    /// <summary>
    /// Types that name a party or a subject, or that the decision point writes itself. In the resource category they
    /// would add a second party beside the dialog's, which the decision point could read instead of it.
    /// </summary>
    private static readonly HashSet<string> ReservedTypes = new(StringComparer.Ordinal)
    {
        "partyid", "party", "person", "organization", "organizationnumber", "userid", "systemuser", "ssn",
        "rolecode", "accesspackage", "authlevel", "minimum-authenticationlevel", "minimum-authenticationlevel-org",
    };

    /// <summary>Whether the attribute stands for another resource (<c>urn:altinn:resource</c>, <c>urn:altinn:app</c>, <c>urn:altinn:org</c>) instead of a part of the dialog's.</summary>
    public bool ReplacesResource => AttributeId is AltinnXacml.Resource or AltinnXacml.App or AltinnXacml.Org;

    /// <summary>The resource registry id that a <c>urn:altinn:resource:&lt;id&gt;</c> attribute names, or null.</summary>
    public string? ReferencedResource => AttributeId == AltinnXacml.Resource ? Value : null;

    /// <summary>The attribute in its one spelling, <c>urn:altinn:&lt;type&gt;:&lt;name&gt;</c>: the type in lower case, the name as written.</summary>
    public string Urn => $"{AttributeId}:{Value}";

    /// <summary>Reads <paramref name="value"/>; never throws. <paramref name="problem"/> says what is wrong, without quoting the value.</summary>
    public static bool TryParse(string? value, out AuthorizationAttribute attribute, [NotNullWhen(false)] out string? problem)
    {
        attribute = default;
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            problem = $"Must be 1 to {MaxLength} characters.";
            return false;
        }

        var name = value.AsSpan();
        var type = "subresource";
        if (name.StartsWith(AltinnPrefix, StringComparison.OrdinalIgnoreCase))
        {
            name = name[AltinnPrefix.Length..];
            var colon = name.IndexOf(':');
            if (colon < 0 || !IsName(name[..colon]))
            {
                problem = Format;
                return false;
            }

            type = name[..colon].ToString().ToLowerInvariant();
            name = name[(colon + 1)..];
        }

        if (!IsName(name))
        {
            problem = Format;
            return false;
        }

        if (ReservedTypes.Contains(type))
        {
            problem = $"urn:altinn:{type} names a party or a subject; an authorization attribute cannot change who an action is decided for.";
            return false;
        }

        attribute = new AuthorizationAttribute(AltinnPrefix + type, name.ToString());
        problem = null;
        return true;
    }

    private const string Format =
        "Must be urn:altinn:<type>:<name> or a bare <name>, type and name each starting with a letter followed by letters, digits, '_' or '-'.";

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
