using System.Buffers.Text;
using System.Text;
using DialogTokens.DialogService.Keys;
using DialogTokens.DialogService.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DialogTokens.DialogService.Tests.Keys;

public sealed class KeyRingStorageTests
{
    private const string Issuer = "https://dialogs.example/api/v1";

    public static TheoryData<DialogServiceDatabaseProvider> Providers => KeyRingTimelineTests.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TwoInstancesRacing_CreateOneKeyPerGeneration(DialogServiceDatabaseProvider provider)
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var bed = new KeyRingTestBed(database);
        var (a, b) = (bed.NewInstance(), bed.NewInstance());

        await Task.WhenAll(a.RefreshAsync(TestContext.Current.CancellationToken), b.RefreshAsync(TestContext.Current.CancellationToken));
        await Task.WhenAll(a.RefreshAsync(TestContext.Current.CancellationToken), b.RefreshAsync(TestContext.Current.CancellationToken));

        await using var db = database.Databases.CreateDbContext();
        var generations = await db.SigningKeys.Select(k => k.Generation).OrderBy(g => g).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([1, 2], generations);
        Assert.Equal(a.Current.KeyId, b.Current.KeyId);
        Assert.Equal(a.Published.Select(k => k.KeyId), b.Published.Select(k => k.KeyId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrate_RecordsItsMigrations_InItsOwnHistoryTable(DialogServiceDatabaseProvider provider)
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        await using var db = database.Databases.CreateDbContext();

        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        var rows = await db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__dialogservice_migrations\"").ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(rows);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PrivateKeys_AreNotStoredInPlainText(DialogServiceDatabaseProvider provider)
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var bed = new KeyRingTestBed(database);
        var ring = bed.NewInstance();
        await ring.RefreshAsync(TestContext.Current.CancellationToken);
        var raw = ring.Current.ExportPrivateKey();

        await using var db = database.Databases.CreateDbContext();
        var stored = (await db.SigningKeys.SingleAsync(k => k.KeyId == ring.Current.KeyId, TestContext.Current.CancellationToken)).ProtectedPrivateKey;

        Assert.True(stored.Length > raw.Length);
        Assert.Equal(-1, stored.AsSpan().IndexOf(raw));
        var asText = Encoding.Latin1.GetString(stored);
        Assert.DoesNotContain(Base64Url.EncodeToString(raw), asText, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(raw), asText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TokenIssuedJustBeforeRotation_VerifiesAgainstTheLaterJwks_UntilItExpires(DialogServiceDatabaseProvider provider)
    {
        await using var database = await KeysTestDatabase.CreateAsync(provider);
        var bed = new KeyRingTestBed(database);
        var ring = bed.NewInstance();
        await ring.RefreshAsync(TestContext.Current.CancellationToken);
        var signFrom = KeyRingTestBed.T0 + bed.Options.SigningPeriod;
        bed.Time.SetUtcNow(signFrom - TimeSpan.FromSeconds(1));
        var oldKey = ring.Current.KeyId;
        var dialogId = Guid.CreateVersion7();
        var token = new DialogTokenIssuer(ring, new DialogTokenIssuerOptions { Issuer = Issuer }, bed.Time).Issue(Descriptor(dialogId));

        bed.Time.SetUtcNow(signFrom + TimeSpan.FromSeconds(1));
        await ring.RefreshAsync(TestContext.Current.CancellationToken);
        Assert.NotEqual(oldKey, ring.Current.KeyId);
        Assert.True(Verify(ring, bed, token, dialogId).IsValid);

        bed.Time.SetUtcNow(signFrom + TimeSpan.FromSeconds(598));
        await ring.RefreshAsync(TestContext.Current.CancellationToken);
        var lastMoment = Verify(ring, bed, token, dialogId);
        Assert.True(lastMoment.IsValid, lastMoment.ToString());
    }

    private static DialogTokenValidationResult Verify(StoredKeyRing ring, KeyRingTestBed bed, string token, Guid dialogId)
    {
        // As a verifier would: read the JWKS served now, then verify.
        Assert.True(DialogTokenJwk.TryReadKeySet(DialogTokenJwk.WriteKeySet(ring.Published), out var keys, out var error), error);
        return new DialogTokenVerifier(keys, new() { Issuer = Issuer, ClockSkew = TimeSpan.Zero, CacheVerifiedTokens = false }, bed.Time).Verify(token, dialogId);
    }

    private static DialogTokenDescriptor Descriptor(Guid dialogId) => new()
    {
        AuthenticatedParty = "urn:altinn:person:identifier-no:14886498226",
        AuthenticationLevel = 3,
        Party = "urn:altinn:organization:identifier-no:991825827",
        ServiceResource = "urn:altinn:resource:super-simple-service",
        DialogId = dialogId,
        Actions = AuthorizedActions.Parse("read"),
    };
}
