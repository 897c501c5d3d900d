namespace DialogTokens.Authorization.Tests.Http;

/// <summary>A dialog with 5 (action, authorization attribute) pairs, and a fake PDP that permits some of them.</summary>
internal static class DialogSample
{
    public static DialogAuthorizationRequest Request(int authenticationLevel = 3) => new()
    {
        Subject = "urn:altinn:person:identifier-no:01039012345",
        AuthenticationLevel = authenticationLevel,
        Party = "urn:altinn:organization:identifier-no:991825827",
        ServiceResource = "urn:altinn:resource:ttd-dialog-sample",
        InstanceId = "urn:altinn:dialog-id:0194f3a0-7c1e-7c3e-9f6a-1b2c3d4e5f60",
        Actions =
        [
            new DialogAction("read"),
            new DialogAction("write"),
            new DialogAction("sign", "urn:altinn:task:Task_1"),
            new DialogAction("transmissionread", "sub1"),
            new DialogAction("delete"),
        ],
    };

    /// <summary>read (level 2) and write on main, sign on Task_1 (level 4), transmissionread on sub1; not delete.</summary>
    public static FakePdp Pdp()
    {
        var pdp = new FakePdp();
        pdp.Permits[("read", null)] = 2;
        pdp.Permits[("write", null)] = null;
        pdp.Permits[("sign", "urn:altinn:task:Task_1")] = 4;
        pdp.Permits[("transmissionread", "urn:altinn:subresource:sub1")] = null;
        return pdp;
    }
}
