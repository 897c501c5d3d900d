using System.Buffers.Text;
using System.Text.Json;

namespace DialogTokens;

/// <summary>
/// Whether the strings and member names of a JSON text unescape to well-formed UTF-16. RFC 8259 §8.2 leaves an escaped
/// unpaired surrogate (<c>"\ud800"</c>) undefined; System.Text.Json parses one, then throws when the string is read.
/// </summary>
internal static class JsonEscapes
{
    /// <summary>Checks <paramref name="utf8Json"/>, which must already have parsed as JSON within <paramref name="maxDepth"/>.</summary>
    public static bool AreWellFormed(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String && reader.ValueIsEscaped && !SurrogatesPair(reader.ValueSpan))
            {
                return false;
            }
        }

        return true;
    }

    // Every \uD800–\uDBFF is followed at once by a \uDC00–\uDFFF, and no \uDC00–\uDFFF stands alone. The reader has
    // already checked that each \u has four hex digits.
    private static bool SurrogatesPair(ReadOnlySpan<byte> raw)
    {
        var expectLow = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || raw[i + 1] != 'u')
            {
                if (expectLow)
                {
                    return false;
                }

                i += raw[i] == '\\' ? 1 : 0;
                continue;
            }

            if (!Utf8Parser.TryParse(raw.Slice(i + 2, 4), out ushort unit, out _, 'x'))
            {
                return false;
            }

            i += 5;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (expectLow != isLow)
            {
                return false;
            }

            expectLow = !expectLow && unit is >= 0xD800 and <= 0xDBFF;
        }

        return !expectLow;
    }
}
