namespace DialogTokens.IdentityProvider;

/// <summary>A synthetic person offered on the login page.</summary>
public sealed class TestPerson
{
    /// <summary>The display name. Required.</summary>
    public string Name { get; set; } = "";

    /// <summary>The national identity number (11 digits, synthetic). Required.</summary>
    public string Pid { get; set; } = "";
}
