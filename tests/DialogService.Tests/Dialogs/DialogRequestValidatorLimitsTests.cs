using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Dialogs.ServiceOwner;
using Microsoft.Extensions.Time.Testing;
using static DialogTokens.DialogService.Tests.Dialogs.DialogRequests;

namespace DialogTokens.DialogService.Tests.Dialogs;

/// <summary>
/// Issue 11: authorization attributes in Dialogporten's format only, no control characters in actions, bounded
/// actions, and Dialogporten's optional and legacy statuses.
/// </summary>
public sealed class DialogRequestValidatorLimitsTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 8, 30, 0, TimeSpan.Zero);

    public static TheoryData<string> BadAttributes =>
    [
        "urn:x:", "urn:x", "urn:", "1abc", "urn:altinn:task:1", "-x", "sub 1", "søknad", "sub\u0000", "sub\n", "sub\u001b[31m",
        new string('x', 256), "urn:altinn:task:Task_1:more",
        "urn:altinn:partyid:51000001", "urn:altinn:partyid:abc", "urn:altinn:userid:abc", "urn:altinn:organizationnumber:abc",
        "urn:altinn:organization:identifier-no:310100013", "urn:altinn:person:identifier-no:12858012307", "URN:ALTINN:PARTYID:abc",
    ];

    [Theory]
    [MemberData(nameof(BadAttributes))]
    public void TryValidate_Refuses_AnAttributeOutsideDialogportensFormat(string attribute)
    {
        var request = Valid();
        request.GuiActions![0].AuthorizationAttribute = attribute;
        request.ApiActions![0].AuthorizationAttribute = attribute;

        Assert.False(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out _, out var errors));

        Assert.Equal(["apiActions[0].authorizationAttribute", "guiActions[0].authorizationAttribute"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sub1")]
    [InlineData("urn:altinn:subresource:sub1")]
    [InlineData("urn:altinn:task:Task_1")]
    [InlineData("urn:altinn:resource:other-resource")]
    [InlineData("URN:ALTINN:TASK:Task_1")]
    public void TryValidate_Accepts_DialogportensFormat(string attribute)
    {
        var request = Valid();
        request.GuiActions![0].AuthorizationAttribute = attribute;

        Assert.True(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out _, out var errors), Describe(errors));
    }

    [Theory]
    [InlineData("URN:ALTINN:SUBRESOURCE:Sub1", "urn:altinn:subresource:Sub1")]
    [InlineData("Urn:Altinn:Task:Task_1", "urn:altinn:task:Task_1")]
    [InlineData("urn:altinn:subresource:Sub1", "urn:altinn:subresource:Sub1")]
    [InlineData("Sub1", "Sub1")]
    [InlineData("SUB1", "SUB1")]
    public void TryValidate_StoresTheAttribute_WithItsUrnPrefixInLowerCase_AndTheNameAsWritten(string given, string stored)
    {
        // The token's a claim carries the stored attribute, and a service provider compares it exactly (DialogAction).
        var request = Valid();
        request.GuiActions![0].AuthorizationAttribute = given;
        request.ApiActions![0].AuthorizationAttribute = given;

        Assert.True(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out var dialog, out var errors), Describe(errors));

        Assert.Equal(stored, dialog.Document.GuiActions[0].AuthorizationAttribute);
        Assert.Equal(stored, dialog.Document.ApiActions[0].AuthorizationAttribute);
    }

    public static TheoryData<string, string> ControlCharacters => new()
    {
        { "guiActions[0].action", "write\n" },
        { "guiActions[0].action", "wr\u0000ite" },
        { "guiActions[0].action", "write\u001b[2J" },
        { "guiActions[0].action", "write\u0085" },
        { "guiActions[0].title[0].value", "Åpne\n[klikk](https://evil.example)" },
        { "guiActions[2].prompt[0].value", "Sikker?\r\n" },
        { "apiActions[0].action", "write\t" },
        { "apiActions[0].name", "submit\u0007" },
        { "apiActions[0].endpoints[0].version", "v1\r" },
    };

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void TryValidate_Refuses_ControlCharactersInActions(string path, string value)
    {
        var request = Valid();
        switch (path)
        {
            case "guiActions[0].action": request.GuiActions![0].Action = value; break;
            case "guiActions[0].title[0].value": request.GuiActions![0].Title![0].Value = value; break;
            case "guiActions[2].prompt[0].value": request.GuiActions![2].Prompt![0].Value = value; break;
            case "apiActions[0].action": request.ApiActions![0].Action = value; break;
            case "apiActions[0].name": request.ApiActions![0].Name = value; break;
            default: request.ApiActions![0].Endpoints![0].Version = value; break;
        }

        Assert.False(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out _, out var errors));

        Assert.Equal([path], errors.Keys);
    }

    [Fact]
    public void TryValidate_Refuses_2000ApiActions()
    {
        var request = Valid();
        request.ApiActions = [.. Enumerable.Range(0, 2000).Select(i => Api($"a{i}"))];

        Assert.False(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out _, out var errors));

        Assert.Contains($"At most {DialogLimits.MaxApiActions} API actions (was 2000).", errors["apiActions"]);
        Assert.Contains(errors[DialogRequestValidator.ActionsPath], m => m.Contains($"At most {DialogLimits.MaxAuthorizationPairs} distinct", StringComparison.Ordinal));
    }

    [Fact]
    public void TryValidate_Accepts_TheMostPairs_AndRefusesOneMore()
    {
        // Valid() has write, read, delete/Task_1 as GUI pairs and write as an API pair: read + 2 more.
        var request = Valid();
        request.ApiActions = [.. Enumerable.Range(0, DialogLimits.MaxAuthorizationPairs - 3).Select(i => Api($"a{i}"))];
        Assert.True(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out var dialog, out var errors), Describe(errors));
        Assert.Equal(DialogLimits.MaxAuthorizationPairs, dialog.Document.AuthorizationPairs().Count);

        // The same pair again costs nothing.
        request.ApiActions.Add(Api("a0"));
        Assert.True(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out _, out errors), Describe(errors));

        request.ApiActions.Add(Api("one-more"));
        Assert.False(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out _, out errors));
        Assert.Equal([DialogRequestValidator.ActionsPath], errors.Keys);
    }

    [Fact]
    public void TryValidate_Refuses_ActionsThatOutgrowTheTokensClaim()
    {
        // 20 pairs of 255-character names escaped to 6 bytes a character: far past the a claim's budget.
        var request = Valid();
        request.ApiActions = [.. Enumerable.Range(0, 20).Select(i => Api($"{(char)('a' + i)}{new string('é', 254)}"))];

        Assert.False(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out _, out var errors));

        var message = Assert.Single(errors[DialogRequestValidator.ActionsPath]);
        Assert.Contains($"at most {DialogLimits.MaxActionsClaimBytes} fit", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, DialogStatus.NotApplicable)]
    [InlineData("New", DialogStatus.NotApplicable)]
    [InlineData("Sent", DialogStatus.Awaiting)]
    [InlineData("InProgress", DialogStatus.InProgress)]
    public void TryValidate_AcceptsDialogportensLegacyStatuses_AsTheirSuccessors(string? given, string stored)
    {
        var request = Valid();
        request.Status = given;
        Assert.True(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out var created, out var errors), Describe(errors));
        Assert.Equal(stored, created.Status);

        var existing = new Dialog(
            Guid.CreateVersion7(Now), Guid.CreateVersion7(Now), created.ServiceResource, created.Party, "ttd", "991825827", DialogStatus.Completed, Now, Now, null, created.Document);
        Assert.True(Validator().TryValidate(request, existing, allowLegacyHtml: false, out var updated, out errors), Describe(errors));
        Assert.Equal(stored, updated.Status);
    }

    [Theory]
    [InlineData("new")]
    [InlineData("Open")]
    [InlineData("")]
    public void TryValidate_Refuses_AnUnknownStatus(string status)
    {
        var request = Valid();
        request.Status = status;

        Assert.False(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out _, out var errors));
        Assert.Equal(["status"], errors.Keys);
    }

    private static ApiActionRequest Api(string action) => new()
    {
        Action = action, Endpoints = [new() { Url = "https://sp.example/api", HttpMethod = "POST" }],
    };

    private static DialogRequestValidator Validator() => new(new DialogValidationOptions(), new FakeTimeProvider(Now));

    private static string Describe(Dictionary<string, string[]> errors) =>
        string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
