using System.Text.Json;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;

namespace DialogTokens.Authorization.Tests.Http;

/// <summary>Small XACML JSON requests as they go on the wire.</summary>
internal static class Requests
{
    public const string Minimal = """
        {"Request":{"AccessSubject":[{"Id":"s1","Attribute":[{"AttributeId":"urn:altinn:userid","Value":"1337"}]}],
         "Action":[{"Id":"a1","Attribute":[{"AttributeId":"urn:oasis:names:tc:xacml:1.0:action:action-id","Value":"read"}]}],
         "Resource":[{"Id":"r1","Attribute":[{"AttributeId":"urn:altinn:resource","Value":"ttd-x"}]}],
         "MultiRequests":{"RequestReference":[{"ReferenceId":["s1","a1","r1"]}]}}}
        """;

    /// <summary>The XACML request <see cref="XacmlDialogAuthorizer"/> sends for <paramref name="request"/>.</summary>
    public static async Task<XacmlJsonRequestRoot> ForDialogAsync(DialogAuthorizationRequest request)
    {
        var capture = new FakePdp { Outcome = XacmlDecisionOutcome.NotAvailable("capturing") };
        await new XacmlDialogAuthorizer(capture).AuthorizeAsync(request, TestContext.Current.CancellationToken);
        return Assert.Single(capture.Requests);
    }

    /// <summary>The XACML request for the sample dialog, as JSON with System.Text.Json's defaults (as another client might write it).</summary>
    public static async Task<string> SampleDialogJsonAsync() =>
        JsonSerializer.Serialize(await ForDialogAsync(DialogSample.Request()));
}
