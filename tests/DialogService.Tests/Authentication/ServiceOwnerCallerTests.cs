using System.Security.Claims;
using System.Text.Json;
using DialogTokens.DialogService.Authentication;

namespace DialogTokens.DialogService.Tests.Authentication;

public sealed class ServiceOwnerCallerTests
{
    private const string Consumer = """{"authority":"iso6523-actorid-upis","ID":"0192:991825827"}""";

    [Fact]
    public void TryRead_ReadsOrganizationNumber_FromConsumerObject()
    {
        Assert.True(ServiceOwnerCaller.TryRead(Principal(Consumer), out var caller, out var problem), problem);

        Assert.Equal("991825827", caller.OrganizationNumber);
        Assert.Equal("urn:altinn:organization:identifier-no:991825827", caller.Party);
    }

    [Fact]
    public void TryRead_ReadsOrganizationNumber_FromConsumerSentAsJsonString()
    {
        Assert.True(ServiceOwnerCaller.TryRead(Principal(JsonSerializer.Serialize(Consumer)), out var caller, out var problem), problem);

        Assert.Equal("991825827", caller.OrganizationNumber);
    }

    [Theory]
    [InlineData("""{"authority":"iso6523-actorid-upis","ID":"0192:99182582"}""", "ID")]
    [InlineData("""{"authority":"iso6523-actorid-upis","ID":"0192:9918258270"}""", "ID")]
    [InlineData("""{"authority":"iso6523-actorid-upis","ID":"0191:991825827"}""", "ID")]
    [InlineData("""{"authority":"iso6523-actorid-upis","ID":"991825827"}""", "ID")]
    [InlineData("""{"authority":"iso6523-actorid-upis","ID":"0192:99182582x"}""", "ID")]
    [InlineData("""{"authority":"iso6523-actorid-upis","ID":192991825827}""", "object")]
    [InlineData("""{"authority":"iso6523-actorid-upis"}""", "object")]
    [InlineData("""{"authority":"other","ID":"0192:991825827"}""", "object")]
    [InlineData("""{"ID":"0192:991825827"}""", "object")]
    [InlineData("""["0192:991825827"]""", "object")]
    [InlineData("{\"authority\":\"iso6523-actorid-upis\",\"ID\":\"0192:991825827\"", "object")]
    [InlineData("0192:991825827", "object")]
    [InlineData("", "object")]
    public void TryRead_Fails_WhenConsumerIsMalformed(string consumer, string problemPart)
    {
        Assert.False(ServiceOwnerCaller.TryRead(Principal(consumer), out _, out var problem));

        Assert.Contains(problemPart, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_Fails_WhenConsumerIsMissing()
    {
        Assert.False(ServiceOwnerCaller.TryRead(new ClaimsPrincipal(new ClaimsIdentity("test")), out _, out var problem));

        Assert.Equal("The token has no consumer claim.", problem);
    }

    private static ClaimsPrincipal Principal(string consumer) =>
        new(new ClaimsIdentity([new Claim("consumer", consumer, "JSON")], "test"));
}
