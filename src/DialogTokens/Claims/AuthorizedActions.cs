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

    // Built from pairs: the sorted pairs, encoded on demand. Read from a token in canonical order (as every issuer
    // writes it): the claim itself, parsed into pairs only when someone enumerates them, so that verifying allocates
    // no pair strings (docs/performance.md).
    private DialogAction[]? _actions;
    private string? _encoded;

    private AuthorizedActions(DialogAction[] sortedDistinct)
    {
        _actions = sortedDistinct;
        Count = sortedDistinct.Length;
    }

    private AuthorizedActions(string canonical, int count)
    {
        _encoded = canonical;
        Count = count;
    }

    /// <summary>No action permitted; encodes as the empty string.</summary>
    public static AuthorizedActions Empty { get; } = new([]);

    /// <summary>The number of permitted pairs.</summary>
    public int Count { get; }

    /// <summary>The pair at <paramref name="index"/>, in claim order.</summary>
    public DialogAction this[int index] => Pairs[index];

    private DialogAction[] Pairs => _actions ??= ParseCanonical(_encoded!, Count);

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
        actions = encoded is null ? null : FromClaim(encoded);
        return actions is not null;
    }

    /// <summary>The set a claim value holds, or <see langword="null"/> when an element is malformed.</summary>
    internal static AuthorizedActions? FromClaim(string encoded)
    {
        var shape = Inspect(encoded);
        if (shape.Count < 0)
        {
            return null;
        }

        if (shape.Count == 0)
        {
            return Empty;
        }

        if (shape.Canonical)
        {
            return new AuthorizedActions(encoded, shape.Count);
        }

        var parsed = new List<DialogAction>(shape.Count);
        foreach (var range in encoded.AsSpan().Split(';'))
        {
            parsed.Add(DialogAction.Parse(encoded[range]));
        }

        return Create(parsed);
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
        if (_actions is null)
        {
            return Contains(_encoded, action, authorizationAttribute);
        }

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
    public override string ToString() => _encoded ??= string.Join(';', _actions!);

    /// <inheritdoc/>
    public IEnumerator<DialogAction> GetEnumerator() => ((IEnumerable<DialogAction>)Pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    // Both sides are sorted and distinct, so equal sets have equal encodings.
    public bool Equals(AuthorizedActions? other) => other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AuthorizedActions);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>Whether an encoded claim holds <paramref name="action"/> on <paramref name="attribute"/>, with <see cref="IsGranted(string, string?)"/>'s semantics.</summary>
    internal static bool Contains(ReadOnlySpan<char> encoded, ReadOnlySpan<char> action, ReadOnlySpan<char> attribute)
    {
        foreach (var range in encoded.Split(';'))
        {
            var element = encoded[range];
            var comma = element.IndexOf(',');
            var name = comma < 0 ? element : element[..comma];
            var granted = comma < 0 ? [] : element[(comma + 1)..];
            if (name.SequenceEqual(action) && DialogAction.AttributesEqual(granted, attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many elements <paramref name="encoded"/> holds (-1 when one is malformed: empty, or an empty action or
    /// attribute), and whether it is canonical: sorted, distinct and without a <c>main</c> attribute, as
    /// <see cref="ToString"/> writes it.
    /// </summary>
    internal static (int Count, bool Canonical) Inspect(ReadOnlySpan<char> encoded)
    {
        if (encoded.IsEmpty)
        {
            return (0, true);
        }

        var count = 0;
        var canonical = true;
        ReadOnlySpan<char> previousName = [], previousAttribute = [];
        foreach (var range in encoded.Split(';'))
        {
            var element = encoded[range];
            var comma = element.IndexOf(',');
            if (element.IsEmpty || comma == 0 || comma == element.Length - 1)
            {
                return (-1, false);
            }

            var name = comma < 0 ? element : element[..comma];
            var attribute = comma < 0 ? DialogAction.MainResource : element[(comma + 1)..];
            if (comma >= 0 && attribute.SequenceEqual(DialogAction.MainResource))
            {
                canonical = false;
            }
            else if (count > 0 && canonical)
            {
                var byName = name.SequenceCompareTo(previousName);
                canonical = byName > 0 || (byName == 0 && attribute.SequenceCompareTo(previousAttribute) > 0);
            }

            previousName = name;
            previousAttribute = attribute;
            count++;
        }

        return (count, canonical);
    }

    /// <summary>Empty, or elements that each have a non-empty action and, after a comma, a non-empty attribute.</summary>
    internal static bool IsWellFormed(ReadOnlySpan<char> encoded) => Inspect(encoded).Count >= 0;

    private static DialogAction[] ParseCanonical(string encoded, int count)
    {
        var pairs = new DialogAction[count];
        var i = 0;
        foreach (var range in encoded.AsSpan().Split(';'))
        {
            pairs[i++] = DialogAction.Parse(encoded[range]);
        }

        return pairs;
    }
}
