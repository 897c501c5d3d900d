using System.Text.Json;

namespace DialogTokens.Cli.Output;

/// <summary>The text that <c>inspect</c> prints: header, one claim per line with its meaning, times, actions.</summary>
internal static class InspectText
{
    public const string NotVerified = "signature NOT verified";

    public static void Write(TextWriter output, DialogTokenReadResult read, DialogTokenClaims claims, DateTimeOffset now)
    {
        output.WriteLine($"{NotVerified}: this shows what the token says, not whether to trust it; check it with '{DialogTokenCli.Name} verify'.");
        output.WriteLine();
        output.WriteLine("header");
        output.WriteLine($"  {Printable.Text(read.HeaderJson)}");
        output.WriteLine();
        output.WriteLine("claims");
        using (var payload = JsonDocument.Parse(read.PayloadJson!))
        {
            foreach (var claim in payload.RootElement.EnumerateObject())
            {
                output.WriteLine($"  {Printable.Text(claim.Name),-4} {ClaimText.Meaning(claim.Name),-37} {Printable.Text(Value(claim, claims, now))}");
            }
        }

        output.WriteLine();
        output.WriteLine("times");
        output.WriteLine($"  now      {TimeText.Iso(now)}");
        output.WriteLine($"  status   {Status(claims, now)}");
        output.WriteLine();
        output.WriteLine("actions");
        if (claims.Actions.Count == 0)
        {
            output.WriteLine("  (none: the token authorizes no action)");
        }

        foreach (var action in claims.Actions)
        {
            output.WriteLine($"  {Printable.Text(ClaimText.Action(action))}");
        }
    }

    private static string Value(JsonProperty claim, DialogTokenClaims claims, DateTimeOffset now) => claim.Name switch
    {
        DialogTokenClaimNames.AuthenticationLevel => ClaimText.AuthenticationLevel(claims.AuthenticationLevel),
        DialogTokenClaimNames.Actions => claims.Actions.Count == 0 ? "\"\" (none)" : claim.Value.GetString()!,
        DialogTokenClaimNames.IssuedAt => $"{TimeText.Iso(claims.IssuedAt)} ({claim.Value.GetRawText()})",
        DialogTokenClaimNames.NotBefore => $"{TimeText.Iso(claims.NotBefore)} ({claim.Value.GetRawText()})",
        DialogTokenClaimNames.ExpiresAt => $"{TimeText.Iso(claims.ExpiresAt)} ({claim.Value.GetRawText()}), {TimeText.Expiry(claims.ExpiresAt, now)}",
        _ => claim.Value.ValueKind == JsonValueKind.String ? claim.Value.GetString()! : claim.Value.GetRawText(),
    };

    private static string Status(DialogTokenClaims claims, DateTimeOffset now) =>
        claims.NotBefore > now
            ? $"not yet valid: valid in {TimeText.Duration(claims.NotBefore - now)}, then {TimeText.Expiry(claims.ExpiresAt, now)}"
            : TimeText.Expiry(claims.ExpiresAt, now);
}
