using System.Text.Json;

namespace DialogTokens;

/// <summary>
/// Remembers the member names of one JSON object to reject repeats (RFC 7515 §4, RFC 7519 §4: a JWT with duplicate
/// names must be rejected or read by the last; we reject). Names are slices of the buffer the reader reads.
/// </summary>
internal ref struct JsonNames
{
    private readonly Span<int> _slices;
    private int _count;

    public JsonNames(Span<int> storage) => _slices = storage;

    /// <summary>The largest number of names an object may have.</summary>
    public readonly int Capacity => _slices.Length / 2;

    /// <summary>Adds the name under <paramref name="reader"/>; false when it repeats one, is escaped, or there are too many.</summary>
    public bool TryAdd(ref readonly Utf8JsonReader reader, ReadOnlySpan<byte> buffer, out string? problem)
    {
        // Escaped names are legal JSON but never written by an issuer; refusing them keeps names plain slices.
        if (reader.ValueIsEscaped)
        {
            problem = "uses an escaped member name";
            return false;
        }

        if (_count == Capacity)
        {
            problem = $"has more than {Capacity} members";
            return false;
        }

        var name = reader.ValueSpan;
        for (var i = 0; i < _count; i++)
        {
            if (buffer.Slice(_slices[2 * i], _slices[(2 * i) + 1]).SequenceEqual(name))
            {
                problem = $"repeats the member '{UntrustedText.Quote(name)}'";
                return false;
            }
        }

        _slices[2 * _count] = (int)reader.TokenStartIndex + 1;
        _slices[(2 * _count) + 1] = name.Length;
        _count++;
        problem = null;
        return true;
    }
}
