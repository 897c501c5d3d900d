namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>
/// Authorization attributes with strict semantics (DESIGN §3): an action without attribute is authorized only by a
/// Permit for that action on the main resource, never by the same action on a sub-resource, task or other resource.
/// </summary>
public sealed class AuthorizationAttributeTests
{
    private const string Vat = NordlysPolicies.VatReturnId;

    [Fact]
    public async Task BareAttribute_IsASubResource()
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await world.AuthorizeAsync(NordlysWorld.Ola, NordlysWorld.MainUnit, Vat, 3, "read", "write", "write,vedlegg", "write,urn:altinn:subresource:vedlegg");

        // Dialogporten's HasAccessToAction would also authorize plain "write" here (read on main + write on a sub-resource).
        Assert.Equal("read;write,urn:altinn:subresource:vedlegg;write,vedlegg", result.Authorized.ToString());
        Assert.False(result.Authorized.IsGranted("write"));
    }

    [Fact]
    public async Task TaskAttribute_AuthorizesTheActionInThatTaskOnly()
    {
        var world = await NordlysWorld.CreateAsync();

        var result = await world.AuthorizeAsync(NordlysWorld.Kari, NordlysWorld.MainUnit, Vat, 3, "sign", "sign,urn:altinn:task:Task_1", "sign,urn:altinn:task:Task_2");

        Assert.Equal("sign,urn:altinn:task:Task_1", result.Authorized.ToString());
    }

    [Fact]
    public async Task ResourceAttribute_IsDecidedByThatResourcesPolicy()
    {
        var world = await NordlysWorld.CreateAsync();
        var other = $"read,{ServiceResource.UrnPrefix}{NordlysPolicies.CustomerDialogId}";

        var manager = await world.AuthorizeAsync(NordlysWorld.Kari, NordlysWorld.MainUnit, Vat, 3, "read", other);
        var accountant = await world.AuthorizeAsync(NordlysWorld.Ola, NordlysWorld.MainUnit, Vat, 3, "read", other);

        Assert.Equal($"read;{other}", manager.Authorized.ToString());
        Assert.Equal("read", accountant.Authorized.ToString());
    }

    [Fact]
    public async Task MainResourceRule_AlsoCoversItsSubResources_AsInAltinn()
    {
        var world = await NordlysWorld.CreateAsync();

        // A rule without a sub-resource match applies to every sub-resource (Altinn's engine ignores attributes a rule does not name).
        var result = await world.AuthorizeAsync(NordlysWorld.Kari, NordlysWorld.MainUnit, Vat, 3, "read,vedlegg");

        Assert.Equal("read,vedlegg", result.Authorized.ToString());
    }
}
