using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.DialogService.Authentication;

/// <summary>Maps an <c>acr</c> value to Altinn's authentication level (DESIGN §1, claim <c>l</c>).</summary>
internal static class AcrLevels
{
    public static bool TryGetLevel([NotNullWhen(true)] string? acr, out int level)
    {
        level = acr switch
        {
            "idporten-loa-low" => 0,
            "idporten-loa-substantial" => 3,
            "idporten-loa-high" => 4,
            // ID-porten's older values, Level3 and Level4, and Altinn's level0 style; any case.
            { Length: 6 } when acr.StartsWith("level", StringComparison.OrdinalIgnoreCase) && acr[5] is >= '0' and <= '4' => acr[5] - '0',
            _ => -1,
        };
        return level >= 0;
    }
}
