using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.DialogService.Dialogs.EndUser;

/// <summary>
/// Where the end user's dialog list resumes: after the dialog last examined, in the list's order (updatedAt desc, then
/// id desc). Its bytes are a version byte, the updatedAt in Unix milliseconds (big-endian) and the id (RFC 9562 byte
/// order), <see cref="ByteLength"/> in all.
/// </summary>
/// <remarks>
/// The dialog last examined may be one the caller may not read, so a position is never shown as it is: on the wire it
/// travels sealed in the <c>continuationToken</c> (<see cref="DialogListTokens"/>).
/// </remarks>
internal readonly record struct DialogListPosition(long UpdatedAt, Guid Id)
{
    /// <summary>The length of a position in bytes.</summary>
    public const int ByteLength = 1 + sizeof(long) + 16;

    private const byte Version = 1;

    /// <summary>The position of <paramref name="dialog"/>.</summary>
    public static DialogListPosition After(Dialog dialog) => new(dialog.UpdatedAt.ToUnixTimeMilliseconds(), dialog.Id);

    /// <summary>Reads the bytes written by <see cref="WriteTo"/>; false for anything else.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out DialogListPosition? position)
    {
        position = null;
        if (bytes.Length != ByteLength || bytes[0] != Version)
        {
            return false;
        }

        var updatedAt = BinaryPrimitives.ReadInt64BigEndian(bytes[1..9]);
        if (updatedAt < 0 || updatedAt > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return false;
        }

        position = new DialogListPosition(updatedAt, new Guid(bytes[9..], bigEndian: true));
        return true;
    }

    /// <summary>Writes the <see cref="ByteLength"/> bytes of the position to the start of <paramref name="bytes"/>.</summary>
    public void WriteTo(Span<byte> bytes)
    {
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..9], UpdatedAt);
        Id.TryWriteBytes(bytes[9..ByteLength], bigEndian: true, out _);
    }
}
