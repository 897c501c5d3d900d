using System.CommandLine;
using DialogTokens.Cli.Input;

namespace DialogTokens.Cli.Commands;

/// <summary><c>keys new [--kid KID] [--out FILE] [--force]</c>: a new Ed25519 private JWK, to a mode-600 file or to stdout.</summary>
internal static class KeysNewCommand
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static Command Create(CliConsole console)
    {
        var kid = new Option<string>("--kid")
        {
            Description = "The key id; by default dt-<yyMMdd>-<5 random characters>.",
            CustomParser = OptionValues.KeyId,
        };
        var output = new Option<string>("--out")
        {
            Description = "Write the private JWK to this file (mode 600) instead of standard output.",
            HelpName = "FILE",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite the --out file if it exists." };

        var command = new Command("new", "Make a new Ed25519 signing key, as a private JWK.") { kid, output, force };
        command.SetAction(parseResult =>
        {
            using var key = DialogTokenSigningKey.Generate(parseResult.GetValue(kid), console.Time);
            var path = parseResult.GetValue(output);
            if (path is null)
            {
                console.Out.WriteLine(DialogTokenJwk.WritePrivateKey(key));
                return ExitCodes.Success;
            }

            WritePrivateFile(path, DialogTokenJwk.WritePrivateKey(key) + "\n", parseResult.GetValue(force));
            console.Error.WriteLine($"wrote private key '{key.KeyId}' to {path} (mode 600); publish it with: {DialogTokenCli.Name} keys jwks {path} > jwks.json");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Creates the file readable by its owner only from the first byte; never writes a secret into a wider file.</summary>
    private static void WritePrivateFile(string path, string contents, bool force)
    {
        var options = new FileStreamOptions { Mode = force ? FileMode.Create : FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var stream = new FileStream(path, options);
            if (!OperatingSystem.IsWindows())
            {
                // UnixCreateMode applies only to a new file; an overwritten one keeps its mode unless narrowed here,
                // before anything is written.
                File.SetUnixFileMode(stream.SafeFileHandle, OwnerOnly);
            }

            using var writer = new StreamWriter(stream);
            writer.Write(contents);
        }
        catch (IOException) when (!force && File.Exists(path))
        {
            throw new UsageException($"'{path}' already exists; pass --force to overwrite it, or choose another --out file.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message} Check the path and its permissions.");
        }
    }
}
