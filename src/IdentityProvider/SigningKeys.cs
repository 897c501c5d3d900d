using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace DialogTokens.IdentityProvider;

/// <summary>Creates the signing credentials from a configured PEM key, or an ephemeral RSA key.</summary>
internal static class SigningKeys
{
    public static SigningCredentials Create(string? pem)
    {
        if (pem is null)
        {
            var key = new RsaSecurityKey(RSA.Create(2048));
            key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
            return new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
        }

        return TryCreate(pem, out var credentials)
            ? credentials
            : throw new InvalidOperationException("The signing key is not a PEM encoded RSA or EC P-256 private key.");
    }

    public static bool IsValid(string pem)
    {
        if (!TryCreate(pem, out var credentials))
        {
            return false;
        }

        (credentials.Key as RsaSecurityKey)?.Rsa.Dispose();
        (credentials.Key as ECDsaSecurityKey)?.ECDsa.Dispose();
        return true;
    }

    public static bool TryCreate(string pem, [NotNullWhen(true)] out SigningCredentials? credentials)
    {
        credentials = TryCreateRsa(pem) ?? TryCreateEc(pem);
        return credentials is not null;
    }

    private static SigningCredentials? TryCreateRsa(string pem)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            var key = new RsaSecurityKey(rsa);
            key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
            return new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            return null;
        }
    }

    private static SigningCredentials? TryCreateEc(string pem)
    {
        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            if (ec.KeySize != 256)
            {
                ec.Dispose();
                return null;
            }

            var key = new ECDsaSecurityKey(ec);
            key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
            return new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256);
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            ec.Dispose();
            return null;
        }
    }
}
