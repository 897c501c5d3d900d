using System.Text.Json;
using Altinn.Authorization.ABAC.Xacml.JsonProfile;
using DialogTokens.Authorization;
using DialogTokens.DialogService.Dialogs;
using DialogTokens.DialogService.Dialogs.ServiceOwner;
using Microsoft.Extensions.Time.Testing;
using static DialogTokens.DialogService.Tests.Dialogs.DialogRequests;

namespace DialogTokens.DialogService.Tests.Dialogs;

/// <summary>
/// Issue 11, defect 4: the largest dialog the service owner API accepts can still be decided by the PDP, and its token,
/// with every pair permitted and every other claim at its longest, verifies with the verifier's default options.
/// </summary>
public sealed class LargestDialogTests
{
    private const string PermitEverything = """
        <?xml version="1.0" encoding="utf-8"?>
        <xacml:Policy xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" PolicyId="urn:altinn:resource:largest:policyid:1" Version="1.0" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">
          <xacml:Target/>
          <xacml:Rule RuleId="urn:altinn:resource:largest:ruleid:1" Effect="Permit">
            <xacml:Target/>
          </xacml:Rule>
        </xacml:Policy>
        """;

    private static readonly DateTimeOffset Now = new(2025, 6, 2, 8, 30, 0, TimeSpan.Zero);
    private static readonly string ResourceId = new('r', 235);
    private static readonly string Subject = "urn:altinn:person:identifier-no:12858012307";

