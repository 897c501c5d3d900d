namespace DialogTokens.Tests.Verification;

/// <summary>What every rejection must look like: the error, its stable code, and a safe one-line description.</summary>
internal static class VerifierAssert
{
    /// <summary>The stable codes, written out here so that renaming one breaks a test (they are a wire contract).</summary>
    public static readonly IReadOnlyDictionary<DialogTokenError, string> Codes = new Dictionary<DialogTokenError, string>
    {
        [DialogTokenError.TokenMissing] = "token_missing",
        [DialogTokenError.TokenTooLarge] = "token_too_large",
        [DialogTokenError.TokenMalformed] = "token_malformed",
        [DialogTokenError.TokenEncodingInvalid] = "token_encoding_invalid",
        [DialogTokenError.HeaderInvalid] = "header_invalid",
        [DialogTokenError.AlgorithmNotAllowed] = "algorithm_not_allowed",
        [DialogTokenError.TokenTypeNotAllowed] = "token_type_not_allowed",
        [DialogTokenError.KeyIdMissing] = "key_id_missing",
        [DialogTokenError.KeyNotFound] = "key_not_found",
        [DialogTokenError.SignatureInvalid] = "signature_invalid",
        [DialogTokenError.PayloadInvalid] = "payload_invalid",
        [DialogTokenError.ClaimMissing] = "claim_missing",
        [DialogTokenError.ClaimInvalid] = "claim_invalid",
        [DialogTokenError.TokenNotYetValid] = "token_not_yet_valid",
        [DialogTokenError.TokenExpired] = "token_expired",
        [DialogTokenError.TokenIssuedInFuture] = "token_issued_in_future",
        [DialogTokenError.TokenLifetimeTooLong] = "token_lifetime_too_long",
        [DialogTokenError.IssuerInvalid] = "issuer_invalid",
        [DialogTokenError.ServiceResourceMismatch] = "service_resource_mismatch",
        [DialogTokenError.PartyMismatch] = "party_mismatch",
        [DialogTokenError.DialogMismatch] = "dialog_mismatch",
        [DialogTokenError.ActionNotGranted] = "action_not_granted",
        [DialogTokenError.KeysUnavailable] = "keys_unavailable",
    };

    public static void Rejected(DialogTokenValidationResult result, DialogTokenError expected, string? token)
    {
        Assert.False(result.IsValid, $"Expected {Codes[expected]}, but the token was accepted.");
        Assert.True(result.Error == expected, $"Expected {Codes[expected]}, got {result}.");
        Assert.Equal(Codes[expected], result.ErrorCode);
        Assert.Equal(Codes[expected], result.Error.ToCode());
        Assert.Equal($"{Codes[expected]}: {result.ErrorDescription}", result.ToString());
        DescriptionIsSafe(result.ErrorDescription, token);
        Assert.Throws<InvalidOperationException>(() => result.Token);
    }

    public static void Accepted(DialogTokenValidationResult result)
    {
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(DialogTokenError.None, result.Error);
        Assert.Null(result.ErrorCode);
        Assert.Null(result.ErrorDescription);
    }

    /// <summary>One non-empty line that holds neither the token nor any long part of it.</summary>
    public static void DescriptionIsSafe(string? description, string? token)
    {
        Assert.False(string.IsNullOrWhiteSpace(description), "A rejection must say why.");
        Assert.DoesNotContain('\n', description);
        Assert.DoesNotContain('\r', description);
        if (string.IsNullOrEmpty(token))
        {
            return;
        }

        // Short strings may occur in any sentence by chance; a token's parts are long.
        foreach (var part in token.Split('.').Append(token).Where(p => p.Length >= 16))
        {
            Assert.False(description.Contains(part, StringComparison.Ordinal), $"The description holds a part of the token: {description}");
        }
    }
}
