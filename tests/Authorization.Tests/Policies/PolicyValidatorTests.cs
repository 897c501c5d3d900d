namespace DialogTokens.Authorization.Tests.Policies;

public sealed class PolicyValidatorTests
{
    private static readonly string Valid = TestPolicy.Write("ttd-vat", 3,
        Grant.Roles(["DAGL", "REGNA"], "read", "write"),
        Grant.Package("skattegrunnlag", "read"));

    [Fact]
    public void TryValidate_Accepts_APolicyAsTheResourceRegistryWritesIt()
    {
        var valid = PolicyValidator.TryValidate(Valid, out var policy, out var problems);

        Assert.True(valid, string.Join("\n", problems));
        Assert.Empty(problems);
        Assert.Equal(2, policy!.Rules.Count);
    }

    [Fact]
    public void TryValidate_Refuses_MalformedXml_WithTheLine()
    {
        var xml = Valid.Replace("</xacml:Target>\n  </xacml:Rule>", "</xacml:Target>\n  </xacml:Rul>", StringComparison.Ordinal);

        var problem = Assert.Single(Refused(xml));

        Assert.Equal(TestPolicy.LineOf(xml, "</xacml:Rul>"), problem.Line);
        Assert.StartsWith($"line {problem.Line}, column ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryValidate_Refuses_ADtd_WithItsLine()
    {
        var xml = Valid.Replace(TestPolicy.Header, TestPolicy.Header + "\n<!DOCTYPE x [<!ENTITY big \"lots\">]>", StringComparison.Ordinal);

        var problem = Assert.Single(Refused(xml));

        Assert.Equal((2, 1), (problem.Line, problem.Column));
        Assert.Contains("DTD", problem.Message, StringComparison.Ordinal);
    }

    // XDocument loads a deep document in time that grows with the square of its depth: 64,000 levels (450 KB, under
    // the size cap) took 39 s. Altinn's policies nest seven deep.
    [Fact]
    public void TryValidate_Refuses_ElementsNestedDeeperThanAnyPolicy_WithTheLine()
    {
        var xml = TestPolicy.Header + "\n" + string.Concat(Enumerable.Repeat("<a>\n", 40)) + string.Concat(Enumerable.Repeat("</a>", 40));

        var problem = Assert.Single(Refused(xml));

        // The root is at depth 0: the 34th element, 33 below it, is the first too deep.
        Assert.Equal((2 + 33, 2), (problem.Line, problem.Column));
        Assert.Contains("nested more than 32 deep", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<Request xmlns="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17"/>""", "<Request>")]
    [InlineData("""<PolicySet xmlns="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17"/>""", "<PolicySet>")]
    [InlineData("""<Policy xmlns="urn:oasis:names:tc:xacml:2.0:policy:schema:os"/>""", "urn:oasis:names:tc:xacml:2.0:policy:schema:os")]
    public void TryValidate_Refuses_ARootThatIsNotAXacml3Policy(string root, string named)
    {
        var problem = Assert.Single(Refused(TestPolicy.Header + "\n" + root));

        Assert.Equal(2, problem.Line);
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryValidate_Refuses_ARuleWithoutAction_AtTheRule()
    {
        var xml = TestPolicy.Write("ttd-vat", 2, Grant.Roles(["DAGL"], "read"), Grant.Roles(["REGNA"]));

        var problem = Assert.Single(Refused(xml));

        Assert.Equal(TestPolicy.LineOf(xml, "ruleid:2"), problem.Line);
        Assert.Contains("has no action", problem.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> MisplacedAttributes => new()
    {
        { AltinnXacml.RoleCode, AltinnXacml.ResourceCategory, "belongs to the category" },
        { AltinnXacml.AccessPackage, AltinnXacml.ResourceCategory, "belongs to the category" },
        { AltinnXacml.Resource, AltinnXacml.SubjectCategory, "belongs to the category" },
        { AltinnXacml.ActionId, AltinnXacml.ResourceCategory, "belongs to the category" },
        { AltinnXacml.ActionId, AltinnXacml.SubjectCategory, "belongs to the category" },
        { AltinnXacml.PartyId, "urn:example:category", "unknown category" },
        { AltinnXacml.PartyId, "urn:oasis:names:tc:xacml:3.0:attribute-category:environment", "ignores in a target" },
    };

    [Theory]
    [MemberData(nameof(MisplacedAttributes))]
    public void TryValidate_Refuses_AnAttributeInTheWrongCategory_AtItsDesignator(string attributeId, string category, string message)
    {
        var misplaced = TestPolicy.Match(attributeId, "x", category);
        var xml = Valid.Replace("<xacml:AnyOf>\n        <xacml:AllOf>\n", "<xacml:AnyOf>\n        <xacml:AllOf>\n" + misplaced, StringComparison.Ordinal);

        var problems = Refused(xml);

        Assert.Contains(problems, p => p.Message.Contains(message, StringComparison.Ordinal)
            && p.Line == TestPolicy.LineOf(xml, $"AttributeId=\"{attributeId}\" Category=\"{category}\""));
    }

    [Fact]
    public void TryValidate_ReportsEveryProblemAtOnce_InDocumentOrder()
    {
        var xml = TestPolicy.Write("ttd-vat", 7, Grant.Roles(["DAGL"]), Grant.Roles(["REGNA"], "read"))
            .Replace("deny-overrides", "most-lenient", StringComparison.Ordinal);
        var regna = xml.IndexOf(">REGNA<", StringComparison.Ordinal);
        var function = xml.LastIndexOf("string-equal-ignore-case", regna, StringComparison.Ordinal);
        xml = string.Concat(xml.AsSpan(0, function), "string-regexp-match", xml.AsSpan(function + "string-equal-ignore-case".Length));

        var problems = Refused(xml);

        Assert.Collection(problems,
            p => Assert.Contains("rule-combining algorithm", p.Message, StringComparison.Ordinal),
            p => Assert.Contains("has no action", p.Message, StringComparison.Ordinal),
            p => Assert.Contains("string-regexp-match", p.Message, StringComparison.Ordinal),
            p => Assert.Contains("from 0 to 4", p.Message, StringComparison.Ordinal));
        Assert.Equal(problems.OrderBy(p => p.Line).ThenBy(p => p.Column), problems);
    }

    [Fact]
    public void TryValidate_Refuses_APolicyWithoutRules()
    {
        var xml = TestPolicy.Write("ttd-vat", 2);

        Assert.Contains(Refused(xml), p => p.Message.Contains("no <Rule>", StringComparison.Ordinal));
    }

    [Fact]
    public void TryValidate_Refuses_APolicyOverTheSizeCap_BeforeReadingIt()
    {
        var xml = Valid + new string(' ', PolicyXml.MaxCharacters);

        var problem = Assert.Single(Refused(xml));

        Assert.Contains("characters", problem.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<PolicyProblem> Refused(string xml)
    {
        var valid = PolicyValidator.TryValidate(xml, out var policy, out var problems);
        Assert.False(valid);
        Assert.Null(policy);
        Assert.NotEmpty(problems);
        return problems;
    }
}
