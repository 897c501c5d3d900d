using System.Buffers;

namespace DialogTokens.Authorization;

/// <summary>
/// A message body read whole into a pooled buffer, but never more than a cap: a declared length over the cap is
/// refused before reading, and a longer stream is refused at the first byte past the cap. Public because the PDP's
/// endpoints, its remote client and the dialog service all read untrusted JSON bodies this one way.
/// </summary>
public sealed class BoundedBody : IDisposable
{
    private byte[]? buffer;

    private BoundedBody(byte[]? buffer, int length, bool tooLarge)
    {
        this.buffer = buffer;
        Length = length;
        TooLarge = tooLarge;
    }

    /// <summary>Whether the body exceeded the cap (then <see cref="Span"/> is empty).</summary>
    public bool TooLarge { get; }

    /// <summary>The number of bytes read.</summary>
    public int Length { get; }

    /// <summary>The bytes read.</summary>
    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, Length);

    /// <summary>Reads <paramref name="stream"/> to its end, or until it is longer than <paramref name="cap"/> bytes.</summary>
    /// <param name="stream">The body.</param>
    /// <param name="declaredLength">The <c>Content-Length</c>, when the sender declared one.</param>
    /// <param name="cap">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<BoundedBody> ReadAsync(Stream stream, long? declaredLength, int cap, CancellationToken cancellationToken)
    {
        if (declaredLength > cap)
        {
            return new BoundedBody(null, 0, tooLarge: true);
        }

        // One byte past the cap is enough to tell that the body is too large.
        var limit = cap + 1;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(declaredLength ?? 16 * 1024, cap) + 1);
        var length = 0;
        while (true)
        {
            var room = Math.Min(buffer.Length, limit);
            if (length == room)
            {
                if (length == limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return new BoundedBody(null, 0, tooLarge: true);
                }

                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, limit));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
                room = Math.Min(buffer.Length, limit);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length, room - length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return new BoundedBody(buffer, length, tooLarge: false);
    }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
