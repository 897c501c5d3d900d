using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Dialogs.ServiceOwner;
using Microsoft.Extensions.Time.Testing;
using static DialogTokens.DialogService.Tests.Dialogs.DialogRequests;

namespace DialogTokens.DialogService.Tests.Dialogs;

public sealed class DialogRequestValidatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 8, 30, 0, TimeSpan.Zero);

    /// <summary>One broken rule each: how to break it in <see cref="DialogRequests.Valid"/>, and the path that must name it.</summary>
    private static readonly Dictionary<string, (Action<DialogRequest> Break, string Path)> Rules = new()
    {
        ["serviceResource missing"] = (r => r.ServiceResource = null, "serviceResource"),
        ["serviceResource upper case and space"] = (r => r.ServiceResource = "urn:altinn:resource:Super Simple", "serviceResource"),
        ["serviceResource not a resource urn"] = (r => r.ServiceResource = "urn:altinn:app:ttd/super-simple-service", "serviceResource"),
        ["party missing"] = (r => r.Party = null, "party"),
        ["party unknown urn"] = (r => r.Party = "urn:altinn:person:ssn:12858012307", "party"),
        ["party person too short"] = (r => r.Party = "urn:altinn:person:identifier-no:1285801230", "party"),
        ["party person mod11"] = (r => r.Party = "urn:altinn:person:identifier-no:12858012308", "party"),
        ["party organization mod11"] = (r => r.Party = "urn:altinn:organization:identifier-no:310100014", "party"),
        ["status unknown"] = (r => r.Status = "Done", "status"),
        ["dialog id not v7"] = (r => r.Id = Guid.NewGuid(), "id"),
        ["content missing"] = (r => r.Content = null, "content"),
        ["title missing"] = (r => r.Content!.Title = null, "content.title"),
        ["title without localizations"] = (r => r.Content!.Title!.Value = [], "content.title.value"),
        ["title value blank"] = (r => r.Content!.Title!.Value![0].Value = "  ", "content.title.value[0].value"),
        ["title value over 255"] = (r => r.Content!.Title!.Value![0].Value = new string('x', 256), "content.title.value[0].value"),
        ["summary value over 255"] = (r => r.Content!.Summary!.Value![0].Value = new string('x', 256), "content.summary.value[0].value"),
        ["language code three letters"] = (r => r.Content!.Title!.Value![0].LanguageCode = "nob", "content.title.value[0].languageCode"),
        ["language code upper case"] = (r => r.Content!.Title!.Value![0].LanguageCode = "NB", "content.title.value[0].languageCode"),
        // .NET's '$' also matches before a final "\n": these two must still be refused.
        ["language code with a trailing newline"] = (r => r.Content!.Title!.Value![0].LanguageCode = "nb\n", "content.title.value[0].languageCode"),
        ["serviceResource with a trailing newline"] = (r => r.ServiceResource = Resource + "\n", "serviceResource"),
        ["language code missing"] = (r => r.Content!.Title!.Value![0].LanguageCode = null, "content.title.value[0].languageCode"),
        ["language code duplicated"] = (r => r.Content!.Title!.Value![1].LanguageCode = "nb", "content.title.value[1].languageCode"),
        ["title mediaType not text/plain"] = (r => r.Content!.Title!.MediaType = "text/html", "content.title.mediaType"),
        ["summary mediaType not text/plain"] = (r => r.Content!.Summary!.MediaType = "text/markdown", "content.summary.mediaType"),
        ["embed mediaType unknown"] = (r => r.Content!.MainContentReference!.MediaType = "text/markdown", "content.mainContentReference.mediaType"),
        ["embed mediaType missing"] = (r => r.Content!.MainContentReference!.MediaType = null, "content.mainContentReference.mediaType"),
        ["html embed without legacy scope"] = (r => r.Content!.MainContentReference!.MediaType = DialogMediaTypes.EmbedHtml, "content.mainContentReference.mediaType"),
        ["deprecated html embed without legacy scope"] = (r => r.Content!.MainContentReference!.MediaType = DialogMediaTypes.DeprecatedEmbedHtml, "content.mainContentReference.mediaType"),
        ["embed url http"] = (r => r.Content!.MainContentReference!.Value![0].Value = "http://sp.example/embed/1", "content.mainContentReference.value[0].value"),
        ["embed url relative"] = (r => r.Content!.MainContentReference!.Value![0].Value = "/embed/1", "content.mainContentReference.value[0].value"),
        ["gui action missing"] = (r => r.GuiActions![0].Action = null, "guiActions[0].action"),
        ["gui action with ','"] = (r => r.GuiActions![0].Action = "write,urn:altinn:task:Task_1", "guiActions[0].action"),
        ["gui action with ';'"] = (r => r.GuiActions![0].Action = "write;read", "guiActions[0].action"),
        ["gui action with spaces around"] = (r => r.GuiActions![0].Action = " write", "guiActions[0].action"),
        ["gui attribute with ';'"] = (r => r.GuiActions![0].AuthorizationAttribute = "urn:altinn:task:Task_1;read", "guiActions[0].authorizationAttribute"),
        ["gui attribute empty"] = (r => r.GuiActions![0].AuthorizationAttribute = "", "guiActions[0].authorizationAttribute"),
        ["gui url missing"] = (r => r.GuiActions![0].Url = null, "guiActions[0].url"),
        ["gui url http"] = (r => r.GuiActions![0].Url = "http://sp.example/open/1", "guiActions[0].url"),
        ["gui url http loopback without the option"] = (r => r.GuiActions![0].Url = "http://127.0.0.1:5000/open/1", "guiActions[0].url"),
        ["gui url too long"] = (r => r.GuiActions![0].Url = "https://sp.example/" + new string('a', 1024), "guiActions[0].url"),
        ["gui httpMethod PUT"] = (r => r.GuiActions![0].HttpMethod = "PUT", "guiActions[0].httpMethod"),
        ["delete-dialog action with POST"] = (r => r.GuiActions![2].HttpMethod = "POST", "guiActions[2].httpMethod"),
        ["delete-dialog action with the default GET"] = (r => r.GuiActions![2].HttpMethod = null, "guiActions[2].httpMethod"),
        ["priority unknown"] = (r => r.GuiActions![0].Priority = "Quaternary", "guiActions[0].priority"),
        ["priority missing"] = (r => r.GuiActions![0].Priority = null, "guiActions[0].priority"),
        ["two Primary"] = (r => r.GuiActions![1].Priority = GuiActionPriority.Primary, "guiActions"),
        ["two Secondary"] = (r => r.GuiActions![0].Priority = GuiActionPriority.Secondary, "guiActions"),
        ["six Tertiary"] = (r => AddTertiary(r, 5), "guiActions"),
        ["gui title empty"] = (r => r.GuiActions![0].Title = [], "guiActions[0].title"),
        ["gui title missing"] = (r => r.GuiActions![0].Title = null, "guiActions[0].title"),
        ["gui prompt empty"] = (r => r.GuiActions![2].Prompt = [], "guiActions[2].prompt"),
        ["gui action id not v7"] = (r => r.GuiActions![0].Id = Guid.NewGuid(), "guiActions[0].id"),
        ["duplicate gui action ids"] = (r => r.GuiActions![0].Id = r.GuiActions![1].Id = Guid.CreateVersion7(Now), "guiActions[1].id"),
        ["duplicate ids across gui and api actions"] = (r => r.GuiActions![0].Id = r.ApiActions![0].Id = Guid.CreateVersion7(Now), "apiActions[0].id"),
        ["duplicate ids of action and endpoint"] = (r => r.ApiActions![0].Id = r.ApiActions![0].Endpoints![0].Id = Guid.CreateVersion7(Now), "apiActions[0].id"),
        ["api action with ';'"] = (r => r.ApiActions![0].Action = "write;read", "apiActions[0].action"),
        ["api action name over 255"] = (r => r.ApiActions![0].Name = new string('n', 256), "apiActions[0].name"),
        ["api action without endpoints"] = (r => r.ApiActions![0].Endpoints = [], "apiActions[0].endpoints"),
        ["api action endpoints missing"] = (r => r.ApiActions![0].Endpoints = null, "apiActions[0].endpoints"),
        ["api endpoint method unknown"] = (r => r.ApiActions![0].Endpoints![0].HttpMethod = "FETCH", "apiActions[0].endpoints[0].httpMethod"),
        ["api endpoint method missing"] = (r => r.ApiActions![0].Endpoints![0].HttpMethod = null, "apiActions[0].endpoints[0].httpMethod"),
        ["api endpoint url http"] = (r => r.ApiActions![0].Endpoints![0].Url = "http://sp.example/api/submit", "apiActions[0].endpoints[0].url"),
        ["api documentationUrl not https"] = (r => r.ApiActions![0].Endpoints![0].DocumentationUrl = "http://sp.example/docs", "apiActions[0].endpoints[0].documentationUrl"),
        ["api requestSchema not https"] = (r => r.ApiActions![0].Endpoints![0].RequestSchema = "ftp://sp.example/schema", "apiActions[0].endpoints[0].requestSchema"),
        ["api endpoint version over 255"] = (r => r.ApiActions![0].Endpoints![0].Version = new string('v', 256), "apiActions[0].endpoints[0].version"),
    };

    public static TheoryData<string> RuleNames => [.. Rules.Keys];

    [Fact]
    public void TryValidate_AcceptsAFullRequest_AndNormalizesIt()
    {
        Assert.True(Validator().TryValidate(Valid(), existing: null, allowLegacyHtml: false, out var dialog, out var errors), Describe(errors));

        Assert.Empty(errors);
        Assert.Null(dialog.Id); // the dialog's own id is chosen when it is written
        Assert.Equal(Resource, dialog.ServiceResource);
        Assert.Equal(Person, dialog.Party);
        Assert.Equal(DialogStatus.NotApplicable, dialog.Status);
        var document = dialog.Document;
        Assert.Equal(DialogMediaTypes.PlainText, document.Content.Title.MediaType);
        Assert.Equal(["Søknad om støtte", "Application for support"], document.Content.Title.Value.Select(v => v.Value));
        Assert.Equal(DialogMediaTypes.EmbedMarkdown, document.Content.MainContentReference!.MediaType);
        Assert.Equal("https://sp.example/embed/1", Assert.Single(document.Content.MainContentReference.Value).Value);
        Assert.Equal(["GET", "GET", "DELETE"], document.GuiActions.Select(a => a.HttpMethod));
        Assert.Equal([null, null, "urn:altinn:task:Task_1"], document.GuiActions.Select(a => a.AuthorizationAttribute));
        Assert.True(document.GuiActions[2].IsDeleteDialogAction);
        Assert.Equal("Er du sikker?", Assert.Single(document.GuiActions[2].Prompt!).Value);
        var endpoint = Assert.Single(Assert.Single(document.ApiActions).Endpoints);
        Assert.Equal(("v1", "POST", "https://sp.example/docs"), (endpoint.Version, endpoint.HttpMethod, endpoint.DocumentationUrl));

        var ids = document.GuiActions.Select(a => a.Id).Concat(document.ApiActions.Select(a => a.Id)).Append(endpoint.Id).ToList();
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void TryValidate_KeepsTheIdsAndStatusGiven()
    {
        var request = Valid();
        request.Id = Guid.CreateVersion7(Now);
        request.Status = DialogStatus.RequiresAttention;
        request.GuiActions![0].Id = Guid.CreateVersion7(Now);
        request.ApiActions![0].Id = Guid.CreateVersion7(Now);
        request.ApiActions[0].Endpoints![0].Id = Guid.CreateVersion7(Now);

        Assert.True(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out var dialog, out var errors), Describe(errors));

        Assert.Equal(request.Id, dialog.Id);
        Assert.Equal(DialogStatus.RequiresAttention, dialog.Status);
        Assert.Equal(request.GuiActions[0].Id, dialog.Document.GuiActions[0].Id);
        Assert.Equal(request.ApiActions[0].Id, dialog.Document.ApiActions[0].Id);
        Assert.Equal(request.ApiActions[0].Endpoints![0].Id, dialog.Document.ApiActions[0].Endpoints[0].Id);
    }

    [Fact]
    public void TryValidate_Rejects_WhenThereIsNoBody()
    {
        Assert.False(Validator().TryValidate(null, existing: null, allowLegacyHtml: false, out var dialog, out var errors));

        Assert.Null(dialog);
        Assert.Equal([""], errors.Keys);
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void TryValidate_Rejects_WithThePathOfTheBrokenRule(string rule)
    {
        var (breakRule, path) = Rules[rule];
        var request = Valid();
        breakRule(request);

        Assert.False(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out var dialog, out var errors));

        Assert.Null(dialog);
        Assert.Equal([path], errors.Keys);
        Assert.All(errors[path], message => Assert.False(string.IsNullOrWhiteSpace(message)));
    }

    [Fact]
    public void TryValidate_ReportsEveryBrokenRule_AtOnce()
    {
        string[] broken =
        [
            "serviceResource upper case and space", "party person mod11", "status unknown", "dialog id not v7", "title mediaType not text/plain",
            "language code duplicated", "summary value over 255", "html embed without legacy scope", "embed url http", "gui httpMethod PUT",
            "delete-dialog action with POST", "two Primary", "gui prompt empty", "api endpoint method unknown", "api documentationUrl not https",
        ];
        var request = Valid();
        foreach (var rule in broken)
        {
            Rules[rule].Break(request);
        }

        Assert.False(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out _, out var errors));

        var expected = broken.Select(rule => Rules[rule].Path).ToHashSet();
        Assert.Equal(broken.Length, expected.Count);
        Assert.Equal(expected.Count, errors.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TryValidate_AcceptsFiveTertiaryActions()
    {
        var request = Valid();
        AddTertiary(request, 4);

        Assert.True(Validator().TryValidate(request, existing: null, allowLegacyHtml: false, out var dialog, out var errors), Describe(errors));
        Assert.Equal(5, dialog.Document.GuiActions.Count(a => a.Priority == GuiActionPriority.Tertiary));
    }

    [Theory]
    [InlineData(DialogMediaTypes.EmbedHtml)]
    [InlineData(DialogMediaTypes.DeprecatedEmbedHtml)]
    public void TryValidate_AcceptsAnHtmlEmbed_WithTheLegacyHtmlScope(string mediaType)
    {
        var request = Valid();
        request.Content!.MainContentReference!.MediaType = mediaType;

        Assert.True(Validator().TryValidate(request, existing: null, allowLegacyHtml: true, out var dialog, out var errors), Describe(errors));
        Assert.Equal(DialogMediaTypes.EmbedHtml, dialog.Document.Content.MainContentReference!.MediaType);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/open/1")]
    [InlineData("http://localhost/open/1")]
    [InlineData("http://[::1]:8080/open/1")]
    public void TryValidate_AcceptsHttpOnLoopback_WhenAllowHttpLoopbackUrlsIsOn(string url)
    {
        var request = Valid();
        request.GuiActions![0].Url = url;
        request.Content!.MainContentReference!.Value![0].Value = url;
        request.ApiActions![0].Endpoints![0].Url = url;

        var validator = Validator(new DialogValidationOptions { AllowHttpLoopbackUrls = true });
        Assert.True(validator.TryValidate(request, existing: null, allowLegacyHtml: false, out _, out var errors), Describe(errors));
    }

    [Theory]
    [InlineData("http://sp.example/open/1")]
    [InlineData("http://10.0.0.1/open/1")]
    [InlineData("http://127.0.0.1.sp.example/open/1")]
    public void TryValidate_RejectsHttpOnAnotherHost_EvenWhenAllowHttpLoopbackUrlsIsOn(string url)
    {
        var request = Valid();
        request.GuiActions![0].Url = url;

        var validator = Validator(new DialogValidationOptions { AllowHttpLoopbackUrls = true });
        Assert.False(validator.TryValidate(request, existing: null, allowLegacyHtml: false, out _, out var errors));
        Assert.Equal(["guiActions[0].url"], errors.Keys);
    }

    [Theory]
    [InlineData("serviceResource")]
    [InlineData("party")]
    [InlineData("id")]
    public void TryValidate_RejectsAnUpdate_ThatChangesAnIdentity(string field)
    {
        var existing = Existing();
        var request = Valid();
        switch (field)
        {
            case "serviceResource": request.ServiceResource = "urn:altinn:resource:another-service"; break;
            case "party": request.Party = "urn:altinn:organization:identifier-no:310100013"; break;
            default: request.Id = Guid.CreateVersion7(Now); break;
        }

        Assert.False(Validator().TryValidate(request, existing, allowLegacyHtml: false, out var dialog, out var errors));

        Assert.Null(dialog);
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void TryValidate_AcceptsAnUpdate_ThatLeavesTheIdentitiesOut()
    {
        var existing = Existing();
        var request = Valid();
        (request.Id, request.ServiceResource, request.Party, request.Status) = (null, null, null, DialogStatus.Completed);

        Assert.True(Validator().TryValidate(request, existing, allowLegacyHtml: false, out var dialog, out var errors), Describe(errors));

        Assert.Equal((existing.Id, existing.ServiceResource, existing.Party), (dialog.Id, dialog.ServiceResource, dialog.Party));
        Assert.Equal(DialogStatus.Completed, dialog.Status);
    }

    [Fact]
    public void TryValidate_AcceptsAnUpdate_ThatRepeatsTheIdentities()
    {
        var existing = Existing();
        var request = Valid();
        (request.Id, request.ServiceResource, request.Party) = (existing.Id, existing.ServiceResource, existing.Party);

        Assert.True(Validator().TryValidate(request, existing, allowLegacyHtml: false, out var dialog, out var errors), Describe(errors));
        Assert.Equal(existing.Id, dialog.Id);
    }

    private static DialogRequestValidator Validator(DialogValidationOptions? options = null) =>
        new(options ?? new DialogValidationOptions(), new FakeTimeProvider(Now));

    private static Dialog Existing()
    {
        Assert.True(Validator().TryValidate(Valid(), existing: null, allowLegacyHtml: false, out var valid, out _));
        return new Dialog(
            Guid.CreateVersion7(Now), Guid.CreateVersion7(Now), valid.ServiceResource, valid.Party, "ttd", "991825827", valid.Status, Now, Now, null, valid.Document);
    }

    private static void AddTertiary(DialogRequest request, int count)
    {
        for (var i = 0; i < count; i++)
        {
            request.GuiActions!.Add(Tertiary(i));
        }
    }

    private static string Describe(Dictionary<string, string[]> errors) =>
        string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
