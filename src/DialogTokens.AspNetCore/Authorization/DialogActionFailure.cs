namespace DialogTokens.AspNetCore;

/// <summary>
/// Why a valid token was refused for this request, kept on the request's features for the scheme's forbid (403)
/// response; the first failure of a request wins.
/// </summary>
internal sealed record DialogActionFailure(DialogTokenError Error, string Description)
{
    public DialogTokenProblemType ProblemType => DialogTokenProblemTypes.ForRefusal(Error);
}
