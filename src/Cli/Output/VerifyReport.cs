namespace DialogTokens.Cli.Output;

/// <summary>What <c>verify</c> prints: one line (or one JSON object) saying valid, or which check failed and why.</summary>
internal static class VerifyReport
{
    public static void Write(CliConsole console, DialogTokenValidationResult result, string? checkedIssuer, DateTimeOffset now, bool json)
    {
        if (!result.IsValid)
        {
            if (json)
            {
                JsonOutput.Write(console.Out, w =>
                {
                    w.WriteBoolean("valid", false);
                    w.WriteString("error", result.ErrorCode);
                    w.WriteString("reason", result.ErrorDescription);
                });
            }
            else
            {
                console.Out.WriteLine($"invalid: {result.ErrorCode}: {result.ErrorDescription}");
            }

            return;
        }

        var token = result.Token;
        var claims = token.Claims;
        if (json)
        {
            JsonOutput.Write(console.Out, w =>
            {
                w.WriteBoolean("valid", true);
                w.WriteString("kid", token.KeyId);
                w.WriteString("dialogId", token.DialogId);
                w.WriteString("expiresAt", TimeText.Iso(token.ExpiresAt));
                w.WriteNumber("expiresInSeconds", (long)Math.Floor((token.ExpiresAt - now).TotalSeconds));
                w.WriteBoolean("issuerChecked", checkedIssuer is not null);
                w.WritePropertyName("claims");
                w.WriteRawValue(DialogTokenReader.Read(token.Encoded).PayloadJson!);
            });
            return;
        }

        console.Out.WriteLine(
            $"valid: signed by key '{token.KeyId}', dialog {token.DialogId}, actions '{Printable.Text(claims.Actions.ToString())}', " +
            $"expires {TimeText.Iso(token.ExpiresAt)} ({TimeText.Expiry(token.ExpiresAt, now)})");
        if (checkedIssuer is null)
        {
            console.Error.WriteLine($"note: the issuer was not checked (iss is '{Printable.Text(claims.Issuer)}'); pass --issuer to check it.");
        }
    }
}
