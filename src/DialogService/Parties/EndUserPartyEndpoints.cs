using DialogTokens.Authorization;
using DialogTokens.DialogService.Authentication;
using DialogTokens.DialogService.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DialogTokens.DialogService.Parties;

/// <summary><c>GET /api/v1/enduser/parties</c>: the parties the logged-in user may act for, with names and sub-units.</summary>
internal static class EndUserPartyEndpoints
{
    public static IEndpointRouteBuilder MapEndUserPartyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/enduser/parties", ListPartiesAsync)
            .RequireAuthorization(CallerPolicies.EndUser)
            .AddEndpointFilter<RequireJsonAcceptFilter>()
            .WithTags("End user")
            .WithName("ListEndUserParties")
            .WithSummary("Lists the parties the user may act for: the user, the parties the user holds a role or access package for, and their sub-units.")
            .Produces<AuthorizedPartiesView>()
            .ProducesProblem(401).ProducesProblem(403);
        return endpoints;
    }

    internal static async Task<Results<Ok<AuthorizedPartiesView>, ProblemHttpResult>> ListPartiesAsync(
        Login<EndUserCaller> login,
        IAuthorizationStore store,
        CancellationToken cancellationToken)
    {
        if (!login.TryGetCaller(out var caller, out var refusal))
        {
            return DialogProblem.Create(DialogProblemTypes.Forbidden, refusal);
        }

        var parties = await ActingParties.ListAsync(store, caller.Subject, cancellationToken);
        return TypedResults.Ok(AuthorizedPartyView.List(parties, caller.Subject));
    }
}
