using System.Buffers.Text;
using DialogTokens.DialogService.Dialogs.EndUser;

namespace DialogTokens.DialogService.Tests.EndUser;

public sealed class DialogListPositionTests
{
    [Theory]
    [InlineData(0L, "00000000-0000-0000-0000-000000000000")]
    [InlineData(1_764_633_600_000L, "019ab84f-5c00-7a4f-94e6-2285d8e511d5")]
    [InlineData(253_402_300_799_999L, "ffffffff-ffff-ffff-ffff-ffffffffffff")]
    public void WriteTo_ThenTryRead_GivesThePositionBack(long updatedAt, string id)
    {
        var position = new DialogListPosition(updatedAt, Guid.Parse(id));
        var bytes = new byte[DialogListPosition.ByteLength];
        position.WriteTo(bytes);

        Assert.True(DialogListPosition.TryRead(bytes, out var read));
        Assert.Equal(position, read);
    }

    [Fact]
    public void TheBytes_AreBigEndian_SoThatTheyAreFixed()
    {
        var bytes = new byte[DialogListPosition.ByteLength];
        new DialogListPosition(1_764_633_600_000, Guid.Parse("019ab84f-5c00-7a4f-94e6-2285d8e511d5")).WriteTo(bytes);
        Assert.Equal("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q", Base64Url.EncodeToString(bytes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OU")]
    [InlineData("AQAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1QQ")]
    [InlineData("AgAAAZrcW-AAAZq4T1wAek-U5iKF2OUR1Q")]
    [InlineData("Af_________7AZq4T1wAek-U5iKF2OUR1Q")]
    [InlineData("AQ__________AZq4T1wAek-U5iKF2OUR1Q")]
    public void TryRead_RefusesAnythingItDidNotWrite(string base64Url)
    {
        // Too short, too long, another version, a time before 1970, a time after 9999.
        Assert.False(DialogListPosition.TryRead(Base64Url.DecodeFromChars(base64Url), out var position));
        Assert.Null(position);
    }
}
