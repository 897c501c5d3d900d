namespace DialogTokens.Cli.Tests;

/// <summary>A new empty directory, deleted with everything in it when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("dialogtoken-cli-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>The full path of <paramref name="name"/> in this directory.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
