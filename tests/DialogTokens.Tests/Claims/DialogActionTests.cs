namespace DialogTokens.Tests.Claims;

/// <summary>One element of the <c>a</c> claim: <c>action</c> or <c>action,attribute</c>; "main" is the main resource.</summary>
public sealed class DialogActionTests
{
    [Theory]
    [InlineData("read,write")]
    [InlineData("read;write")]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("")]
    public void Constructor_Throws_WhenNameCannotBeWrittenIntoTheClaim(string name) =>
        Assert.Throws<ArgumentException>(nameof(name), () => new DialogAction(name));

    [Fact]
    public void Constructor_Throws_WhenNameIsNull() =>
        Assert.Throws<ArgumentException>("name", () => new DialogAction(null!));

    [Theory]
    [InlineData("urn:altinn:subresource:a;b")]
    [InlineData(";")]
    public void Constructor_Throws_WhenAttributeHasSemicolon(string attribute) =>
        Assert.Throws<ArgumentException>("authorizationAttribute", () => new DialogAction("read", attribute));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("main")]
    public void Constructor_ReadsNullEmptyAndMain_AsTheMainResource(string? attribute)
    {
        var action = new DialogAction("read", attribute);

        Assert.True(action.IsMainResource);
        Assert.Null(action.AuthorizationAttribute);
        Assert.Equal("read", action.ToString());
        Assert.Equal(new DialogAction("read"), action);
    }

    [Theory]
    [InlineData("Main")]
    [InlineData("urn:altinn:subresource:main")]
    public void Constructor_KeepsAttributesThatOnlyResembleMain(string attribute)
    {
        var action = new DialogAction("read", attribute);

        Assert.False(action.IsMainResource);
        Assert.Equal($"read,{attribute}", action.ToString());
    }

    [Theory]
    [InlineData("read", "read", null)]
    [InlineData("read,main", "read", null)]
    [InlineData("delete,urn:altinn:task:Task_1", "delete", "urn:altinn:task:Task_1")]
    [InlineData("sign,a,b", "sign", "a,b")]
    public void TryParse_ReadsAnElementOfTheClaim(string value, string name, string? attribute)
    {
        Assert.True(DialogAction.TryParse(value, out var action));

        Assert.Equal(name, action.Name);
        Assert.Equal(attribute, action.AuthorizationAttribute);
        Assert.Equal(action, DialogAction.Parse(action.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(",x")]
    [InlineData("read,")]
    [InlineData("read;write")]
    [InlineData("read,a;b")]
    public void TryParse_Rejects_WhatIsNotOneElement(string? value)
    {
        Assert.False(DialogAction.TryParse(value, out var action));
        Assert.Equal(default, action);
    }

    [Fact]
    public void Parse_Throws_FormatException_WhenMalformed() =>
        Assert.Throws<FormatException>(() => DialogAction.Parse("read;"));

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "main", true)]
    [InlineData("foo", "urn:altinn:subresource:foo", true)]
    [InlineData("urn:altinn:subresource:foo", "foo", true)]
    [InlineData("foo", "foo", true)]
    [InlineData("foo", null, false)]
    [InlineData(null, "foo", false)]
    [InlineData("foo", "urn:altinn:task:foo", false)]
    [InlineData("urn:altinn:subresource:foo", "urn:altinn:subresource:Foo", false)]
    public void HasSameAttributeAs_ReadsBareAttributesAsSubresources(string? attribute, string? other, bool same) =>
        Assert.Equal(same, new DialogAction("read", attribute).HasSameAttributeAs(other));
}
