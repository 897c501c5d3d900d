namespace DialogTokens.IdentityProvider;

/// <summary>Shape checks for Norwegian identifiers (digits only; no checksum, test numbers vary).</summary>
internal static class Identifiers
{
    public static bool IsPid(string? value) => IsDigits(value, 11);

    public static bool IsOrgNo(string? value) => IsDigits(value, 9);

    private static bool IsDigits(string? value, int length) =>
        value is not null && value.Length == length && value.All(char.IsAsciiDigit);
}
