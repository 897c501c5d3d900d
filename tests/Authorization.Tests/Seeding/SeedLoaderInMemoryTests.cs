namespace DialogTokens.Authorization.Tests.Seeding;

/// <summary>The loader needs only <see cref="IAuthorizationStore"/>: the demo seed loads into the in-memory store as well.</summary>
public sealed class SeedLoaderInMemoryTests
{
    [Fact]
    public async Task Load_DemoSeed_IntoTheInMemoryStore_GivesTheSameWorld()
    {
        var store = new InMemoryAuthorizationStore();

        var result = await new SeedLoader(store).LoadAsync(DemoSeed.File, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("6 parties, 3 roles, 1 access packages, 2 resources", result.ToString());
        var bygg = await store.FindPartyAsync(new PartyLookup(AltinnXacml.OrganizationIdentifier, "310100013"), TestContext.Current.CancellationToken);
        Assert.Equal(50004, bygg?.PartyId);
        Assert.Equal(["DAGL"], await store.GetRoleCodesAsync(50001, 50004, TestContext.Current.CancellationToken));
    }
}
