using System.Collections;

namespace DialogTokens;

/// <summary>
/// The issuer's public keys, immutable: what a token's <c>kid</c> is looked up in. Also its own
/// <see cref="IDialogTokenKeySource"/>, for verifying against a fixed set.
/// </summary>
public sealed class DialogTokenKeySet : IReadOnlyCollection<DialogTokenPublicKey>, IDialogTokenKeySource
{
    private readonly DialogTokenPublicKey[] _keys;

    /// <summary>Creates a set; key ids must be unique.</summary>
    /// <exception cref="ArgumentException">Two keys share a key id.</exception>
    public DialogTokenKeySet(IEnumerable<DialogTokenPublicKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = [.. keys];
        var duplicate = _keys.GroupBy(k => k.KeyId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The key id '{duplicate.Key}' appears more than once.", nameof(keys));
        }
    }

    /// <summary>A set with no keys.</summary>
    public static DialogTokenKeySet Empty { get; } = new([]);

    /// <summary>The number of keys.</summary>
    public int Count => _keys.Length;

    DialogTokenKeySet? IDialogTokenKeySource.Current => this;

    /// <summary>The key with this id, or <c>null</c>.</summary>
    public DialogTokenPublicKey? Find(string keyId) => Find(System.Text.Encoding.UTF8.GetBytes(keyId));

    /// <summary>Whether this set holds the same key (id and bytes).</summary>
    public bool Contains(DialogTokenPublicKey key)
    {
        var found = Find(key.KeyIdUtf8);
        return found is not null && (ReferenceEquals(found, key) || found.Equals(key));
    }

    // A key set holds a handful of keys: a linear scan over UTF-8 ids beats hashing and allocates nothing.
    internal DialogTokenPublicKey? Find(ReadOnlySpan<byte> keyIdUtf8)
    {
        foreach (var key in _keys)
        {
            if (keyIdUtf8.SequenceEqual(key.KeyIdUtf8))
            {
                return key;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public IEnumerator<DialogTokenPublicKey> GetEnumerator() => ((IEnumerable<DialogTokenPublicKey>)_keys).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
