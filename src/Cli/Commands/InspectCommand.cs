using System.CommandLine;
using DialogTokens.Cli.Input;
using DialogTokens.Cli.Output;

namespace DialogTokens.Cli.Commands;

/// <summary><c>inspect [TOKEN | -] [--json]</c>: what a token says, decoded, without verifying it.</summary>
internal static class InspectCommand
{
    public static Command Create(CliConsole console)
    {
        var token = TokenInput.CreateArgument();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };

        var command = new Command("inspect", $"Decode a token's header, claims, times and actions ({InspectText.NotVerified}; use verify for that).") { token, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var read = DialogTokenReader.Read(await TokenInput.ReadAsync(parseResult.GetValue(token), console.In, cancellationToken));
            var now = console.Time.GetUtcNow();
            if (read.Claims is not { } claims || read.Error != DialogTokenError.None)
            {
                WriteUnreadable(console.Out, read, parseResult.GetValue(json));
                return ExitCodes.Invalid;
            }

            if (parseResult.GetValue(json))
            {
                WriteJson(console.Out, read, claims, now);
            }
            else
            {
                InspectText.Write(console.Out, read, claims, now);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteUnreadable(TextWriter output, DialogTokenReadResult read, bool json)
    {
        if (json)
        {
            JsonOutput.Write(output, w =>
            {
                w.WriteBoolean("readable", false);
                w.WriteString("error", read.Error.ToCode());
                w.WriteString("reason", read.ErrorDescription);
            });
            return;
        }

        output.WriteLine($"unreadable: {read.Error.ToCode()}: {read.ErrorDescription}");
        if (read.HeaderJson is not null)
        {
            output.WriteLine($"header, as decoded:  {Printable.Text(read.HeaderJson)}");
        }

        if (read.PayloadJson is not null)
        {
            output.WriteLine($"payload, as decoded: {Printable.Text(read.PayloadJson)}");
        }
    }

    private static void WriteJson(TextWriter output, DialogTokenReadResult read, DialogTokenClaims claims, DateTimeOffset now) =>
        JsonOutput.Write(output, w =>
        {
            w.WriteBoolean("readable", true);
            w.WriteBoolean("signatureVerified", false);
            w.WritePropertyName("header");
            w.WriteRawValue(read.HeaderJson!);
            w.WritePropertyName("claims");
            w.WriteRawValue(read.PayloadJson!);
            w.WriteString("kid", read.KeyId);
            w.WriteString("dialogId", claims.DialogId);
            JsonOutput.WriteTimes(w, claims, now);
            w.WriteBoolean("expired", claims.ExpiresAt <= now);
            JsonOutput.WriteActions(w, claims.Actions);
        });
}
