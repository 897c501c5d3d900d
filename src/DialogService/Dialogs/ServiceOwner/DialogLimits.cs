namespace DialogTokens.DialogService.Dialogs.ServiceOwner;

/// <summary>
/// How many actions a dialog may carry, so that every dialog that is accepted can be decided by the PDP (at most
/// 1,000 request references and a 1 MiB body) and its token, with every pair permitted, verifies with the verifier's
/// default <see cref="DialogTokenValidationOptions.MaxTokenLength"/> of 8,192 characters. GUI actions are bounded by
/// their priorities (1 Primary, 1 Secondary, 5 Tertiary).
/// </summary>
internal static class DialogLimits
{
    /// <summary>The most API actions a dialog may have.</summary>
    public const int MaxApiActions = 100;

    /// <summary>The most distinct (action, authorization attribute) pairs, <c>read</c> on the main resource included.</summary>
    public const int MaxAuthorizationPairs = 100;

    /// <summary>
    /// The most bytes the <c>a</c> claim may take, as the issuer writes it (JSON-escaped UTF-8), with every pair
    /// permitted. A token of 8,192 characters has at most 1,024 for the header (the verifier's own cap), 86 for the
    /// signature and 2 dots, leaving 7,080 base64url characters: 5,310 bytes of payload. The other claims take at most
    /// about 2,000 of them when <c>c y o u p s iss</c> are 255 bytes each; 3,072 leaves a margin.
    /// </summary>
    public const int MaxActionsClaimBytes = 3072;
}
