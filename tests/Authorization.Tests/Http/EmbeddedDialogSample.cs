namespace DialogTokens.Authorization.Tests.Http;

/// <summary>
/// The embedded PDP over an in-memory store with one service resource and a realistic resource-registry policy: the
/// general manager (DAGL) of the dialog's party may read and write the dialog (authentication level 2), sign in
/// Task_1 and read transmissions of sub-resource sub1, but not delete. Self-contained: the benchmarks link this file.
/// </summary>
internal static class EmbeddedDialogSample
{
    public const string ResourceId = "ttd-dialog-sample";
    public const string PersonIdentifier = "01039012345";
    public const string OrganizationNumber = "991825827";

    /// <summary>A dialog with 5 (action, authorization attribute) pairs, asked by the general manager of its party.</summary>
    public static DialogAuthorizationRequest Request(int authenticationLevel = 3) => new()
    {
        Subject = $"{AltinnXacml.PersonIdentifier}:{PersonIdentifier}",
        AuthenticationLevel = authenticationLevel,
        Party = $"{AltinnXacml.OrganizationIdentifier}:{OrganizationNumber}",
        ServiceResource = ServiceResource.UrnPrefix + ResourceId,
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

    public static async Task<EmbeddedPolicyDecisionPoint> CreatePdpAsync() => new(await CreateStoreAsync());

    /// <summary>The person, the organization, the person's DAGL role for it, and the resource with <see cref="Policy"/>.</summary>
    public static async Task<InMemoryAuthorizationStore> CreateStoreAsync()
    {
        var store = new InMemoryAuthorizationStore();
        await store.ImportAsync(new AuthorizationData
        {
            Parties =
            [
                new Party { PartyId = 50001, Kind = PartyKind.Person, Name = "Kari Nordmann", PersonIdentifier = PersonIdentifier, UserId = 1337 },
                new Party { PartyId = 50002, Kind = PartyKind.Organization, Name = "Sample AS", OrganizationNumber = OrganizationNumber },
            ],
            Roles = [new RoleAssignment(50001, 50002, "DAGL")],
            Resources = [new ServiceResource(ResourceId, "991825827", "ttd", "Dialog sample", Policy)],
        });
        return store;
    }

    /// <summary>The resource's XACML 3.0 policy, as Altinn's resource registry writes them.</summary>
    public const string Policy = """
        <?xml version="1.0" encoding="utf-8"?>
        <xacml:Policy xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" PolicyId="urn:altinn:resource:ttd-dialog-sample:policy" Version="1.0"
                      RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">
          <xacml:Target/>
          <xacml:Rule RuleId="urn:altinn:resource:ttd-dialog-sample:ruleid:1" Effect="Permit">
            <xacml:Description>DAGL may read and write the dialog.</xacml:Description>
            <xacml:Target>
              <xacml:AnyOf><xacml:AllOf>
                <xacml:Match MatchId="urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case">
                  <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">DAGL</xacml:AttributeValue>
                  <xacml:AttributeDesignator AttributeId="urn:altinn:rolecode" Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                </xacml:Match>
              </xacml:AllOf></xacml:AnyOf>
              <xacml:AnyOf><xacml:AllOf>
                <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                  <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">ttd-dialog-sample</xacml:AttributeValue>
                  <xacml:AttributeDesignator AttributeId="urn:altinn:resource" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                </xacml:Match>
              </xacml:AllOf></xacml:AnyOf>
              <xacml:AnyOf>
                <xacml:AllOf>
                  <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                    <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">read</xacml:AttributeValue>
                    <xacml:AttributeDesignator AttributeId="urn:oasis:names:tc:xacml:1.0:action:action-id" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:action" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                  </xacml:Match>
                </xacml:AllOf>
                <xacml:AllOf>
                  <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                    <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">write</xacml:AttributeValue>
                    <xacml:AttributeDesignator AttributeId="urn:oasis:names:tc:xacml:1.0:action:action-id" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:action" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                  </xacml:Match>
                </xacml:AllOf>
              </xacml:AnyOf>
            </xacml:Target>
          </xacml:Rule>
          <xacml:Rule RuleId="urn:altinn:resource:ttd-dialog-sample:ruleid:2" Effect="Permit">
            <xacml:Description>DAGL may sign in Task_1.</xacml:Description>
            <xacml:Target>
              <xacml:AnyOf><xacml:AllOf>
                <xacml:Match MatchId="urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case">
                  <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">DAGL</xacml:AttributeValue>
                  <xacml:AttributeDesignator AttributeId="urn:altinn:rolecode" Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                </xacml:Match>
              </xacml:AllOf></xacml:AnyOf>
              <xacml:AnyOf><xacml:AllOf>
                <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                  <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">ttd-dialog-sample</xacml:AttributeValue>
                  <xacml:AttributeDesignator AttributeId="urn:altinn:resource" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                </xacml:Match>
                <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                  <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">Task_1</xacml:AttributeValue>
                  <xacml:AttributeDesignator AttributeId="urn:altinn:task" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                </xacml:Match>
              </xacml:AllOf></xacml:AnyOf>
              <xacml:AnyOf><xacml:AllOf>
                <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                  <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">sign</xacml:AttributeValue>
                  <xacml:AttributeDesignator AttributeId="urn:oasis:names:tc:xacml:1.0:action:action-id" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:action" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                </xacml:Match>
              </xacml:AllOf></xacml:AnyOf>
            </xacml:Target>
          </xacml:Rule>
          <xacml:Rule RuleId="urn:altinn:resource:ttd-dialog-sample:ruleid:3" Effect="Permit">
            <xacml:Description>DAGL may read transmissions of sub-resource sub1.</xacml:Description>
            <xacml:Target>
              <xacml:AnyOf><xacml:AllOf>
                <xacml:Match MatchId="urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case">
                  <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">DAGL</xacml:AttributeValue>
                  <xacml:AttributeDesignator AttributeId="urn:altinn:rolecode" Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                </xacml:Match>
              </xacml:AllOf></xacml:AnyOf>
              <xacml:AnyOf><xacml:AllOf>
                <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                  <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">ttd-dialog-sample</xacml:AttributeValue>
                  <xacml:AttributeDesignator AttributeId="urn:altinn:resource" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                </xacml:Match>
                <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                  <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">sub1</xacml:AttributeValue>
                  <xacml:AttributeDesignator AttributeId="urn:altinn:subresource" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                </xacml:Match>
              </xacml:AllOf></xacml:AnyOf>
              <xacml:AnyOf><xacml:AllOf>
                <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                  <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">transmissionread</xacml:AttributeValue>
                  <xacml:AttributeDesignator AttributeId="urn:oasis:names:tc:xacml:1.0:action:action-id" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:action" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                </xacml:Match>
              </xacml:AllOf></xacml:AnyOf>
            </xacml:Target>
          </xacml:Rule>
          <xacml:ObligationExpressions>
            <xacml:ObligationExpression FulfillOn="Permit" ObligationId="urn:altinn:obligation:authenticationLevel1">
              <xacml:AttributeAssignmentExpression AttributeId="urn:altinn:obligation-assignment:1" Category="urn:altinn:minimum-authenticationlevel">
                <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#integer">2</xacml:AttributeValue>
              </xacml:AttributeAssignmentExpression>
            </xacml:ObligationExpression>
          </xacml:ObligationExpressions>
        </xacml:Policy>
        """;
}
