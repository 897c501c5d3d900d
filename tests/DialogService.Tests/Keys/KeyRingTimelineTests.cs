using DialogTokens.DialogService.Persistence;

namespace DialogTokens.DialogService.Tests.Keys;

public sealed class KeyRingTimelineTests
{
    public static readonly TheoryData<DialogServiceDatabaseProvider> Providers = [DialogServiceDatabaseProvider.Sqlite, DialogServiceDatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ring_PublishesBeforeSigning_AndWithdrawsAfterLastTokenExpired(DialogServiceDatabaseProvider provider)
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var bed = new KeyRingTestBed(database);
        var ring = bed.NewInstance();
        await ring.RefreshAsync(TestContext.Current.CancellationToken);

        // t0: one key signs, the next is published and waiting.
        var first = ring.Current.KeyId;
        var published = ring.Published.Select(k => k.KeyId).ToList();
        Assert.Equal(2, published.Count);
        Assert.Equal(first, published[0]);
        var second = published[1];

        // Just before the next key's signFrom it is still only published.
        var signFrom = KeyRingTestBed.T0 + bed.Options.SigningPeriod;
        Assert.True(bed.Options.SigningPeriod >= bed.Options.PublishLeadTime);
        bed.Time.SetUtcNow(signFrom - TimeSpan.FromSeconds(1));
        await ring.RefreshAsync(TestContext.Current.CancellationToken);
        Assert.Equal(first, ring.Current.KeyId);

        // At signFrom it signs, even before a reload; the reload then publishes a third key.
        bed.Time.SetUtcNow(signFrom);
        Assert.Equal(second, ring.Current.KeyId);
        await ring.RefreshAsync(TestContext.Current.CancellationToken);
        published = [.. ring.Published.Select(k => k.KeyId)];
        Assert.Equal(3, published.Count);
        Assert.Equal(second, published[0]);
        Assert.Contains(first, published);

        // The first key stays published until its last token (signed just before signFrom) has expired, plus the margin.
        var withdrawAt = signFrom + bed.Options.TokenLifetime + bed.Options.ClockSkewMargin;
        bed.Time.SetUtcNow(withdrawAt - TimeSpan.FromSeconds(1));
        await ring.RefreshAsync(TestContext.Current.CancellationToken);
        Assert.Contains(first, ring.Published.Select(k => k.KeyId));
        bed.Time.SetUtcNow(withdrawAt);
        await ring.RefreshAsync(TestContext.Current.CancellationToken);
        published = [.. ring.Published.Select(k => k.KeyId)];
        Assert.DoesNotContain(first, published);
        Assert.Equal(2, published.Count);
        Assert.Equal(second, published[0]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RotateNow_HonoursThePublishLeadTime(DialogServiceDatabaseProvider provider)
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var bed = new KeyRingTestBed(database);
        var ring = bed.NewInstance();
        await ring.RefreshAsync(TestContext.Current.CancellationToken);
        var next = ring.Published.Skip(1).Single().KeyId;

        bed.Time.Advance(TimeSpan.FromHours(1));
        var early = await ring.RotateNowAsync(TestContext.Current.CancellationToken);
        Assert.True(early.Succeeded, early.Error);
        Assert.Equal(next, early.KeyId);
        Assert.Equal(KeyRingTestBed.T0 + bed.Options.PublishLeadTime, early.SignFrom);
        Assert.NotEqual(next, ring.Current.KeyId);

        bed.Time.SetUtcNow(early.SignFrom);
        Assert.Equal(next, ring.Current.KeyId);
    }
}
