using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DialogTokens;

/// <summary>
/// The authorized actions of a dialog token (claim <c>a</c>): the permitted (action, authorization attribute) pairs,
/// each written <c>action</c> for the main resource or <c>action,attribute</c>, joined by <c>;</c>, sorted by action
/// and then attribute (ordinal, the main resource sorting as <c>main</c>), the empty string when nothing is permitted.
/// </summary>
public sealed class AuthorizedActions : IReadOnlyList<DialogAction>, IEquatable<AuthorizedActions>
{
    private static readonly Comparison<DialogAction> Order = static (x, y) =>
    {
        var byName = string.CompareOrdinal(x.Name, y.Name);
        return byName != 0 ? byName : string.CompareOrdinal(x.SortAttribute, y.SortAttribute);
    };

    private readonly DialogAction[] _actions;
    private string? _encoded;

    private AuthorizedActions(DialogAction[] sortedDistinct) => _actions = sortedDistinct;

    /// <summary>No action permitted; encodes as the empty string.</summary>
    public static AuthorizedActions Empty { get; } = new([]);

    /// <summary>The number of permitted pairs.</summary>
    public int Count => _actions.Length;

    /// <summary>The pair at <paramref name="index"/>, in claim order.</summary>
    public DialogAction this[int index] => _actions[index];

    /// <summary>Creates the set from any pairs: sorts them and drops duplicates.</summary>
    public static AuthorizedActions Create(IEnumerable<DialogAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var list = actions.ToList();
        if (list.Any(a => a.Name is null))
        {
            throw new ArgumentException("Every action needs a name; default(DialogAction) is not an action.", nameof(actions));
        }

        list.Sort(Order);
        var distinct = new List<DialogAction>(list.Count);
        foreach (var action in list)
        {
            if (distinct.Count == 0 || Order(distinct[^1], action) != 0)
            {
                distinct.Add(action);
            }
        }

        return distinct.Count == 0 ? Empty : new AuthorizedActions([.. distinct]);
    }

    /// <summary>Creates the set from pairs.</summary>
    // The cast matters: since C# 14 an array argument binds to this span overload, not to IEnumerable, and would recurse.
    public static AuthorizedActions Create(params ReadOnlySpan<DialogAction> actions) => Create((IEnumerable<DialogAction>)actions.ToArray());

    /// <summary>Parses a claim value. Order is not enforced when reading; every element must be well formed.</summary>
    public static bool TryParse([NotNullWhen(true)] string? encoded, [NotNullWhen(true)] out AuthorizedActions? actions)
    {
        actions = null;
        if (encoded is null || !IsWellFormed(encoded))
        {
            return false;
        }

        if (encoded.Length == 0)
        {
            actions = Empty;
            return true;
        }

        var parsed = new List<DialogAction>();
        foreach (var range in encoded.AsSpan().Split(';'))
        {
            parsed.Add(DialogAction.Parse(encoded[range]));
        }

        actions = Create(parsed);
        return true;
    }

    /// <summary>Parses a claim value.</summary>
    /// <exception cref="FormatException">An element is empty or malformed.</exception>
    public static AuthorizedActions Parse(string encoded) =>
        TryParse(encoded, out var actions)
            ? actions
            : throw new FormatException($"'{encoded}' is not a list of actions ('action' or 'action,attribute', joined by ';').");

    /// <summary>
    /// Whether <paramref name="action"/> is permitted on <paramref name="authorizationAttribute"/>. Strict: with no
    /// attribute only a permit on the main resource counts (Dialogporten's fall-through to any attribute does not).
    /// A bare attribute and <c>urn:altinn:subresource:</c> with the same value are the same attribute.
    /// </summary>
    public bool IsGranted(string action, string? authorizationAttribute = null)
    {
        foreach (var granted in _actions)
        {
            if (string.Equals(granted.Name, action, StringComparison.Ordinal) && granted.HasSameAttributeAs(authorizationAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="action"/> is permitted.</summary>
    public bool IsGranted(DialogAction action) => IsGranted(action.Name, action.AuthorizationAttribute);

    /// <summary>The claim value.</summary>
    public override string ToString() => _encoded ??= string.Join(';', _actions);

    /// <inheritdoc/>
    public IEnumerator<DialogAction> GetEnumerator() => ((IEnumerable<DialogAction>)_actions).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(AuthorizedActions? other) => other is not null && _actions.AsSpan().SequenceEqual(other._actions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AuthorizedActions);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>Whether an encoded claim holds <paramref name="action"/>, with <see cref="IsGranted(string, string?)"/>'s semantics.</summary>
    internal static bool Contains(ReadOnlySpan<char> encoded, DialogAction action)
    {
        foreach (var range in encoded.Split(';'))
        {
            var element = encoded[range];
            var comma = element.IndexOf(',');
            var name = comma < 0 ? element : element[..comma];
            var attribute = comma < 0 ? [] : element[(comma + 1)..];
            if (name.SequenceEqual(action.Name) && DialogAction.AttributesEqual(attribute, action.AuthorizationAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Empty, or elements that each have a non-empty action and, after a comma, a non-empty attribute.</summary>
    internal static bool IsWellFormed(ReadOnlySpan<char> encoded)
    {
        if (encoded.IsEmpty)
        {
            return true;
        }

        foreach (var range in encoded.Split(';'))
        {
            var element = encoded[range];
            var comma = element.IndexOf(',');
            if (element.IsEmpty || comma == 0 || comma == element.Length - 1)
            {
                return false;
            }
        }

        return true;
    }
}
