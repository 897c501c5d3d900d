using System.Diagnostics.CodeAnalysis;

namespace DialogTokens;

/// <summary>
/// An action on a dialog, optionally qualified by an authorization attribute (a sub-resource, a task, or another
/// service resource). No attribute means the dialog's main resource, which Dialogporten calls <c>main</c>.
/// </summary>
public readonly record struct DialogAction
{
    /// <summary>The attribute value Dialogporten uses for the main resource.</summary>
    public const string MainResource = "main";

    /// <summary>The namespace a bare authorization attribute belongs to.</summary>
    public const string SubresourcePrefix = "urn:altinn:subresource:";

    /// <summary>Creates an action; an attribute of <c>null</c>, empty or <c>main</c> means the main resource.</summary>
    /// <exception cref="ArgumentException">The action or attribute cannot be written into the <c>a</c> claim.</exception>
    public DialogAction(string name, string? authorizationAttribute = null)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"An action name must be non-empty and contain no ',' or ';' (was '{name}').", nameof(name));
        }

        if (string.IsNullOrEmpty(authorizationAttribute) || authorizationAttribute == MainResource)
        {
            authorizationAttribute = null;
        }
        else if (authorizationAttribute.Contains(';', StringComparison.Ordinal))
        {
            throw new ArgumentException($"An authorization attribute must not contain ';' (was '{authorizationAttribute}').", nameof(authorizationAttribute));
        }

        Name = name;
        AuthorizationAttribute = authorizationAttribute;
    }

    /// <summary>The action id, as in the XACML policy (<c>read</c>, <c>write</c>, <c>sign</c>, ...).</summary>
    public string Name { get; }

    /// <summary>The authorization attribute, or <c>null</c> for the main resource.</summary>
    public string? AuthorizationAttribute { get; }

    /// <summary>Whether this action applies to the dialog's main resource.</summary>
    public bool IsMainResource => AuthorizationAttribute is null;

    /// <summary>Parses <c>action</c> or <c>action,attribute</c>, as one element of the <c>a</c> claim.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out DialogAction action)
    {
        action = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var comma = value.IndexOf(',', StringComparison.Ordinal);
        var name = comma < 0 ? value : value[..comma];
        var attribute = comma < 0 ? null : value[(comma + 1)..];
        if (!IsValidName(name) || attribute is { Length: 0 } || (attribute?.Contains(';', StringComparison.Ordinal) ?? false))
        {
            return false;
        }

        action = new DialogAction(name, attribute);
        return true;
    }

    /// <summary>Parses <c>action</c> or <c>action,attribute</c>.</summary>
    /// <exception cref="FormatException">The value is not an action.</exception>
    public static DialogAction Parse(string value) =>
        TryParse(value, out var action) ? action : throw new FormatException($"'{value}' is not an action ('action' or 'action,attribute').");

    /// <summary>
    /// Whether this action's attribute denotes the same resource as <paramref name="authorizationAttribute"/>:
    /// both the main resource, or equal once a bare value is read as <c>urn:altinn:subresource:&lt;value&gt;</c>.
    /// </summary>
    public bool HasSameAttributeAs(string? authorizationAttribute) =>
        AttributesEqual(AuthorizationAttribute, authorizationAttribute);

    /// <summary>The element as written in the <c>a</c> claim.</summary>
    public override string ToString() => AuthorizationAttribute is null ? Name : $"{Name},{AuthorizationAttribute}";

    internal string SortAttribute => AuthorizationAttribute ?? MainResource;

    internal static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.AsSpan().IndexOfAny(',', ';') < 0;

    internal static bool AttributesEqual(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var leftMain = left.IsEmpty || left.SequenceEqual(MainResource);
        var rightMain = right.IsEmpty || right.SequenceEqual(MainResource);
        if (leftMain || rightMain)
        {
            return leftMain && rightMain;
        }

        if (left.SequenceEqual(right))
        {
            return true;
        }

        // A bare attribute is a sub-resource (Dialogporten's DecisionRequestHelper), so "foo" and
        // "urn:altinn:subresource:foo" name the same thing.
        var leftBare = !left.StartsWith("urn:", StringComparison.Ordinal);
        var rightBare = !right.StartsWith("urn:", StringComparison.Ordinal);
        if (leftBare == rightBare)
        {
            return false;
        }

        var bare = leftBare ? left : right;
        var qualified = leftBare ? right : left;
        return qualified.StartsWith(SubresourcePrefix, StringComparison.Ordinal)
            && qualified[SubresourcePrefix.Length..].SequenceEqual(bare);
    }
}
