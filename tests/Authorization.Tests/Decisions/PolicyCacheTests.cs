using DialogTokens.Authorization.Tests.Policies;

namespace DialogTokens.Authorization.Tests.Decisions;

public sealed class PolicyCacheTests
{
    private static ServiceResource Resource(string policy) => new("ttd-cache", "991825827", "ttd", "Cache", policy);

    [Fact]
    public void Get_ParsesOnce_ForTheSamePolicyText()
    {
        var cache = new PolicyCache();
        var text = TestPolicy.ForRole("ttd-cache", "DAGL", "read");

        var first = cache.Get(Resource(text));
        var second = cache.Get(Resource(new string(text.AsSpan())));

        Assert.Same(first, second);
        Assert.NotNull(first.Policy);
        Assert.True(first.Uses(AltinnXacml.RoleCode));
        Assert.False(first.Uses(AltinnXacml.AccessPackage));
    }

    [Fact]
    public void Get_ParsesAgain_WhenThePolicyTextChanged()
    {
        var cache = new PolicyCache();

        var before = cache.Get(Resource(TestPolicy.ForRole("ttd-cache", "DAGL", "read")));
        var after = cache.Get(Resource(TestPolicy.ForRole("ttd-cache", "LEDE", "read")));

        Assert.NotSame(before, after);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Get_ReportsAnUnreadablePolicy_WithoutThrowing()
    {
        var cache = new PolicyCache();

        var cached = cache.Get(Resource("<Policy"));

        Assert.Null(cached.Policy);
        Assert.Contains("ttd-cache", cached.Problem, StringComparison.Ordinal);
    }
}
