namespace DialogTokens.Benchmarks.ServiceProviderLoad;

/// <summary>The same handler behind each protection; only the route prefix and its metadata differ.</summary>
internal static class LoadEndpoints
{
    public static void MapLoadEndpoints(this IEndpointRouteBuilder app)
    {
        // Baseline ceiling: the same pipeline (authentication and authorization middleware), nothing to check.
        app.MapPost("/none/dialogs/{dialogId}/write", Write);

        // The dialog token scheme with the verified-token cache (the default).
        app.MapPost("/cached/dialogs/{dialogId}/write", Write).RequireDialogAction("write");

        // The same check, every token verified from scratch (Ed25519 on every request).
        app.MapPost("/uncached/dialogs/{dialogId}/write", Write)
            .RequireDialogAction("write", authenticationSchemes: LoadSchemes.UncachedDialogToken);

        // JwtBearer (Microsoft.IdentityModel + an NSec EdDSA provider), then the dialog id and the action by hand.
        app.MapPost("/jwtbearer/dialogs/{dialogId}/write", Write).RequireAuthorization(LoadPolicies.JwtBearerWrite);

        // No token: the user from a header, then the policy decision point over HTTP on every request.
        app.MapPost("/pdp/dialogs/{dialogId}/write", Write).RequireAuthorization(LoadPolicies.PdpWrite);
    }

    private static IResult Write(Guid dialogId) =>
        dialogId == Guid.Empty ? TypedResults.BadRequest() : TypedResults.NoContent();
}
