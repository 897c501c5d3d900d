namespace DialogTokens.Authorization;

/// <summary>Altinn's role codes as the context handler adds them to a request.</summary>
internal static class RoleCodes
{
    /// <summary>
    /// The role a person holds for their own party. Altinn's register gives it the code PRIV ("privatperson"); Altinn's
    /// test fixtures list it for the user's own party, and app policies match it as <c>priv</c>.
    /// </summary>
    public const string Self = "PRIV";

    /// <summary>
    /// The key roles of a main unit (general manager, chair, sole proprietor, general partners, managing owner):
    /// whoever holds one for a main unit acts for its sub-units as well.
    /// </summary>
    public static readonly IReadOnlySet<string> KeyRoles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "DAGL", "LEDE", "INNH", "DTPR", "DTSO", "BEST",
    };

    /// <summary>
    /// Each code as stored and in lower and upper case. Role codes are case-insensitive in Altinn, but its policies
    /// compare them with both string-equal (app policies write <c>dagl</c>) and string-equal-ignore-case (resource
    /// policies write <c>DAGL</c>), and Altinn's engine compares string-equal exactly.
    /// </summary>
    public static IEnumerable<string> WithCaseVariants(IEnumerable<string> codes) =>
        codes.SelectMany(c => new[] { c, c.ToLowerInvariant(), c.ToUpperInvariant() }).Distinct(StringComparer.Ordinal);
}
