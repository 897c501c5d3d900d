using DialogTokens.DialogService.Dialogs;
using Microsoft.Extensions.Primitives;

namespace DialogTokens.DialogService.Tests.Dialogs;

public sealed class ETagsTests
{
    private static readonly Guid Revision = Guid.Parse("019a1b2c-3d4e-7f00-8a9b-0c1d2e3f4a5b");
    private static readonly Guid Other = Guid.Parse("019a1b2c-3d4e-7f00-8a9b-0c1d2e3f4a5c");

    public static readonly TheoryData<string[]> Unreadable =
    [
        new[] { $"W/\"{Revision}\"" }, // weak: never matches for a write (RFC 9110 §13.1.1)
        new[] { $"\"{Revision}\", \"{Other}\"" },
        new[] { $"\"{Revision}\"", $"\"{Other}\"" },
        new[] { $"\"{Revision}\", *" },
        new[] { Revision.ToString() }, // unquoted
        new[] { "\"not-a-guid\"" },
        new[] { "\"\"" },
        new[] { "\"" + Revision }, // no closing quote
    ];

    [Fact]
    public void Format_IsAStrongQuotedTag_ThatTryReadIfMatchReadsBack()
    {
        var tag = ETags.Format(Revision);

        Assert.Equal($"\"{Revision}\"", tag);
        Assert.True(ETags.TryReadIfMatch(tag, out var read));
        Assert.Equal(Revision, read);
    }

    [Fact]
    public void TryReadIfMatch_GivesNull_WhenTheHeaderIsAbsent()
    {
        Assert.True(ETags.TryReadIfMatch(StringValues.Empty, out var read));
        Assert.Null(read);
        Assert.True(ETags.TryReadIfMatch(new StringValues((string?)null), out read));
        Assert.Null(read);
    }

    [Fact]
    public void TryReadIfMatch_GivesEmptyGuid_ForAnyRevision()
    {
        Assert.True(ETags.TryReadIfMatch("*", out var read));
        Assert.Equal(Guid.Empty, read);
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void TryReadIfMatch_Fails_WhenTheHeaderIsNotOneStrongTagHoldingARevision(string[] header)
    {
        Assert.False(ETags.TryReadIfMatch(new StringValues(header), out var read));
        Assert.Null(read);
    }
}
