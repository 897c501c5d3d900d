using DialogTokens.Cli;

// At a terminal, a missing TOKEN argument should be an error, not a silent wait for input.
var stdin = Console.IsInputRedirected ? Console.In : TextReader.Null;
return await DialogTokenCli.RunAsync(args, stdin, Console.Out, Console.Error);
