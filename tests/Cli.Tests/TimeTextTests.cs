using DialogTokens.Cli.Output;

namespace DialogTokens.Cli.Tests;

public sealed class TimeTextTests
{
    [Theory]
    [InlineData(0, "0s")]
    [InlineData(59, "59s")]
    [InlineData(180, "3m")]
    [InlineData(552, "9m 12s")]
    [InlineData(3_600, "1h")]
    [InlineData(3_661, "1h 1m")]
    [InlineData(90_061, "1d 1h")]
    [InlineData(-552, "9m 12s")]
    public void Duration_ShowsTheTwoLargestUnits(int seconds, string expected) =>
        Assert.Equal(expected, TimeText.Duration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Expiry_SaysExpiresInOrExpiredAgo()
    {
        var exp = new DateTimeOffset(2025, 2, 14, 9, 6, 7, TimeSpan.Zero);

        Assert.Equal("expires in 9m 12s", TimeText.Expiry(exp, exp.AddSeconds(-552)));
        Assert.Equal("expired 3m ago", TimeText.Expiry(exp, exp.AddMinutes(3)));
        Assert.Equal("expired 0s ago", TimeText.Expiry(exp, exp));
    }

    [Fact]
    public void Iso_IsUtcToTheSecond() =>
        Assert.Equal("2025-02-14T09:06:07Z", TimeText.Iso(new DateTimeOffset(2025, 2, 14, 10, 6, 7, TimeSpan.FromHours(1))));
}
