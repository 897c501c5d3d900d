namespace DialogTokens.Authorization;

/// <summary>The formats of the identifiers in Norway's registers, as the store and the seed check them.</summary>
internal static class PartyIdentifiers
{
    /// <summary>An organization number: exactly 9 digits.</summary>
    public static bool IsOrganizationNumber(string? value) => IsDigits(value, 9);

    /// <summary>A national identity number (fødselsnummer or d-number): exactly 11 digits.</summary>
    public static bool IsPersonIdentifier(string? value) => IsDigits(value, 11);

    private static bool IsDigits(string? value, int length) => value is not null && value.Length == length && value.All(char.IsAsciiDigit);
}
