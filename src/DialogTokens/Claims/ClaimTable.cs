namespace DialogTokens;

/// <summary>The claims of a dialog token, in the order of <see cref="ClaimTable.All"/>.</summary>
internal enum Claim
{
    JwtId,
    AuthenticatedParty,
    SystemUserId,
    SystemUserOrganization,
    SupplierParty,
    AuthenticationLevel,
    Party,
    ServiceResource,
    DialogId,
    Actions,
    Issuer,
    IssuedAt,
    NotBefore,
    ExpiresAt,
}

/// <summary>How a claim's value is written in the payload, and read back.</summary>
internal enum ClaimKind
{
    /// <summary>A non-empty JSON string, a URN or a URI.</summary>
    Text,

    /// <summary>A JSON string holding a UUID (<c>D</c> format).</summary>
    Uuid,

    /// <summary>A JSON string holding <see cref="AuthorizedActions"/> (may be empty).</summary>
    Actions,

    /// <summary>A JSON integer from 0 to 4.</summary>
    Level,

    /// <summary>A JSON integer of Unix seconds.</summary>
    Time,
}

/// <summary>One row of <see cref="ClaimTable"/>.</summary>
internal sealed record ClaimDefinition(Claim Claim, string Name, ClaimKind Kind, bool Required, string Meaning)
{
    /// <summary>Whether the value is a JSON string (and so may need unescaping).</summary>
    public bool IsString => Kind is ClaimKind.Text or ClaimKind.Uuid or ClaimKind.Actions;
}

/// <summary>
/// The one table of a dialog token's claims: name, JSON type, whether every token carries it, in Dialogporten's order
/// (<c>DialogTokenGenerator</c> writes them so). The payload reader, the issuer's writer, the ASP.NET principal and the
/// claims table in <c>docs/claims.md</c> all follow it (a test compares the docs with it).
/// </summary>
internal static class ClaimTable
{
    /// <summary>Every claim, in payload order; the index of a row is its <see cref="Claim"/>.</summary>
    public static readonly ClaimDefinition[] All =
    [
        new(Claim.JwtId, DialogTokenClaimNames.JwtId, ClaimKind.Text, Required: true, "token id, a new UUID per token"),
        new(Claim.AuthenticatedParty, DialogTokenClaimNames.AuthenticatedParty, ClaimKind.Text, Required: true, "who logged in"),
        new(Claim.SystemUserId, DialogTokenClaimNames.SystemUserId, ClaimKind.Text, Required: false, "the system user, for system users only"),
        new(Claim.SystemUserOrganization, DialogTokenClaimNames.SystemUserOrganization, ClaimKind.Text, Required: false, "the organization owning the system user"),
        new(Claim.SupplierParty, DialogTokenClaimNames.SupplierParty, ClaimKind.Text, Required: false, "the supplier acting for the consumer"),
        new(Claim.AuthenticationLevel, DialogTokenClaimNames.AuthenticationLevel, ClaimKind.Level, Required: true, "authentication level, 0 to 4"),
        new(Claim.Party, DialogTokenClaimNames.Party, ClaimKind.Text, Required: true, "the dialog's party: who the user acts for"),
        new(Claim.ServiceResource, DialogTokenClaimNames.ServiceResource, ClaimKind.Text, Required: true, "the service resource"),
        new(Claim.DialogId, DialogTokenClaimNames.DialogId, ClaimKind.Uuid, Required: true, "the dialog id"),
        new(Claim.Actions, DialogTokenClaimNames.Actions, ClaimKind.Actions, Required: true, "the permitted actions"),
        new(Claim.Issuer, DialogTokenClaimNames.Issuer, ClaimKind.Text, Required: true, "the issuer"),
        new(Claim.IssuedAt, DialogTokenClaimNames.IssuedAt, ClaimKind.Time, Required: true, "issued at"),
        new(Claim.NotBefore, DialogTokenClaimNames.NotBefore, ClaimKind.Time, Required: true, "not before"),
        new(Claim.ExpiresAt, DialogTokenClaimNames.ExpiresAt, ClaimKind.Time, Required: true, "expires"),
    ];

    /// <summary>The number of claims the table knows.</summary>
    public const int Count = 14;

    // One-letter names by their ASCII code, built from the table: the reader looks every member name up.
    private static readonly Claim?[] ByLetter = BuildLetterIndex();

    public static ClaimDefinition Get(Claim claim) => All[(int)claim];

    public static string Name(Claim claim) => All[(int)claim].Name;

    /// <summary>The claim a JSON member name denotes, or <see langword="null"/> for one the table does not know.</summary>
    public static Claim? Identify(ReadOnlySpan<byte> name)
    {
        if (name.Length == 1)
        {
            return name[0] < ByLetter.Length ? ByLetter[name[0]] : null;
        }

        if (name.Length != 3)
        {
            return null;
        }

        foreach (var row in All)
        {
            if (Matches(name, row.Name))
            {
                return row.Claim;
            }
        }

        return null;
    }

    private static Claim?[] BuildLetterIndex()
    {
        var index = new Claim?[128];
        foreach (var row in All)
        {
            if (row.Name.Length == 1)
            {
                index[row.Name[0]] = row.Claim;
            }
        }

        return index;
    }

    private static bool Matches(ReadOnlySpan<byte> utf8, string ascii)
    {
        if (utf8.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
