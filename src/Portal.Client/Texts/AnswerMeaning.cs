using System.Globalization;
using DialogTokens.Portal.Client.ServiceProvider;

namespace DialogTokens.Portal.Client.Texts;

/// <summary>
/// What an answer of the service provider means for the user, in words: the token scheme's codes (docs/errors.md)
/// first, then the sample's problem types (samples/ServiceProvider/Problems), then the status.
/// </summary>
public static class AnswerMeaning
{
    private const string ProblemPrefix = "https://dialogtokens.dev/problems/";

    public static string Describe(ServiceProviderAnswer answer, UiText text)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Problems;
        switch (answer.Failure)
        {
            case ServiceProviderFailure.Timeout:
                return words.Timeout;
            case ServiceProviderFailure.Network:
                return words.Network;
            case ServiceProviderFailure.TooLarge:
                return words.TooLarge;
        }

        var code = answer.Problem?.Code;
        var type = answer.Problem?.Type is { } t && t.StartsWith(ProblemPrefix, StringComparison.Ordinal) ? t[ProblemPrefix.Length..] : null;
        return (answer.Status, code, type) switch
        {
            (401, ServiceProviderAnswer.TokenExpiredCode, _) => words.Expired,
            (401, _, _) => words.Unauthenticated,
            (403, "dialog_mismatch", _) or (403, _, "dialog-mismatch") => words.WrongDialog,
            (403, "party_mismatch" or "service_resource_mismatch", _) or (403, _, "party-mismatch" or "service-resource-mismatch") => words.WrongParty,
            (403, _, _) => words.NotAllowed,
            (404, _, _) => words.NotFound,
            (410, _, _) => words.Gone,
            (409 or 412, _, _) => words.Conflict,
            (502 or 503 or 504, _, _) => words.Unavailable,
            (>= 500, _, _) => words.ServerError,
            _ => $"{words.Unexpected} ({answer.Status?.ToString(CultureInfo.InvariantCulture) ?? "-"}).",
        };
    }
}
