namespace DialogTokens.DialogService.Keys;

/// <summary>A key of the stored ring, in memory: its public half, its private half while it may still sign, its times.</summary>
internal sealed record LoadedKey(
    int Generation,
    DialogTokenPublicKey PublicKey,
    DialogTokenSigningKey? SigningKey,
    DateTimeOffset PublishAt,
    DateTimeOffset SignFrom,
    DateTimeOffset RetireAt,
    DateTimeOffset WithdrawAt);
