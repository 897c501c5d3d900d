namespace DialogTokens.Authorization.Tests.Http;

/// <summary><see cref="PolicyDecisionPointOptions.Validate()"/>: defaults, ranges, the remote base URI, every problem at once.</summary>
public sealed class OptionsValidationTests
{
    [Fact]
    public void Validate_AcceptsTheDefaults()
    {
        var options = new PolicyDecisionPointOptions();

        Assert.Empty(options.Validate());
        Assert.Equal(PolicyDecisionPointMode.Embedded, options.Mode);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal(2, options.MaxRetries);
    }

    [Theory]
    [InlineData("https://platform.altinn.no/")]
    [InlineData("https://platform.tt02.altinn.no")]
    [InlineData("https://pdp.example.test/prefix/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:8080/")]
    public void Validate_AcceptsARemoteBaseUri(string uri) =>
        Assert.Empty(Remote(uri).Validate());

    [Theory]
    [InlineData("http://platform.altinn.no/", "must use https (plain http only to a loopback host)")]
    [InlineData("http://10.0.0.5/", "must use https")]
    [InlineData("ftp://platform.altinn.no/", "must use https")]
    [InlineData("/authorization", "must be an absolute URI (it is '/authorization')")]
    [InlineData("https://user:secret@platform.altinn.no/", "must have no user info, query or fragment")]
    [InlineData("https://platform.altinn.no/?x=1", "must have no user info, query or fragment")]
    [InlineData("https://platform.altinn.no/#top", "must have no user info, query or fragment")]
    public void Validate_RejectsARemoteBaseUri(string uri, string problem) =>
        Assert.Contains(problem, Assert.Single(Remote(uri).Validate()), StringComparison.Ordinal);

    [Fact]
    public void Validate_RequiresARemoteBaseUri_InRemoteMode() =>
        Assert.Equal("RemoteBaseUri is required when Mode is Remote.", Assert.Single(new PolicyDecisionPointOptions { Mode = PolicyDecisionPointMode.Remote }.Validate()));

    [Fact]
    public void Validate_IgnoresTheRemoteBaseUri_InEmbeddedMode() =>
        Assert.Empty(new PolicyDecisionPointOptions { RemoteBaseUri = new Uri("http://platform.altinn.no/") }.Validate());

    [Fact]
    public void Validate_ReportsEveryProblemAtOnce()
    {
        var options = new PolicyDecisionPointOptions
        {
            Mode = PolicyDecisionPointMode.Remote,
            Timeout = TimeSpan.Zero,
            MaxRetries = 9,
            RetryDelay = TimeSpan.FromSeconds(-1),
            MaxRetryAfter = TimeSpan.FromMinutes(5),
            SubscriptionKey = "has space",
        };

        var problems = options.Validate();

        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("RemoteBaseUri is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Timeout must be between 00:00:00.0010000 and 00:01:00 (it is 00:00:00)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("MaxRetries must be between 0 and 5 (it is 9)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("RetryDelay must be between", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("MaxRetryAfter must be between", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("SubscriptionKey must be", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RejectsAnUndefinedMode() =>
        Assert.Contains("Mode must be Embedded or Remote.", new PolicyDecisionPointOptions { Mode = (PolicyDecisionPointMode)7 }.Validate());

    [Fact]
    public void HttpPolicyDecisionPoint_Throws_WhenTheOptionsCannotReachARemote()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new PolicyDecisionPointOptions { MaxRetries = -1 });
        using var http = new HttpClient();

        var e = Assert.Throws<ArgumentException>(() => new HttpPolicyDecisionPoint(http, options, TimeProvider.System));

        Assert.Contains("RemoteBaseUri is required", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxRetries must be between 0 and 5", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://platform.altinn.no", "https://platform.altinn.no/authorization/api/v1/authorize")]
    [InlineData("https://platform.altinn.no/", "https://platform.altinn.no/authorization/api/v1/authorize")]
    [InlineData("https://gw.example.test/pdp/", "https://gw.example.test/pdp/authorization/api/v1/authorize")]
    public void AuthorizeUri_AppendsTheRouteToTheBase(string baseUri, string expected) =>
        Assert.Equal(new Uri(expected), HttpPolicyDecisionPoint.AuthorizeUri(new Uri(baseUri)));

    private static PolicyDecisionPointOptions Remote(string uri) => new()
    {
        Mode = PolicyDecisionPointMode.Remote,
        RemoteBaseUri = new Uri(uri, UriKind.RelativeOrAbsolute),
    };
}