    [Fact]
    public async Task LargestAcceptedDialog_IsDecided_AndItsTokenVerifiesWithDefaultOptions()
    {
        var request = Largest();
        var validator = new DialogRequestValidator(new DialogValidationOptions(), new FakeTimeProvider(Now));
        Assert.True(validator.TryValidate(request, existing: null, allowLegacyHtml: false, out var valid, out var errors), string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        var pairs = valid.Document.AuthorizationPairs();
        Assert.Equal(DialogLimits.MaxAuthorizationPairs, pairs.Count);
        Assert.Equal(DialogLimits.MaxActionsClaimBytes, DialogRequestValidator.ActionsClaimBytes(pairs));

        // One byte more is refused.
        request.ApiActions![^1].Action += "x";
        Assert.False(validator.TryValidate(request, existing: null, allowLegacyHtml: false, out _, out errors));
        Assert.Equal([DialogRequestValidator.ActionsPath], errors.Keys);

        // Decided by the embedded PDP, every pair permitted; the request also fits the PDP endpoint's body limit.
        var store = new InMemoryAuthorizationStore();
        await store.SaveResourceAsync(new ServiceResource(ResourceId, "991825827", "ttd", "Largest", PermitEverything), TestContext.Current.CancellationToken);
        var pdp = new RecordingPdp(new EmbeddedPolicyDecisionPoint(store));
        var dialogId = Guid.CreateVersion7(Now);
        var decision = await new XacmlDialogAuthorizer(pdp).AuthorizeAsync(new DialogAuthorizationRequest
        {
            Subject = Subject,
            AuthenticationLevel = 4,
            Party = valid.Party,
            ServiceResource = valid.ServiceResource,
            InstanceId = "urn:altinn:dialog-id:" + dialogId,
            Actions = pairs,
        }, TestContext.Current.CancellationToken);
        Assert.True(decision.IsDecided, decision.Problem ?? decision.Unavailable);
        Assert.Equal(pairs.Count, decision.Authorized.Count);
        Assert.InRange(pdp.LargestRequestBytes, 1, PolicyDecisionPointEndpoints.MaxRequestBodySize);

        // Issued with every other claim at its longest: a 128-character kid, 255-byte issuer, c, y, o, u.
        var key = DialogTokenSigningKey.Generate(new string('k', DialogTokenKeyId.MaxLength), new FakeTimeProvider(Now));
        var issuer = new DialogTokenIssuer(key, new DialogTokenIssuerOptions { Issuer = "https://" + new string('i', 255 - 8 - 7) + "/api/v1" }, new FakeTimeProvider(Now));
        var token = issuer.Issue(new DialogTokenDescriptor
        {
            AuthenticatedParty = Longest("urn:altinn:person:idporten-email:"),
            SystemUserId = Longest("urn:altinn:systemuser:uuid:"),
            SystemUserOrganization = Longest("urn:altinn:organization:identifier-no:"),
            SupplierParty = Longest("urn:altinn:organization:identifier-no:"),
            AuthenticationLevel = 4,
            Party = valid.Party,
            ServiceResource = valid.ServiceResource,
            DialogId = dialogId,
            Actions = decision.Authorized,
        });
        Assert.InRange(token.Length, 1, new DialogTokenValidationOptions().MaxTokenLength);

        var verifier = new DialogTokenVerifier(new DialogTokenKeySet([key.PublicKey]), new DialogTokenValidationOptions(), new FakeTimeProvider(Now));
        var result = verifier.Verify(token, dialogId, [.. pairs]);
        Assert.True(result.IsValid, result.ErrorDescription);
        Assert.Equal(decision.Authorized.ToString(), result.Token.Claims.Actions.ToString());
    }

    /// <summary>
    /// 7 GUI and 93 API actions, read among them: 100 distinct pairs, each action and attribute distinct (the most
    /// categories in the PDP request), names escaped to 6 bytes a character where they fit, the a claim exactly at its budget.
    /// </summary>
    private static DialogRequest Largest()
    {
        var request = Valid();
        request.ServiceResource = ServiceResource.UrnPrefix + ResourceId;
        request.Party = "urn:altinn:organization:identifier-no:310100013";
        request.GuiActions =
        [
            new() { Action = "read", Url = "https://sp.example/0", Priority = GuiActionPriority.Primary, Title = [Text("0", "nb")] },
            new() { Action = "g1", AuthorizationAttribute = "urn:altinn:task:t1", Url = "https://sp.example/1", Priority = GuiActionPriority.Secondary, Title = [Text("1", "nb")] },
            .. Enumerable.Range(2, 5).Select(i => new GuiActionRequest
            {
                Action = $"g{i}", AuthorizationAttribute = $"urn:altinn:task:t{i}", Url = $"https://sp.example/{i}", Priority = GuiActionPriority.Tertiary, Title = [Text($"{i}", "nb")],
            }),
        ];
        request.ApiActions =
        [
            .. Enumerable.Range(7, DialogLimits.MaxAuthorizationPairs - 7).Select(i => new ApiActionRequest
            {
                Action = $"a{i}", AuthorizationAttribute = $"s{i}", Endpoints = [new() { Url = $"https://sp.example/api/{i}", HttpMethod = "POST" }],
            }),
        ];

        // Fill the a claim to its budget: 'é' (\u00E9, 6 bytes) while it fits, then 'x'.
        var names = request.GuiActions.Skip(1).Select(a => new NameSlot(() => a.Action!, v => a.Action = v))
            .Concat(request.ApiActions.Select(a => new NameSlot(() => a.Action!, v => a.Action = v))).ToList();
        foreach (var slot in names)
        {
            foreach (var pad in new[] { 'é', 'x' })
            {
                while (slot.Get().Length < DialogRequestValidator.MaxTextLength && Bytes(request) + (pad == 'é' ? 6 : 1) <= DialogLimits.MaxActionsClaimBytes)
                {
                    slot.Set(slot.Get() + pad);
                }
            }
        }

        return request;
    }

    private static int Bytes(DialogRequest request) => DialogRequestValidator.ActionsClaimBytes(DialogDocument.Pairs(
        request.GuiActions!.Select(a => TestDialogs.Gui(a.Action!, a.AuthorizationAttribute, a.Url!)),
        request.ApiActions!.Select(a => new ApiAction(Guid.Empty, a.Action!, null, a.AuthorizationAttribute, []))));

    private static string Longest(string prefix) => prefix + new string('z', 255 - prefix.Length);

    private sealed record NameSlot(Func<string> Get, Action<string> Set);

    /// <summary>Passes every request on, and remembers the largest as JSON.</summary>
    private sealed class RecordingPdp(IXacmlPolicyDecisionPoint inner) : IXacmlPolicyDecisionPoint
    {
        public int LargestRequestBytes { get; private set; }

        public Task<XacmlDecisionOutcome> DecideAsync(XacmlJsonRequestRoot request, CancellationToken cancellationToken = default)
        {
            LargestRequestBytes = Math.Max(LargestRequestBytes, JsonSerializer.SerializeToUtf8Bytes(request).Length);
            return inner.DecideAsync(request, cancellationToken);
        }
    }
}
