using Altinn.Authorization.ABAC.Xacml.JsonProfile;
using static DialogTokens.Authorization.Tests.Decisions.JsonRequests;

namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>Malformed JSON-profile requests are refused as a whole, with what was wrong, and never reach the store.</summary>
public sealed class RequestRefusalTests
{
    private const string Vat = NordlysPolicies.VatReturnId;

    public static TheoryData<string, string> Malformed => new()
    {
        { "no request", "no Request" },
        { "no subject", "no AccessSubject" },
        { "no action", "no Action" },
        { "no resource", "no Resource" },
        { "category without attributes", "has no attributes" },
        { "attribute without id", "not an absolute URI" },
        { "attribute without value", "has no Value" },
        { "unsupported data type", "unsupported DataType" },
        { "category id twice", "'s1' is used twice" },
        { "unknown reference", "names 'r9'" },
        { "reference without resource", "has no Resource category" },
        { "empty reference", "names no categories" },
        { "subject asserts a role", "asserts 'urn:altinn:rolecode'" },
        { "subject asserts an access package", "asserts 'urn:altinn:accesspackage'" },
        { "too many references", "at most 1000" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedRequest_IsRefused_WithTheReason(string shape, string reason)
    {
        var pdp = new EmbeddedPolicyDecisionPoint(new InMemoryAuthorizationStore());

        var outcome = await pdp.DecideAsync(Build(shape), TestContext.Current.CancellationToken);

        Assert.Null(outcome.Response);
        Assert.Null(outcome.Unavailable);
        Assert.Contains(reason, outcome.RequestProblem, StringComparison.Ordinal);
    }

    private static XacmlJsonRequestRoot Build(string shape)
    {
        var request = Multi([Subject("s1", NordlysWorld.Kari)], [Action("a1", "read")], [Resource("r1", Vat, NordlysWorld.MainUnit)], ["s1", "a1", "r1"]);
        var inner = request.Request;
        var subject = inner.AccessSubject[0].Attribute;
        switch (shape)
        {
            case "no request": return new XacmlJsonRequestRoot();
            case "no subject": inner.MultiRequests = null; inner.AccessSubject = []; break;
            case "no action": inner.MultiRequests = null; inner.Action = null; break;
            case "no resource": inner.MultiRequests = null; inner.Resource = []; break;
            case "category without attributes": inner.Action[0].Attribute = []; break;
            case "attribute without id": subject[0].AttributeId = "not a uri"; break;
            case "attribute without value": subject[0].Value = null; break;
            case "unsupported data type": subject[0].DataType = "http://www.w3.org/2001/XMLSchema#boolean"; break;
            case "category id twice": inner.AccessSubject.Add(Subject("s1", NordlysWorld.Per)); break;
            case "unknown reference": inner.MultiRequests!.RequestReference[0].ReferenceId[2] = "r9"; break;
            case "reference without resource": inner.MultiRequests!.RequestReference[0].ReferenceId.RemoveAt(2); break;
            case "empty reference": inner.MultiRequests!.RequestReference.Add(new XacmlJsonRequestReference { ReferenceId = [] }); break;
            case "subject asserts a role": subject.Add(new XacmlJsonAttribute { AttributeId = AltinnXacml.RoleCode, Value = "DAGL" }); break;
            case "subject asserts an access package": subject.Add(new XacmlJsonAttribute { AttributeId = AltinnXacml.AccessPackage, Value = "skatt-naering" }); break;
            case "too many references":
                inner.MultiRequests!.RequestReference = [.. Enumerable.Range(0, 1001).Select(_ => new XacmlJsonRequestReference { ReferenceId = ["s1", "a1", "r1"] })];
                break;
            default: throw new ArgumentException(shape, nameof(shape));
        }

        return request;
    }
}
