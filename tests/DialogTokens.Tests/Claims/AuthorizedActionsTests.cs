namespace DialogTokens.Tests.Claims;

/// <summary>The <c>a</c> claim: sorted by action then attribute (main as "main"), no duplicates, "" for nothing.</summary>
public sealed class AuthorizedActionsTests
{
    public static readonly TheoryData<string, string> Canonical = new()
    {
        { "read", "read" },
        { "", "" },
        { "write;read", "read;write" },
        { "read;read,aaa", "read,aaa;read" },
        { "read,zzz;read", "read;read,zzz" },
        { "read,main;read,aaa", "read,aaa;read" },
        { "read;read", "read" },
        { "read,main;read", "read" },
        { "b;a,x;a", "a;a,x;b" },
        { "write;transmissionread,urn:altinn:subresource:sub1;read;delete,urn:altinn:task:Task_1", "delete,urn:altinn:task:Task_1;read;transmissionread,urn:altinn:subresource:sub1;write" },
        { "read,urn:altinn:subresource:foo;read,foo", "read,foo;read,urn:altinn:subresource:foo" },
        { "Read;read", "Read;read" },
        { "sign,a,b;sign", "sign,a,b;sign" },
    };

    public static readonly TheoryData<string> Malformed = new() { ";", "read;", ";read", "read;;write", ",x", "read,", ",", "read;,x", "read,x;" };

    [Theory]
    [MemberData(nameof(Canonical))]
    public void Parse_SortsAndDedupes_AndToStringWritesTheClaim(string input, string expected)
    {
        var actions = AuthorizedActions.Parse(input);

        Assert.Equal(expected, actions.ToString());
        Assert.Equal(actions, AuthorizedActions.Parse(actions.ToString()));
        Assert.Equal(expected, AuthorizedActions.Create(actions.Reverse()).ToString());
    }

    [Fact]
    public void Create_SortsMainResourceAsMain()
    {
        var actions = AuthorizedActions.Create(new DialogAction("read"), new DialogAction("read", "aaa"), new DialogAction("read", "zzz"));

        Assert.Equal("read,aaa;read;read,zzz", actions.ToString());
        Assert.Equal(["aaa", null, "zzz"], actions.Select(a => a.AuthorizationAttribute));
        Assert.Equal("aaa", actions[0].AuthorizationAttribute);
        Assert.True(actions[1].IsMainResource);
    }

    [Fact]
    public void Empty_EncodesAsEmptyString()
    {
        Assert.Equal("", AuthorizedActions.Empty.ToString());
        Assert.Empty(AuthorizedActions.Empty);
        Assert.Same(AuthorizedActions.Empty, AuthorizedActions.Parse(""));
        Assert.Same(AuthorizedActions.Empty, AuthorizedActions.Create());
        Assert.False(AuthorizedActions.Empty.IsGranted("read"));
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void TryParse_Rejects_MalformedClaim(string encoded)
    {
        Assert.False(AuthorizedActions.TryParse(encoded, out var actions));
        Assert.Null(actions);
        Assert.Throws<FormatException>(() => AuthorizedActions.Parse(encoded));
    }

    [Fact]
    public void TryParse_Rejects_Null() => Assert.False(AuthorizedActions.TryParse(null, out _));

    [Fact]
    public void Create_Rejects_DefaultAction() =>
        Assert.Throws<ArgumentException>(() => AuthorizedActions.Create(new DialogAction("read"), default));

    [Fact]
    public void Equality_IsBySortedPairs()
    {
        var a = AuthorizedActions.Parse("read;write,foo");
        var b = AuthorizedActions.Parse("write,foo;read;read");

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(AuthorizedActions.Parse("read")));
        Assert.False(a.Equals(null));
    }
}
