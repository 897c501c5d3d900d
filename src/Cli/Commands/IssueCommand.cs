using System.CommandLine;
using DialogTokens.Cli.Input;

namespace DialogTokens.Cli.Commands;

/// <summary><c>issue --key FILE --issuer URL --dialog UUID --party URN --resource URN --actions A ...</c>: the token alone on stdout.</summary>
internal static class IssueCommand
{
    private const string ExamplePerson = "urn:altinn:person:identifier-no:14886498226";
    private const string ExampleOrganization = "urn:altinn:organization:identifier-no:991825827";

    public static Command Create(CliConsole console)
    {
        var key = new Option<string>("--key") { Description = "The private JWK file to sign with (from 'keys new').", HelpName = "FILE", Required = true };
        var issuer = new Option<string>("--issuer")
        {
            Description = $"The issuer (iss), e.g. {OptionValues.ExampleIssuer}.",
            HelpName = "URL",
            Required = true,
            CustomParser = OptionValues.HttpUri,
        };
        var dialog = new Option<Guid>("--dialog") { Description = "The dialog id (i).", HelpName = "UUID", Required = true, CustomParser = OptionValues.DialogId };
        var party = Urn("--party", "The dialog's party (p): who the user acts for.", ExampleOrganization, required: true);
        var resource = Urn("--resource", "The service resource (s).", "urn:altinn:resource:super-simple-service", required: true);
        var actions = new Option<AuthorizedActions>("--actions")
        {
            Description = "The authorized actions (a): ACTION or ACTION,ATTRIBUTE joined by ';', e.g. 'read;write;delete,urn:altinn:task:Task_1'; '' for none.",
            HelpName = "A",
            Required = true,
            CustomParser = OptionValues.AuthorizedActions,
        };
        var authenticatedParty = Urn("--authenticated-party", "Who logged in (c); by default the --party.", ExamplePerson, required: false);
        var level = new Option<int>("--level")
        {
            Description = "The authentication level (l): 0, 3 or 4.",
            HelpName = "0|3|4",
            DefaultValueFactory = _ => 3,
            CustomParser = OptionValues.AuthenticationLevel,
        };
        var supplier = Urn("--supplier", "A supplier organization acting for the consumer (u).", ExampleOrganization, required: false);
        var lifetime = new Option<int>("--lifetime")
        {
            Description = $"Seconds until the token expires; 1 to {(int)DialogTokenIssuerOptions.MaxLifetime.TotalSeconds}.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => (int)DialogTokenIssuerOptions.DefaultLifetime.TotalSeconds,
            CustomParser = r => OptionValues.Seconds(r, 1, (int)DialogTokenIssuerOptions.MaxLifetime.TotalSeconds, example: 600),
        };

        var command = new Command("issue", "Issue a dialog token, printed alone on standard output.")
        {
            key, issuer, dialog, party, resource, actions, authenticatedParty, level, supplier, lifetime,
        };
        command.SetAction(parseResult =>
        {
            var options = new DialogTokenIssuerOptions
            {
                Issuer = parseResult.GetRequiredValue(issuer),
                Lifetime = TimeSpan.FromSeconds(parseResult.GetValue(lifetime)),
            };
            if (options.Validate() is [var first, ..])
            {
                throw new UsageException($"{first} Check --issuer and --lifetime.");
            }

            var partyValue = parseResult.GetRequiredValue(party);
            var descriptor = new DialogTokenDescriptor
            {
                AuthenticatedParty = parseResult.GetValue(authenticatedParty) ?? partyValue,
                SupplierParty = parseResult.GetValue(supplier),
                AuthenticationLevel = parseResult.GetValue(level),
                Party = partyValue,
                ServiceResource = parseResult.GetRequiredValue(resource),
                DialogId = parseResult.GetValue(dialog),
                Actions = parseResult.GetRequiredValue(actions),
            };

            using var signingKey = KeyFiles.ReadPrivateKey(parseResult.GetRequiredValue(key));
            console.Out.WriteLine(new DialogTokenIssuer(signingKey, options, console.Time).Issue(descriptor));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> Urn(string name, string description, string example, bool required) => new(name)
    {
        Description = $"{description} A URN, e.g. {example}.",
        HelpName = "URN",
        Required = required,
        CustomParser = r => OptionValues.Urn(r, example),
    };
}
