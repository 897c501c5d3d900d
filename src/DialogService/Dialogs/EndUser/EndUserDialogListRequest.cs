using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DialogTokens.DialogService.Dialogs.EndUser;

/// <summary>
/// <c>GET /api/v1/enduser/dialogs</c>'s query, checked: <c>party</c> (repeatable; none means every party the user may
/// act for), <c>limit</c> (1 to <see cref="MaxLimit"/>, default <see cref="DefaultLimit"/>) and
/// <c>continuationToken</c> (the previous page's, as it was, and given to the same user).
/// </summary>
internal sealed record EndUserDialogListRequest(IReadOnlyList<string> Parties, int Limit, DialogListPosition? After)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static bool TryCreate(
        string[]? party,
        string? limit,
        string? continuationToken,
        DialogListTokens tokens,
        string subject,
        [NotNullWhen(true)] out EndUserDialogListRequest? request,
        [NotNullWhen(false)] out Dictionary<string, string[]>? errors)
    {
        request = null;
        errors = [];
        var take = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"Must be a whole number from 1 to {MaxLimit} (was '{UntrustedText.Quote(limit, 20)}')."];
        }

        DialogListPosition? after = null;
        if (continuationToken is not null)
        {
            if (tokens.TryOpen(continuationToken, subject, out var position, out var problem))
            {
                after = position;
            }
            else
            {
                errors["continuationToken"] = [problem];
            }
        }

        if (errors.Count > 0)
        {
            return false;
        }

        errors = null;
        request = new EndUserDialogListRequest(party is { Length: > 0 } ? [.. party.Distinct(StringComparer.Ordinal)] : [], take, after);
        return true;
    }
}
