using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace DialogTokens.DialogService.Dialogs.EndUser;

/// <summary>
/// The end user's <c>continuationToken</c>: a <see cref="DialogListPosition"/> and the subject it was given to, sealed
/// (encrypted and authenticated) with ASP.NET Core Data Protection, base64url without padding.
/// </summary>
/// <remarks>
/// Sealed because the position is that of the last dialog examined, which may be one the caller may not read: its id
/// and update time are not the caller's to see. Bound to the subject so that a token passed to another user is refused
/// as any bad token is. Every item after the position is authorized again, so the token grants nothing.
/// </remarks>
internal sealed class DialogListTokens(IDataProtectionProvider dataProtection)
{
    /// <summary>The Data Protection purpose; a new version of the payload takes a new purpose.</summary>
    public const string Purpose = "DialogTokens.DialogService.EndUserList.v1";

    /// <summary>The longest token read; far above what <see cref="Seal"/> writes for any subject of a login.</summary>
    public const int MaxLength = 1024;

    private const string NotAToken = "Is not a continuation token of this list; send back the continuationToken of the previous page as it was.";

    private readonly IDataProtector protector = dataProtection.CreateProtector(Purpose);

    /// <summary>The token that resumes after <paramref name="position"/>, for <paramref name="subject"/> only.</summary>
    public string Seal(DialogListPosition position, string subject)
    {
        var payload = new byte[DialogListPosition.ByteLength + Encoding.UTF8.GetByteCount(subject)];
        position.WriteTo(payload);
        Encoding.UTF8.GetBytes(subject, payload.AsSpan(DialogListPosition.ByteLength));
        return Base64Url.EncodeToString(protector.Protect(payload));
    }

    /// <summary>The position of a token that <see cref="Seal"/> wrote for <paramref name="subject"/>; false for anything else.</summary>
    public bool TryOpen(string? token, string subject, [NotNullWhen(true)] out DialogListPosition? position, [NotNullWhen(false)] out string? problem)
    {
        position = null;
        if (!TryDecode(token, out var sealedBytes)
            || !TryUnprotect(sealedBytes, out var payload)
            || !IsFor(payload, subject)
            || !DialogListPosition.TryRead(payload.AsSpan(0, DialogListPosition.ByteLength), out position))
        {
            // One answer for every refusal: another user's token says no more than a forged one.
            problem = NotAToken;
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>Base64url without padding, in its one spelling (no unused trailing bits), at most <see cref="MaxLength"/>.</summary>
    private static bool TryDecode(string? token, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (token is not { Length: > 0 and <= MaxLength })
        {
            return false;
        }

        var buffer = new byte[Base64Url.GetMaxDecodedLength(token.Length)];
        if (Base64Url.DecodeFromChars(token.AsSpan(), buffer, out _, out var written) != OperationStatus.Done)
        {
            return false;
        }

        // Decoding skips white space and takes padding: only the spelling that Seal writes is this token.
        bytes = buffer[..written];
        return Base64Url.EncodeToString(bytes) == token;
    }

    /// <summary>Decrypts and checks the authentication tag; a token of another key ring or purpose, or tampered with, fails.</summary>
    private bool TryUnprotect(byte[] sealedBytes, [NotNullWhen(true)] out byte[]? payload)
    {
        try
        {
            payload = protector.Unprotect(sealedBytes);
            return true;
        }
        catch (CryptographicException)
        {
            payload = null;
            return false;
        }
    }

    private static bool IsFor(byte[] payload, string subject) =>
        payload.Length > DialogListPosition.ByteLength
        && payload.AsSpan(DialogListPosition.ByteLength).SequenceEqual(Encoding.UTF8.GetBytes(subject));
}
