using System.Diagnostics;

namespace DialogTokens.Cli.Tests;

/// <summary>Runs the built <c>dialogtoken</c> as a real process: <c>dotnet dialogtoken.dll ...</c>.</summary>
internal static class RealProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    // unprivileged: drop to user nobody when running as root (setpriv), so that file permissions apply.
    public static async Task<CliResult> RunAsync(string workingDirectory, string[] args, string stdin = "", bool unprivileged = false)
    {
        var asNobody = unprivileged && Environment.UserName == "root" && !OperatingSystem.IsWindows();
        var start = new ProcessStartInfo(asNobody ? "setpriv" : DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asNobody)
        {
            foreach (var arg in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", DotnetHost()])
            {
                start.ArgumentList.Add(arg);
            }
        }

        start.ArgumentList.Add(CliAssembly());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A guard against a hung child, not a timing assertion.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(Limit);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
            var stderr = process.StandardError.ReadToEndAsync(limit.Token);
            await process.StandardInput.WriteAsync(stdin.AsMemory(), limit.Token);
            process.StandardInput.Close();
            await process.WaitForExitAsync(limit.Token);
            return new CliResult(process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>The CLI as built: the project reference copies it, with its deps and runtimeconfig, next to the tests.</summary>
    private static string CliAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "dialogtoken.dll");
        return File.Exists(path) && File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json"))
            ? path
            : throw new InvalidOperationException($"{path} (and its runtimeconfig.json) was not found; build tests/Cli.Tests, which references src/Cli.");
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Environment.ProcessPath is { } processPath && Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            return processPath;
        }

        var executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        return Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, executable))
            ? Path.Combine(root, executable)
            : "dotnet";
    }
}
