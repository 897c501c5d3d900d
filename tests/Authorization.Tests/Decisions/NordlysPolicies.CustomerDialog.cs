namespace DialogTokens.Authorization.Tests.Decisions;

/// <summary>The customer dialog policy of the <see cref="NordlysWorld"/>.</summary>
internal static partial class NordlysPolicies
{
    /// <summary>
    /// Customer dialog: a person for themselves (priv, as app policies write it) and the general manager (dagl) read and
    /// write. Level 2 on every Permit.
    /// </summary>
    public const string CustomerDialog = """
        <?xml version="1.0" encoding="utf-8"?>
        <xacml:Policy xmlns:xsl="http://www.w3.org/2001/XMLSchema-instance" xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" PolicyId="urn:altinn:resource:nordlys-kundedialog:policyid:1" Version="1.0" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">
          <xacml:Target/>
          <xacml:Rule RuleId="urn:altinn:resource:nordlys-kundedialog:ruleid:1" Effect="Permit">
            <xacml:Description>The customer (for themselves) and the general manager may read and write.</xacml:Description>
            <xacml:Target>
              <xacml:AnyOf>
                <xacml:AllOf>
                  <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                    <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">priv</xacml:AttributeValue>
                    <xacml:AttributeDesignator AttributeId="urn:altinn:rolecode" Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                  </xacml:Match>
                </xacml:AllOf>
                <xacml:AllOf>
                  <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                    <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">dagl</xacml:AttributeValue>
                    <xacml:AttributeDesignator AttributeId="urn:altinn:rolecode" Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                  </xacml:Match>
                </xacml:AllOf>
              </xacml:AnyOf>
              <xacml:AnyOf>
                <xacml:AllOf>
                  <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
                    <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">nordlys-kundedialog</xacml:AttributeValue>
                    <xacml:AttributeDesignator AttributeId="urn:altinn:resource" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
                  </xacml:Match>
                </xacml:AllOf>
              </xacml:AnyOf>
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
