using System.Text;

namespace DialogTokens.Fuzz.Targets;

/// <summary>
/// The JWK and JWKS readers. Contract: <c>TryRead…</c> never throws, and returns either a value or an error; a key set
/// that was read writes back to a JWKS that reads to the same keys; a verifier over it never throws.
/// </summary>
internal sealed class JwksTarget : IFuzzTarget
{
    private const string Token =
        "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCIsImtpZCI6ImRwLXN0YWdpbmctMjQwMzIyLW81eW1uIn0.eyJqdGkiOiIzOGNmZGNiOS0zODhiLTQ3YjgtYTFiZi05ZjE1YjI4MTk4OTQiLCJjIjoidXJuOmFsdGlubjpwZXJzb246aWRlbnRpZmllci1ubzoxNDg4NjQ5ODIyNiIsImwiOjMsInAiOiJ1cm46YWx0aW5uOnBlcnNvbjppZGVudGlmaWVyLW5vOjE0ODg2NDk4MjI2IiwicyI6InVybjphbHRpbm46cmVzb3VyY2U6ZGFnbC1jb3JyZXNwb25kZW5jZSIsImkiOiIwMTk0ZmU4Mi05MjgwLTc3YTUtYTdjZC01ZmYwZTZhNmZhMDciLCJhIjoicmVhZCIsImlzcyI6Imh0dHBzOi8vcGxhdGZvcm0udHQwMi5hbHRpbm4ubm8vZGlhbG9ncG9ydGVuL2FwaS92MSIsImlhdCI6MTczOTUyMzM2NywibmJmIjoxNzM5NTIzMzY3LCJleHAiOjE3Mzk1MjM5Njd9.O_f-RJhRPT7B76S7aOGw6jfxKDki3uJQLLC8nVlcNVJWFIOQUsy6gU4bG1ZdqoMBZPvb2K2X4I5fGpHW9dQMAA";

    private readonly TimeProvider _clock = new FixedTimeProvider(new DateTimeOffset(2025, 2, 14, 9, 0, 0, TimeSpan.Zero));

    public string Run(ReadOnlySpan<byte> input)
    {
        var json = Encoding.UTF8.GetString(input);
        var outcome = new List<string>(3);

        if (DialogTokenJwk.TryReadKeySet(json, out var keySet, out var error))
        {
            ContractViolation.ThrowUnless(
                DialogTokenJwk.TryReadKeySet(DialogTokenJwk.WriteKeySet(keySet), out var again, out var againError)
                    && again.Count == keySet.Count && keySet.All(k => again.Contains(k)),
                $"A key set that was read does not read back from what it writes: {againError}");
            var verified = new DialogTokenVerifier(keySet, timeProvider: _clock).Verify(Token);
            outcome.Add($"key set of {keySet.Count}, tt02 token {verified}");
        }
        else
        {
            ContractViolation.ThrowUnless(!string.IsNullOrEmpty(error), "TryReadKeySet failed without saying why.");
            outcome.Add($"key set: {error}");
        }

        if (DialogTokenJwk.TryReadPublicKey(json, out var publicKey, out error))
        {
            ContractViolation.ThrowUnless(
                DialogTokenJwk.TryReadPublicKey(DialogTokenJwk.WritePublicKey(publicKey), out var again, out _) && again.Equals(publicKey),
                "A public key that was read does not read back from what it writes.");
            outcome.Add($"public key {publicKey.KeyId}");
        }
        else
        {
            ContractViolation.ThrowUnless(!string.IsNullOrEmpty(error), "TryReadPublicKey failed without saying why.");
            outcome.Add($"public key: {error}");
        }

        if (DialogTokenJwk.TryReadPrivateKey(json, out var privateKey, out error))
        {
            using (privateKey)
            {
                ContractViolation.ThrowUnless(publicKey is not null && privateKey.PublicKey.Equals(publicKey), "A private key reads, but its public half does not.");
                outcome.Add($"private key {privateKey.KeyId}");
            }
        }
        else
        {
            ContractViolation.ThrowUnless(!string.IsNullOrEmpty(error), "TryReadPrivateKey failed without saying why.");
            outcome.Add($"private key: {error}");
        }

        return string.Join("; ", outcome);
    }
}
