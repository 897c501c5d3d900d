namespace DialogTokens.Tests.Fuzz;

/// <summary>
/// Inputs on which fuzzing (fuzz/README.md) once broke a contract, kept under Fuzz/&lt;target&gt;/ and fed again to the
/// code they broke. The JWK and JWKS readers answer false with an error for anything; they never throw.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> JwksInputs() => Inputs("jwks");

    [Theory]
    [MemberData(nameof(JwksInputs))]
    public void JwkReaders_RefuseTheInput_WithoutThrowing(string file)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fuzz", "jwks", file));

        Assert.False(DialogTokenJwk.TryReadKeySet(json, out _, out var setError));
        Assert.False(DialogTokenJwk.TryReadPublicKey(json, out _, out var publicError));
        Assert.False(DialogTokenJwk.TryReadPrivateKey(json, out _, out var privateError));
        Assert.All([setError, publicError, privateError], e => Assert.False(string.IsNullOrEmpty(e)));
    }

    private static TheoryData<string> Inputs(string target) =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fuzz", target)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];
}
