namespace DialogTokens.Tests.Discovery;

/// <summary>What the validator counts: each token once, as verified or rejected; a request it refuses, apart.</summary>
[Collection(nameof(MeteredTests))]
public sealed class TokenMetricsTests
{
    [Fact]
    public async Task ATokenForAnotherDialogOrWithoutTheAction_CountsAsVerified_AndAsARefusedRequest()
    {
        await using var world = await DiscoveryHarness.StartAsync();
        var discovery = world.Discovery();
        var validator = world.Validator(discovery);
        await discovery.StartAsync(DiscoveryHarness.Cancellation);
        var token = world.Token();
        using var metrics = new MetricsRecorder();

        Assert.True((await DiscoveryHarness.VerifyAsync(validator, token)).IsValid);
        var otherDialog = await validator.VerifyAsync(token, Guid.CreateVersion7(), cancellationToken: DiscoveryHarness.Cancellation);
        var missingAction = await validator.VerifyAsync(token, TestTokens.DialogId, [new DialogAction("sign")], DiscoveryHarness.Cancellation);
        var tampered = await DiscoveryHarness.VerifyAsync(validator, token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..]);

        Assert.Equal(
            (DialogTokenError.DialogMismatch, DialogTokenError.ActionNotGranted, DialogTokenError.SignatureInvalid),
            (otherDialog.Error, missingAction.Error, tampered.Error));
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["dialogtokens.tokens.verified"] = 3,
                ["dialogtokens.requests.refused:dialog_mismatch"] = 1,
                ["dialogtokens.requests.refused:action_not_granted"] = 1,
                ["dialogtokens.tokens.rejected:signature_invalid"] = 1,
            },
            metrics.Tokens.ToDictionary());
    }
}
