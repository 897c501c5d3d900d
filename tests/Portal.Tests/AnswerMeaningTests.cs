using DialogTokens.Portal.Client.Api;
using DialogTokens.Portal.Client.ServiceProvider;
using DialogTokens.Portal.Client.Texts;

namespace DialogTokens.Portal.Tests;

/// <summary>A refusal is shown as what it means (expired, not allowed, gone), in the chosen language.</summary>
public sealed class AnswerMeaningTests
{
    [Theory]
    [InlineData(401, "token_expired", "unauthenticated", "The token had expired.")]
    [InlineData(401, "signature_invalid", "unauthenticated", "The service provider did not accept the token.")]
    [InlineData(403, "action_not_granted", "action-not-granted", "You are not allowed to do this.")]
    [InlineData(403, "dialog_mismatch", "dialog-mismatch", "The token is for another dialog.")]
    [InlineData(403, "party_mismatch", "party-mismatch", "The token is for another party or service.")]
    [InlineData(403, null, "forbidden", "You are not allowed to do this.")]
    [InlineData(404, null, "dialog-not-found", "Not found at the service provider.")]
    [InlineData(410, null, "dialog-deleted", "The dialog is gone (deleted).")]
    [InlineData(409, null, "dialog-conflict", "Someone else changed the dialog at the same time. Try again.")]
    [InlineData(503, null, "dialog-service-unavailable", "The service is unavailable for now. Try again later.")]
    [InlineData(500, null, "internal-error", "Something went wrong at the service provider.")]
    [InlineData(418, null, "teapot", "Unexpected answer (418).")]
    public void Refusals_ReadAsTheirMeaning(int status, string? code, string type, string english)
    {
        var answer = Answer(status, new Problem("https://dialogtokens.dev/problems/" + type, "t", status, "d", code));

        Assert.Equal(english, AnswerMeaning.Describe(answer, UiText.English));
        Assert.NotEqual(english, AnswerMeaning.Describe(answer, UiText.Norwegian));
    }

    [Theory]
    [InlineData(ServiceProviderFailure.Timeout, "Tjenesteleverandøren svarte ikke innen 10 sekunder.")]
    [InlineData(ServiceProviderFailure.Network, "Fikk ikke kontakt med tjenesteleverandøren.")]
    [InlineData(ServiceProviderFailure.TooLarge, "Svaret var større enn 100 KB og ble ikke vist.")]
    public void Failures_ReadAsWhatHappened(ServiceProviderFailure failure, string norwegian)
    {
        var answer = Answer(null, null) with { Failure = failure };

        Assert.Equal(norwegian, AnswerMeaning.Describe(answer, UiText.Norwegian));
    }

    [Theory]
    [InlineData("en", "VAT return")]
    [InlineData("nb", "Mva-melding")]
    [InlineData("nn", "Mva-melding")]
    [InlineData("se", "Mva-melding")]
    public void Localized_PicksTheLanguage_ThenNorwegian(string language, string expected)
    {
        Localization[] values = [new("VAT return", "en"), new("Mva-melding", "nb")];

        Assert.Equal(expected, Localized.Pick(values, language));
    }

    [Fact]
    public void Localized_FallsBackToTheFirst()
    {
        Assert.Equal("Dialog", Localized.Pick([new Localization("Dialog", "de")], "en"));
        Assert.Null(Localized.Pick([], "en"));
    }

    [Fact]
    public void StatusLabels_CoverEveryStatus_InBothLanguages()
    {
        foreach (var status in new[] { "NotApplicable", "InProgress", "Draft", "Awaiting", "RequiresAttention", "Completed" })
        {
            Assert.True(UiText.English.StatusLabels.ContainsKey(status), status);
            Assert.True(UiText.Norwegian.StatusLabels.ContainsKey(status), status);
            Assert.NotEqual(UiText.English.StatusLabel(status), UiText.Norwegian.StatusLabel(status));
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void Problem_IsNull_WhenTheBodyIsNotOne(string body)
    {
        Assert.Null(Problem.TryParse(body));
    }

    [Fact]
    public void Problem_ReadsItsMembers()
    {
        var problem = Problem.TryParse("""{"type":"t","title":"T","status":401,"detail":"D","code":"token_expired","traceId":"x"}""");

        Assert.Equal(new Problem("t", "T", 401, "D", "token_expired"), problem);
    }

    private static ServiceProviderAnswer Answer(int? status, Problem? problem) =>
        new("POST", new Uri("https://sp.example/x"), status, ServiceProviderFailure.None, problem, "application/problem+json", null, false);
}
