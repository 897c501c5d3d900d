using System.CommandLine;
using DialogTokens.Cli.Input;

namespace DialogTokens.Cli.Commands;

/// <summary><c>keys jwks FILE...</c>: the public JWKS of the keys in these files, on stdout.</summary>
internal static class KeysJwksCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Private or public JWK files (or a JWKS to extend); their public keys are published in this order.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("jwks", "Write the public JWKS (what the issuer publishes) of the keys in these files.") { files };
        command.SetAction(parseResult =>
        {
            var keys = new List<DialogTokenPublicKey>();
            var sources = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in parseResult.GetValue(files) ?? [])
            {
                foreach (var key in KeyFiles.ReadPublicKeys(path))
                {
                    if (!sources.TryAdd(key.KeyId, path))
                    {
                        var where = sources[key.KeyId] == path ? $"twice in '{path}'" : $"in both '{sources[key.KeyId]}' and '{path}'";
                        throw new UsageException($"the key id '{key.KeyId}' is {where}; a JWKS needs unique key ids, so pass each key once.");
                    }

                    keys.Add(key);
                }
            }

            console.Out.WriteLine(DialogTokenJwk.WriteKeySet(keys));
            return ExitCodes.Success;
        });
        return command;
    }
}
