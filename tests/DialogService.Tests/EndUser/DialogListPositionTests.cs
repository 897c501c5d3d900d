using DialogTokens.DialogService.Dialogs.EndUser;

namespace DialogTokens.DialogService.Tests.EndUser;

public sealed class DialogListPositionTests
{
    [Theory]
    [InlineData(0L, "00000000-0000-0000-0000-000000000000")]
    [InlineData(1_764_633_600_000L, "019ab84f-5c00-7a4f-94e6-2285d8e511d5")]
    [InlineData(253_402_300_799_999L, "ffffffff-ffff-ffff-ffff-ffffffffffff")]
    public void ToString_ThenTryParse_GivesThePositionBack(long updatedAt, string id)
    {
        var position = new DialogListPosition(updatedAt, Guid.Parse(id));
        var token = position.ToString();

        Assert.Equal(DialogListPosition.TokenLength, token.Length);
        Assert.True(DialogListPosition.TryParse(token, out var parsed, out var problem), problem);
        Assert.Equal(position, parsed);
    }

    [Fact]
    public void TheToken_IsBigEndian_SoThatItsBytesAreFixed() =>
        Assert.Equal("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q", new DialogListPosition(1_764_633_600_000, Guid.Parse("019ab84f-5c00-7a4f-94e6-2285d8e511d5")).ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1")]
    [InlineData("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1QQ")]
    [InlineData("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1R")]
    [InlineData("AgAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q")]
    [InlineData("Af_________7AZq4T1wAek-U5iKF2OUR1Q")]
    [InlineData("AQAAAZrcW+AAAZq4T1wAek+U5iKF2OUR1Q")]
    [InlineData("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OU 1Q")]
    [InlineData("AQ__________AZq4T1wAek-U5iKF2OUR1Q")]
    public void TryParse_RefusesAnythingItDidNotWrite(string? token)
    {
        Assert.False(DialogListPosition.TryParse(token, out var position, out var problem));
        Assert.Null(position);
        Assert.Contains("continuation token", problem, StringComparison.Ordinal);
    }
}
