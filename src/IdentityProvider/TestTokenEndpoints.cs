using Microsoft.AspNetCore.Http;

namespace DialogTokens.IdentityProvider;

/// <summary>Altinn's test-token-generator convention: GET a signed token as text/plain.</summary>
internal static class TestTokenEndpoints
{
    public static IResult GetPersonalToken(HttpRequest request, TestTokenFactory factory)
    {
        var pid = request.Query["pid"].ToString();
        var scopes = request.Query["scopes"].ToString();
        var level = request.Query["authLvl"].ToString();
        if (!Identifiers.IsPid(pid))
        {
            return BadRequest("The query parameter 'pid' must be 11 digits.");
        }

        if (ScopeError(scopes) is { } scopeError)
        {
            return BadRequest(scopeError);
        }

        var authLvl = AuthenticationLevels.Default;
        if (level.Length > 0 && !int.TryParse(level, out authLvl))
        {
            return BadRequest("The query parameter 'authLvl' must be an integer from 0 to 4.");
        }

        if (!AuthenticationLevels.TryGetAcr(authLvl, out var acr))
        {
            return BadRequest("The query parameter 'authLvl' must be an integer from 0 to 4.");
        }

        return Results.Text(factory.CreatePersonalToken(request, pid, acr, scopes), "text/plain");
    }

    public static IResult GetEnterpriseToken(HttpRequest request, TestTokenFactory factory)
    {
        var orgNo = request.Query["orgNo"].ToString();
        var scopes = request.Query["scopes"].ToString();
        if (!Identifiers.IsOrgNo(orgNo))
        {
            return BadRequest("The query parameter 'orgNo' must be 9 digits.");
        }

        return ScopeError(scopes) is { } scopeError
            ? BadRequest(scopeError)
            : Results.Text(factory.CreateEnterpriseToken(request, orgNo, scopes), "text/plain");
    }

    /// <summary>RFC 6749 §3.3: scope-tokens separated by single spaces, each of %x21 / %x23-5B / %x5D-7E.</summary>
    private static string? ScopeError(string scopes)
    {
        if (string.IsNullOrWhiteSpace(scopes))
        {
            return "The query parameter 'scopes' is required: one or more scopes separated by spaces.";
        }

        var valid = scopes.Split(' ').All(scope =>
            scope.Length > 0 && scope.All(c => c is '\x21' or (>= '\x23' and <= '\x5B') or (>= '\x5D' and <= '\x7E')));
        return valid ? null : "The query parameter 'scopes' must be scope tokens separated by single spaces.";
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid token request");
}
