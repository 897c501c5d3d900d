using System.Text.Json;

namespace DialogTokens.Tests.Claims;

/// <summary>The one claim table drives the reader, the writer and the docs: they may not drift apart.</summary>
public sealed class ClaimTableTests
{
    [Fact]
    public void TheTable_IsIndexedByClaim_AndNamesEveryClaimOnce()
    {
        Assert.Equal(Enum.GetValues<Claim>().Length, ClaimTable.All.Length);
        Assert.All(ClaimTable.All, (row, index) => Assert.Equal(index, (int)row.Claim));
        Assert.Equal(ClaimTable.All.Length, ClaimTable.All.Select(r => r.Name).Distinct().Count());
        Assert.All(ClaimTable.All, row => Assert.Equal(row.Claim, ClaimTable.Identify(System.Text.Encoding.UTF8.GetBytes(row.Name))));
    }

    [Fact]
    public void TheIssuer_WritesTheClaims_InTheTablesOrder()
    {
        var token = TestTokens.NewIssuer().Issue(new DialogTokenDescriptor { AuthenticatedParty = TestTokens.Descriptor().AuthenticatedParty, AuthenticationLevel = 3, Party = TestTokens.Descriptor().Party, ServiceResource = TestTokens.Descriptor().ServiceResource, DialogId = TestTokens.DialogId, Actions = AuthorizedActions.Parse("read"), SystemUserId = "urn:altinn:systemuser:uuid:1", SystemUserOrganization = "urn:altinn:organization:identifier-no:991825827", SupplierParty = "urn:altinn:organization:identifier-no:310100013" });
        var payload = DialogTokenReader.Read(token).PayloadJson!;

        var names = JsonDocument.Parse(payload).RootElement.EnumerateObject().Select(p => p.Name);

        Assert.Equal(ClaimTable.All.Select(r => r.Name), names);
    }

    [Fact]
    public void TheDocs_ListTheTablesClaims_InItsOrder_WithWhetherEachIsRequired()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "claims.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (Name: cells[1].Trim('`'), Required: cells[3] == "yes"))
            .ToList();

        Assert.Equal(ClaimTable.All.Select(r => (r.Name, r.Required)), rows);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DialogTokens.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DialogTokens.slnx not found above the test assembly.");
    }
}
