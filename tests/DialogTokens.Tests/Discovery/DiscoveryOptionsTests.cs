namespace DialogTokens.Tests.Discovery;

public sealed class DiscoveryOptionsTests
{
    [Fact]
    public void Validate_AcceptsTheDefaults_WithAnAuthority()
    {
        var options = new DialogTokenKeyDiscoveryOptions { Authority = new Uri("https://platform.altinn.no/dialogporten") };

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Validate_ListsEveryProblemAtOnce()
    {
        var options = new DialogTokenKeyDiscoveryOptions
        {
            Issuer = "not a uri",
            MinimumCacheDuration = TimeSpan.Zero,
            MaximumCacheDuration = TimeSpan.FromDays(8),
            DefaultCacheDuration = TimeSpan.FromDays(9),
            MinimumRefreshInterval = TimeSpan.FromMilliseconds(10),
            RetryInterval = TimeSpan.FromHours(2),
            FetchTimeout = TimeSpan.FromMilliseconds(1),
            MaxResponseBytes = 10,
        };

        var problems = options.Validate();

        string[] named = ["Authority", "Issuer", "MinimumCacheDuration", "MaximumCacheDuration", "DefaultCacheDuration",
            "MinimumRefreshInterval", "RetryInterval", "FetchTimeout", "MaxResponseBytes"];
        Assert.Equal(named.Length, problems.Count);
        Assert.All(named, name => Assert.Contains(problems, p => p.StartsWith(name + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Constructor_Throws_ListingEveryProblem()
    {
        using var http = new HttpClient();
        var options = new DialogTokenKeyDiscoveryOptions { Authority = new Uri("http://dialogs.example"), FetchTimeout = TimeSpan.Zero };

        var error = Assert.Throws<ArgumentException>(() => new DialogTokenKeyDiscovery(http, options));

        Assert.Contains("Authority must use https", error.Message, StringComparison.Ordinal);
        Assert.Contains("FetchTimeout must be", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://platform.altinn.no/dialogporten", false)]
    [InlineData("http://localhost:5000", false)]
    [InlineData("http://LOCALHOST:5000/dialogporten", false)]
    [InlineData("http://127.0.0.1:5000", false)]
    [InlineData("http://127.1.2.3", false)]
    [InlineData("http://[::1]:5000", false)]
    [InlineData("http://dialogs.example", true)]
    [InlineData("http://10.0.0.1:5000", true)]
    [InlineData("http://localhost.example", true)]
    public void Validate_RequiresHttps_ExceptOnLoopback(string authority, bool refused)
    {
        var options = new DialogTokenKeyDiscoveryOptions { Authority = new Uri(authority) };

        var problems = options.Validate();
        if (refused)
        {
            Assert.Contains("must use https", Assert.Single(problems), StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(problems);
        }

        options.AllowHttp = true;
        Assert.Empty(options.Validate());
    }

    [Theory]
    [InlineData("ftp://dialogs.example/", "must be an absolute http(s) URI")]
    [InlineData("https://dialogs.example/?tenant=a", "no query or fragment")]
    [InlineData("https://dialogs.example/#keys", "no query or fragment")]
    public void Validate_RefusesAnAuthorityThatIsNotAPlainHttpsUri(string authority, string problem)
    {
        var options = new DialogTokenKeyDiscoveryOptions { Authority = new Uri(authority), AllowHttp = true };

        Assert.Contains(problem, Assert.Single(options.Validate()), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusesARelativeAuthority()
    {
        var options = new DialogTokenKeyDiscoveryOptions { Authority = new Uri("/dialogporten", UriKind.Relative) };

        Assert.Contains("must be an absolute http(s) URI", Assert.Single(options.Validate()), StringComparison.Ordinal);
    }

    [Fact]
    public void Discovery_KeepsTheOptionsItWasCreatedWith()
    {
        using var http = new HttpClient();
        var options = new DialogTokenKeyDiscoveryOptions { Authority = new Uri("https://platform.altinn.no/dialogporten") };
        using var discovery = new DialogTokenKeyDiscovery(http, options);

        options.Authority = new Uri("https://elsewhere.example");

        Assert.Equal("https://platform.altinn.no/dialogporten/api/v1", discovery.Issuer);
    }
}
