using DialogTokens.Authorization.Tests.Http;

namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>
/// The same world, the same questions, asked over real HTTP on 127.0.0.1 through the remote client: the answers must
/// be those of the embedded path, so that the dialog service can switch between them by configuration alone.
/// </summary>
public sealed class DialogAuthorizationOverHttpTests
{
    public static TheoryData<string, string, string, int, string, string> Scenarios() => new()
    {
        // user, party, resource, level, actions, expected a
        { "Kari", "MainUnit", NordlysPolicies.VatReturnId, 3, "read;write;delete", "read;write" },                  // DAGL reads and writes
        { "Per", "MainUnit", NordlysPolicies.VatReturnId, 4, "read;write;sign,urn:altinn:task:Task_1", "" },        // no role, nothing
        { "Kari", "SubUnit", NordlysPolicies.VatReturnId, 3, "read;write", "read;write" },                          // key role reaches the sub-unit
        { "Ola", "SubUnit", NordlysPolicies.VatReturnId, 3, "read", "" },                                           // REGNA does not
        { "Siri", "MainUnit", NordlysPolicies.VatReturnId, 3, "read;write;sign,urn:altinn:task:Task_1", "read" },   // access package
        { "Kari", "MainUnit", NordlysPolicies.VatReturnId, 0, "read;write", "" },                                   // level too low
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task OverHttp_AnswersAsTheEmbeddedPath(string user, string party, string resource, int level, string actions, string expected)
    {
        var world = await NordlysWorld.CreateAsync();
        await using var host = await LoopbackHost.StartPdpAsync(world.Pdp);
        var remote = new NordlysWorld(world.Store, world.Pdp, new XacmlDialogAuthorizer(Clients.For(host.BaseAddress)));
        var (subject, of) = (Named(user), Named(party));
        var pairs = actions.Split(';');

        var embedded = await world.AuthorizeAsync(subject, of, resource, level, pairs);
        var overHttp = await remote.AuthorizeAsync(subject, of, resource, level, pairs);

        Assert.True(overHttp.IsDecided, overHttp.Unavailable ?? overHttp.Problem);
        Assert.Equal(expected, embedded.Authorized.ToString());
        Assert.Equal(expected, overHttp.Authorized.ToString());
        Assert.Equal(embedded.Decisions, overHttp.Decisions);
        Assert.Equal(embedded.DeniedForAuthenticationLevel, overHttp.DeniedForAuthenticationLevel);
    }

    private static Party Named(string name) => name switch
    {
        "Kari" => NordlysWorld.Kari,
        "Ola" => NordlysWorld.Ola,
        "Per" => NordlysWorld.Per,
        "Siri" => NordlysWorld.Siri,
        "MainUnit" => NordlysWorld.MainUnit,
        _ => NordlysWorld.SubUnit,
    };
}
