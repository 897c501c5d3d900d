using BenchmarkDotNet.Running;

// `dotnet run -c Release --project benchmarks/DialogTokens.Benchmarks -- --filter '*'` runs the whole suite.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
