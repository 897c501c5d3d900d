using System.Buffers.Binary;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.DialogService.Dialogs.EndUser;

/// <summary>
/// Where the end user's dialog list resumes: after the dialog last examined, in the list's order (updatedAt desc, then
/// id desc). On the wire it is the opaque <c>continuationToken</c>: base64url, no padding, of a version byte, the
/// updatedAt in Unix milliseconds (big-endian) and the id (RFC 9562 byte order), 34 characters.
/// </summary>
/// <remarks>
/// Not signed, on purpose: it is harmless. It only says where to start in the list of dialogs the caller may read,
/// every item after it is authorized again, and it holds nothing the caller did not see (the position of the last
/// dialog examined). A forged token starts the list elsewhere; it reveals and grants nothing.
/// </remarks>
internal readonly record struct DialogListPosition(long UpdatedAt, Guid Id)
{
    private const byte Version = 1;
    private const int ByteLength = 1 + sizeof(long) + 16;

    /// <summary>The length of a token: 25 bytes in base64url without padding.</summary>
    public const int TokenLength = 34;

    /// <summary>The position of <paramref name="dialog"/>.</summary>
    public static DialogListPosition After(Dialog dialog) => new(dialog.UpdatedAt.ToUnixTimeMilliseconds(), dialog.Id);

    /// <summary>Reads a token written by <see cref="ToString"/>; false for anything else.</summary>
    public static bool TryParse(string? token, [NotNullWhen(true)] out DialogListPosition? position, [NotNullWhen(false)] out string? problem)
    {
        position = null;
        Span<byte> bytes = stackalloc byte[ByteLength];
        if (token is not { Length: TokenLength } || !Base64Url.IsValid(token.AsSpan(), out var decodedLength) || decodedLength != ByteLength
            || Base64Url.DecodeFromChars(token.AsSpan(), bytes) != ByteLength)
        {
            problem = "Is not a continuation token of this list; send back the continuationToken of the previous page as it was.";
            return false;
        }

        var updatedAt = BinaryPrimitives.ReadInt64BigEndian(bytes[1..9]);
        var id = new Guid(bytes[9..], bigEndian: true);
        var candidate = new DialogListPosition(updatedAt, id);
        if (bytes[0] != Version || updatedAt < 0 || updatedAt > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds() || candidate.ToString() != token)
        {
            // The last test refuses the other spellings of the same bytes (unused trailing bits).
            problem = "Is not a continuation token of this list; send back the continuationToken of the previous page as it was.";
            return false;
        }

        position = candidate;
        problem = null;
        return true;
    }

    /// <summary>The token.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[ByteLength];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..9], UpdatedAt);
        Id.TryWriteBytes(bytes[9..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }
}
