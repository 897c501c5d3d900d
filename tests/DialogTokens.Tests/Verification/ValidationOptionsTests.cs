namespace DialogTokens.Tests.Verification;

/// <summary>Each option documents its default and range; invalid options fail at construction, all problems at once.</summary>
public sealed class ValidationOptionsTests
{
    [Fact]
    public void Defaults_AreValid_AndAsDocumented()
    {
        var options = new DialogTokenValidationOptions();

        Assert.Empty(options.Validate());
        Assert.Null(options.Issuer);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ClockSkew);
        Assert.Equal(8192, options.MaxTokenLength);
        Assert.True(options.CacheVerifiedTokens);
        Assert.Equal(10_000, options.VerifiedTokenCacheSize);
    }

    [Fact]
    public void Defaults_LimitTheLifetimeToOneHour_AndCheckNoServiceResourceOrParty()
    {
        var options = new DialogTokenValidationOptions();

        Assert.Equal(TimeSpan.FromHours(1), options.MaxTokenLifetime);
        Assert.Equal(DialogTokenValidationOptions.DefaultMaxTokenLifetime, options.MaxTokenLifetime);
        Assert.Null(options.ServiceResource);
        Assert.Null(options.Party);
    }

    [Theory]
    [InlineData(1_000L, true)]
    [InlineData(600_000L, true)]
    [InlineData(86_400_000L, true)]
    [InlineData(0L, false)]
    [InlineData(-1_000L, false)]
    [InlineData(86_401_000L, false)]
    [InlineData(1_500L, false)]
    public void Validate_ChecksTheMaxTokenLifetimeRange(long milliseconds, bool valid)
    {
        var options = new DialogTokenValidationOptions { MaxTokenLifetime = TimeSpan.FromMilliseconds(milliseconds) };

        Assert.Equal(valid, options.Validate().Count == 0);
        if (!valid)
        {
            Assert.Contains("MaxTokenLifetime", Assert.Single(options.Validate()), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Constructor_Throws_ListingEveryProblem()
    {
        var options = new DialogTokenValidationOptions
        {
            Issuer = "not a uri",
            ClockSkew = TimeSpan.FromSeconds(-1),
            MaxTokenLength = 100,
            VerifiedTokenCacheSize = 0,
        };

        var error = Assert.Throws<ArgumentException>(() => new DialogTokenVerifier(TestTokens.KeySet, options));

        Assert.Equal(4, options.Validate().Count);
        Assert.Contains("Issuer", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClockSkew", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxTokenLength", error.Message, StringComparison.Ordinal);
        Assert.Contains("VerifiedTokenCacheSize", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 256, 1, true)]
    [InlineData(300, 65_536, 1_000_000, true)]
    [InlineData(301, 8192, 10, false)]
    [InlineData(10, 255, 10, false)]
    [InlineData(10, 65_537, 10, false)]
    [InlineData(10, 8192, 1_000_001, false)]
    [InlineData(10, 8192, -1, false)]
    public void Validate_ChecksTheDocumentedRanges(int skewSeconds, int maxTokenLength, int cacheSize, bool valid)
    {
        var options = new DialogTokenValidationOptions
        {
            ClockSkew = TimeSpan.FromSeconds(skewSeconds),
            MaxTokenLength = maxTokenLength,
            VerifiedTokenCacheSize = cacheSize,
        };

        Assert.Equal(valid, options.Validate().Count == 0);
    }

    [Fact]
    public void Constructor_Throws_WhenKeySourceIsNull() =>
        Assert.Throws<ArgumentNullException>(() => new DialogTokenVerifier(null!));

    [Fact]
    public void Validate_Rejects_FractionalClockSkew_BecauseTokenTimesAreWholeSeconds()
    {
        var problems = new DialogTokenValidationOptions { ClockSkew = TimeSpan.FromMilliseconds(500) }.Validate();

        Assert.Contains(problems, p => p.Contains("whole seconds", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_Throws_WhenARequiredActionIsDefault()
    {
        // A caller bug, not a bad token: it must not pass as a quiet "not granted".
        Assert.Throws<ArgumentException>(() => TestTokens.Verifier().Verify(TestTokens.Valid(), null, default(DialogAction)));
    }
}
