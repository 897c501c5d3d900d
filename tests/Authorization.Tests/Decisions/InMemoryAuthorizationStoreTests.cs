namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>The in-memory store keeps the store contract: lookups by every identifier, atomic imports, thread safety.</summary>
public sealed class InMemoryAuthorizationStoreTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<InMemoryAuthorizationStore> SeededAsync()
    {
        var store = new InMemoryAuthorizationStore();
        await store.ImportAsync(new AuthorizationData
        {
            Parties = [NordlysWorld.MainUnit, NordlysWorld.SubUnit, NordlysWorld.Kari, NordlysWorld.Ola],
            Roles = [new(NordlysWorld.Kari.PartyId, NordlysWorld.MainUnit.PartyId, "DAGL"), new(NordlysWorld.Kari.PartyId, NordlysWorld.MainUnit.PartyId, "REGNA")],
            AccessPackages = [new(NordlysWorld.Ola.PartyId, NordlysWorld.SubUnit.PartyId, "skatt-naering")],
            Resources = [new ServiceResource("b-resource", "310000001", "nordlys", "B", "<x/>"), new ServiceResource("a-resource", "310000001", "nordlys", "A", "<x/>")],
        }, Cancel);
        return store;
    }

    [Theory]
    [InlineData(AltinnXacml.PartyId, "52000001")]
    [InlineData(AltinnXacml.UserId, "20000001")]
    [InlineData(AltinnXacml.PersonIdentifier, "01017012345")]
    public async Task FindParty_FindsAPerson_ByEachIdentifier(string attributeId, string value)
    {
        var store = await SeededAsync();

        Assert.Equal(NordlysWorld.Kari, await store.FindPartyAsync(new PartyLookup(attributeId, value), Cancel));
    }

    [Theory]
    [InlineData(AltinnXacml.OrganizationIdentifier, "310000002")]
    [InlineData(AltinnXacml.PartyId, "51000002")]
    public async Task FindParty_FindsAnOrganization_ByEachIdentifier(string attributeId, string value)
    {
        var store = await SeededAsync();

        Assert.Equal(NordlysWorld.SubUnit, await store.FindPartyAsync(new PartyLookup(attributeId, value), Cancel));
    }

    [Theory]
    [InlineData(AltinnXacml.PartyId, "not-a-number")]
    [InlineData(AltinnXacml.UserId, "99")]
    [InlineData(AltinnXacml.OrganizationIdentifier, "999999999")]
    public async Task FindParty_ReturnsNull_ForAnUnknownParty(string attributeId, string value)
    {
        var store = await SeededAsync();

        Assert.Null(await store.FindPartyAsync(new PartyLookup(attributeId, value), Cancel));
    }

    [Fact]
    public async Task Rights_AreListedPerHolderAndParty()
    {
        var store = await SeededAsync();

        Assert.Equal(["DAGL", "REGNA"], await store.GetRoleCodesAsync(NordlysWorld.Kari.PartyId, NordlysWorld.MainUnit.PartyId, Cancel));
        Assert.Empty(await store.GetRoleCodesAsync(NordlysWorld.Kari.PartyId, NordlysWorld.SubUnit.PartyId, Cancel));
        Assert.Equal(["skatt-naering"], await store.GetAccessPackagesAsync(NordlysWorld.Ola.PartyId, NordlysWorld.SubUnit.PartyId, Cancel));
        Assert.Equal([NordlysWorld.SubUnit], await store.ListSubUnitsAsync(NordlysWorld.MainUnit.PartyId, Cancel));
        Assert.Equal([NordlysWorld.MainUnit], await store.ListPartiesWithRightsAsync(NordlysWorld.Kari.PartyId, Cancel));
        Assert.Equal(["a-resource", "b-resource"], (await store.ListResourcesAsync(Cancel)).Select(r => r.Id));
    }

    [Fact]
    public async Task Import_IsAllOrNothing()
    {
        var store = await SeededAsync();
        var newcomer = NordlysWorld.Per;
        var bad = new AuthorizationData
        {
            Parties = [newcomer],
            Roles = [new(newcomer.PartyId, 12345678, "DAGL")],
            Resources = [new ServiceResource("c-resource", "310000001", "nordlys", "C", "<x/>")],
        };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => store.ImportAsync(bad, Cancel));

        Assert.Contains("12345678", refused.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindPartyAsync(new PartyLookup(AltinnXacml.PartyId, "52000003"), Cancel));
        Assert.Null(await store.FindResourceAsync("c-resource", Cancel));
    }

    [Fact]
    public async Task Import_Refuses_TwoPartiesWithTheSameIdentifier()
    {
        var store = await SeededAsync();
        var impostor = NordlysWorld.Per with { PersonIdentifier = NordlysWorld.Kari.PersonIdentifier };

        await Assert.ThrowsAsync<ArgumentException>(() => store.ImportAsync(new AuthorizationData { Parties = [impostor] }, Cancel));

        Assert.Equal(NordlysWorld.Kari, await store.FindPartyAsync(new PartyLookup(AltinnXacml.PersonIdentifier, "01017012345"), Cancel));
    }

    [Fact]
    public async Task Import_ReplacesParties_AndAddsRightsOnce()
    {
        var store = await SeededAsync();
        var renamed = NordlysWorld.Kari with { Name = "Kari Nordmann-Berg" };

        await store.ImportAsync(new AuthorizationData { Parties = [renamed], Roles = [new(renamed.PartyId, NordlysWorld.MainUnit.PartyId, "DAGL")] }, Cancel);

        Assert.Equal(renamed, await store.FindPartyAsync(new PartyLookup(AltinnXacml.UserId, "20000001"), Cancel));
        Assert.Equal(["DAGL", "REGNA"], await store.GetRoleCodesAsync(renamed.PartyId, NordlysWorld.MainUnit.PartyId, Cancel));
    }

    [Fact]
    public async Task ConcurrentWritesAndReads_AreSafe()
    {
        var store = await SeededAsync();

        await Parallel.ForAsync(0, 200, Cancel, async (i, ct) =>
        {
            await store.SaveResourceAsync(new ServiceResource($"r{i % 20}", "310000001", "nordlys", $"R{i}", "<x/>"), ct);
            _ = await store.ListResourcesAsync(ct);
            _ = await store.GetRoleCodesAsync(NordlysWorld.Kari.PartyId, NordlysWorld.MainUnit.PartyId, ct);
        });

        Assert.Equal(22, (await store.ListResourcesAsync(Cancel)).Count);
    }
}
