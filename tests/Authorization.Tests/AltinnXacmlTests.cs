namespace DialogTokens.Authorization.Tests;

public sealed class AltinnXacmlTests
{
    [Theory]
    [InlineData("urn:altinn:organization:identifier-no:991825827", "urn:altinn:organization:identifier-no", "991825827")]
    [InlineData("urn:altinn:task:Task_1", "urn:altinn:task", "Task_1")]
    public void Split_SplitsAtTheLastColon(string urn, string id, string value) =>
        Assert.Equal((id, value), AltinnXacml.Split(urn));

    [Theory]
    [InlineData("nocolon")]
    [InlineData("urn:altinn:task:")]
    public void Split_Throws_WhenNotAnAttributeUrn(string urn) =>
        Assert.Throws<ArgumentException>(() => AltinnXacml.Split(urn));
}
