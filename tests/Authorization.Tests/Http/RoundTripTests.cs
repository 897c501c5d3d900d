namespace DialogTokens.Authorization.Tests.Http;

/// <summary>
/// The endpoint and its client against each other over real HTTP: a dialog decided through
/// <see cref="XacmlDialogAuthorizer"/> over <see cref="HttpPolicyDecisionPoint"/> gets the same decisions as the PDP
/// asked directly.
/// </summary>
public sealed class RoundTripTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dialog_OverHttp_DecidesAsTheFakePdpDirectly()
    {
        var pdp = DialogSample.Pdp();
        await using var host = await LoopbackHost.StartPdpAsync(pdp);

        var direct = await new XacmlDialogAuthorizer(pdp).AuthorizeAsync(DialogSample.Request(), Cancel);
        var remote = await new XacmlDialogAuthorizer(Clients.For(host.BaseAddress)).AuthorizeAsync(DialogSample.Request(), Cancel);

        Assert.True(remote.IsDecided);
        Assert.Equal(direct.Decisions, remote.Decisions);
        Assert.Equal(3, remote.Decisions.Count(d => d.IsPermitted));
        Assert.Equal(direct.Authorized.ToString(), remote.Authorized.ToString());
    }

    [Fact]
    public async Task Dialog_OverHttp_KeepsTheObligations_SoALowLevelIsDeniedAlike()
    {
        var pdp = DialogSample.Pdp();
        await using var host = await LoopbackHost.StartPdpAsync(pdp);
        var request = DialogSample.Request(authenticationLevel: 3);

        var direct = await new XacmlDialogAuthorizer(pdp).AuthorizeAsync(request, Cancel);
        var remote = await new XacmlDialogAuthorizer(Clients.For(host.BaseAddress)).AuthorizeAsync(request, Cancel);

        Assert.Equal(direct.Decisions, remote.Decisions);
        Assert.False(remote.Decisions[2].IsPermitted);
        Assert.Equal(4, remote.Decisions[2].MinimumAuthenticationLevel);
        Assert.True(remote.DeniedForAuthenticationLevel);
    }

    [Fact]
    public async Task Dialog_OverHttp_DecidesAsTheEmbeddedPdpDirectly()
    {
        var pdp = await EmbeddedDialogSample.CreatePdpAsync();
        await using var host = await LoopbackHost.StartPdpAsync(pdp);
        var request = EmbeddedDialogSample.Request();

        var direct = await new XacmlDialogAuthorizer(pdp).AuthorizeAsync(request, Cancel);
        var remote = await new XacmlDialogAuthorizer(Clients.For(host.BaseAddress)).AuthorizeAsync(request, Cancel);

        Assert.True(direct.IsDecided, direct.Problem ?? direct.Unavailable);
        Assert.True(remote.IsDecided, remote.Problem ?? remote.Unavailable);
        Assert.Equal(direct.Decisions, remote.Decisions);
        Assert.Equal([true, true, true, true, false], remote.Decisions.Select(d => d.IsPermitted));
        Assert.All(remote.Decisions.Take(4), d => Assert.Equal(2, d.MinimumAuthenticationLevel));
    }

    [Fact]
    public async Task Dialog_OverHttp_IsNotAvailable_WhenThePdpIsDown()
    {
        var remote = await new XacmlDialogAuthorizer(Clients.For(Clients.ClosedPort())).AuthorizeAsync(DialogSample.Request(), Cancel);

        Assert.False(remote.IsDecided);
        Assert.Null(remote.Problem);
        Assert.Contains("could not be reached", remote.Unavailable, StringComparison.Ordinal);
        Assert.Empty(remote.Decisions);
    }
}
