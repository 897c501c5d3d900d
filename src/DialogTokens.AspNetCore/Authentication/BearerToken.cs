using Microsoft.Extensions.Primitives;

namespace DialogTokens.AspNetCore;

/// <summary>Reads the token of an <c>Authorization: Bearer</c> header (RFC 6750 §2.1).</summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer";

    /// <summary>
    /// Whether the request sends a bearer credential; <paramref name="token"/> is then what follows the scheme, possibly
    /// empty (which the verifier answers with <c>token_missing</c>). No header, two headers, or another scheme: false.
    /// </summary>
    public static bool TryRead(StringValues authorization, out string token)
    {
        token = "";
        if (authorization.Count != 1 || authorization[0] is not { } value)
        {
            return false;
        }

        // The scheme name is case-insensitive (RFC 9110 §11.1); servers trim the header, so "Bearer " arrives as "Bearer".
        if (!value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (value.Length == Scheme.Length)
        {
            return true;
        }

        if (value[Scheme.Length] != ' ')
        {
            return false;
        }

        token = value[(Scheme.Length + 1)..].Trim(' ');
        return true;
    }
}
