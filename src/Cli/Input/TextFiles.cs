namespace DialogTokens.Cli.Input;

/// <summary>Reads small text files (keys, key sets), turning every failure into a usage error that names the file.</summary>
internal static class TextFiles
{
    // Keys and key sets are a few hundred bytes; anything this large is the wrong file.
    private const long MaxLength = 1 << 20;

    public static string Read(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{what} '{path}' is a directory; pass the file.");
        }

        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxLength)
            {
                throw new UsageException($"{what} '{path}' is {info.Length} bytes, too large to be one; check the path.");
            }

            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"{what} '{path}' does not exist; check the path.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {what} '{path}': permission denied; check the file's permissions.");
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot read {what} '{path}': {e.Message}");
        }
    }
}
