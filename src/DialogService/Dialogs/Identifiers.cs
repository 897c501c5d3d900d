namespace DialogTokens.DialogService.Dialogs;

/// <summary>Norwegian identifiers with their mod 11 check digits, as Dialogporten validates them.</summary>
internal static class Identifiers
{
    private static readonly int[] PersonWeights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] PersonWeights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly int[] OrganizationWeights = [3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>An 11-digit national identity number (fødselsnummer or d-number) with both check digits right.</summary>
    public static bool IsPersonIdentifier(ReadOnlySpan<char> value) =>
        value.Length == 11 && AllDigits(value)
        && CheckDigit(value, PersonWeights1) == value[9] - '0'
        && CheckDigit(value, PersonWeights2) == value[10] - '0';

    /// <summary>A 9-digit organization number with its check digit right.</summary>
    public static bool IsOrganizationNumber(ReadOnlySpan<char> value) =>
        value.Length == 9 && AllDigits(value) && CheckDigit(value, OrganizationWeights) == value[8] - '0';

    private static bool AllDigits(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange('0', '9');

    // Weighted sum mod 11; a remainder of 1 gives 10, which no valid number has (-1 never matches a digit).
    private static int CheckDigit(ReadOnlySpan<char> value, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (value[i] - '0') * weights[i];
        }

        var digit = 11 - (sum % 11);
        return digit switch
        {
            11 => 0,
            10 => -1,
            _ => digit,
        };
    }
}
