using System.Buffers.Text;
using System.Security.Cryptography;

namespace DialogTokens.DialogService.Keys;

/// <summary>One Ed25519 key pair from configuration, as Dialogporten's <c>Ed25519KeyPair</c>.</summary>
public sealed class ConfiguredKeyPair
{
    /// <summary>The key id.</summary>
    public string Kid { get; set; } = "";

    /// <summary>The raw 32-byte private key (RFC 8032 seed), base64url.</summary>
    public string PrivateComponent { get; set; } = "";

    /// <summary>The raw 32-byte public key, base64url; must be the public half of <see cref="PrivateComponent"/>.</summary>
    public string PublicComponent { get; set; } = "";

    /// <summary>Imports the pair; fails when a component is not valid or the halves do not match.</summary>
    internal bool TryImport(out DialogTokenSigningKey? key, out string? error)
    {
        key = null;
        byte[]? privateKey = null;
        try
        {
            privateKey = Decode(PrivateComponent);
            var publicKey = Decode(PublicComponent);
            if (privateKey is null || !DialogTokenSigningKey.TryImport(Kid, privateKey, out var imported))
            {
                error = "Kid must be a valid key id and PrivateComponent a base64url 32-byte Ed25519 private key.";
                return false;
            }

            if (publicKey is null || !imported.PublicKey.RawKey.SequenceEqual(publicKey))
            {
                imported.Dispose();
                error = "PublicComponent is not the public key of PrivateComponent.";
                return false;
            }

            key = imported;
            error = null;
            return true;
        }
        finally
        {
            if (privateKey is not null)
            {
                CryptographicOperations.ZeroMemory(privateKey);
            }
        }
    }

    internal static void Check(ConfiguredKeyPair? pair, string name, List<string> errors, out DialogTokenSigningKey? key)
    {
        key = null;
        if (pair is null)
        {
            errors.Add($"{name} is required when signing keys are given in configuration.");
        }
        else if (!pair.TryImport(out key, out var error))
        {
            errors.Add($"{name}: {error}");
        }
    }

    private static byte[]? Decode(string value)
    {
        try
        {
            return string.IsNullOrEmpty(value) ? null : Base64Url.DecodeFromChars(value);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
