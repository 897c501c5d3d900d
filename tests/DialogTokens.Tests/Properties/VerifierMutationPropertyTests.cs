using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Tests.Properties;

/// <summary>
/// No edit of a valid token verifies unless the result is a token that was issued (the same one, or another rebuilt
/// from all of its parts), and nothing throws: canonical base64url, strict JSON and Ed25519 leave a token one spelling.
/// </summary>
public sealed class VerifierMutationPropertyTests
{
    private const int Tokens = 40;
    private const int MutationsPerToken = 250;

    private static readonly string[] Actions =
    [
        "read", "write", "delete,urn:altinn:task:Task_1", "transmissionread,urn:altinn:subresource:sub1", "sign", "write,foo",
        "read,urn:altinn:resource:other-svc", "elementread,urn:altinn:subresource:autorisasjonsattributt1",
    ];

    [Fact]
    public void Verify_RejectsEveryMutationOfIssuedTokens_ThatIsNotItselfAnIssuedToken_AndNeverThrows()
    {
        var seed = Fuzz.NewSeed();
        var random = new Random(seed);
        var issuers = new[] { TestTokens.NewIssuer(), TestTokens.NewIssuer(key: TestTokens.SecondKey) };
        var verifier = TestTokens.Verifier();
        var tokens = Enumerable.Range(0, Tokens).Select(_ => issuers[random.Next(2)].Issue(RandomDescriptor(random))).ToList();

        foreach (var token in tokens)
        {
            Assert.True(verifier.Verify(token).IsValid, $"{Fuzz.Replay(seed)}: an issued token does not verify.");
        }

        var checkedCount = RejectsMutations(tokens, tokens, verifier, random, seed);

        Assert.True(checkedCount >= Tokens * MutationsPerToken * 9 / 10, $"{Fuzz.Replay(seed)}: only {checkedCount} mutations differed.");
    }

    [Fact]
    public void Verify_RejectsEveryMutationOfTheRealDialogportenToken_AndNeverThrows()
    {
        var seed = Fuzz.NewSeed();
        var vector = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestVectors", "dialogporten-tt02.json"))).RootElement;
        Assert.True(DialogTokenJwk.TryReadKeySet(vector.GetProperty("jwks").GetRawText(), out var keys, out var error), error);
        var verifier = new DialogTokenVerifier(keys, timeProvider: new FakeTimeProvider(vector.GetProperty("validAt").GetDateTimeOffset()));
        var token = vector.GetProperty("token").GetString()!;
        Assert.True(verifier.Verify(token).IsValid);

        // Parts of our own tokens are the donors too: a foreign header, payload or signature must not help.
        var differed = RejectsMutations([token], [token, TestTokens.Valid()], verifier, new Random(seed), seed);

        Assert.True(differed >= MutationsPerToken * 9 / 10, $"{Fuzz.Replay(seed)}: only {differed} mutations differed.");
    }

    /// <summary>
    /// Mutates the originals; a result may verify only when it <em>is</em> one of them (unchanged, or another original
    /// rebuilt by swapping in all of its parts), and then it must. Returns how many results were new strings.
    /// </summary>
    private static int RejectsMutations(List<string> originals, List<string> donors, DialogTokenVerifier verifier, Random random, int seed)
    {
        var issued = originals.ToHashSet(StringComparer.Ordinal);
        var differed = 0;
        for (var i = 0; i < originals.Count * MutationsPerToken; i++)
        {
            var original = originals[i % originals.Count];
            var mutated = Mutations.Apply(original, random, donors, out var applied);
            DialogTokenValidationResult result;
            try
            {
                result = verifier.Verify(mutated);
                _ = DialogTokenReader.Read(mutated);
            }
            catch (Exception e)
            {
                Assert.Fail($"{Fuzz.Replay(seed)}, iteration {i}, {applied}: threw {e.GetType().Name}: {e.Message}");
                throw;
            }

            if (issued.Contains(mutated))
            {
                Assert.True(result.IsValid, $"{Fuzz.Replay(seed)}, iteration {i}: an issued token was rejected: {result}");
                continue;
            }

            differed++;
            Assert.False(result.IsValid, $"{Fuzz.Replay(seed)}, iteration {i}, {applied}: a token that was never issued verified.");
            Assert.NotEqual(DialogTokenError.None, result.Error);
            Verification.VerifierAssert.DescriptionIsSafe(result.ErrorDescription, mutated);
        }

        return differed;
    }

    private static DialogTokenDescriptor RandomDescriptor(Random random)
    {
        // Everything comes from the seeded random, so that a seed replays the same tokens.
        var systemUser = random.Next(4) == 0;
        return new DialogTokenDescriptor
        {
            JwtId = RandomGuid(random),
            AuthenticatedParty = systemUser ? TestTokens.Organization : $"urn:altinn:person:identifier-no:{random.NextInt64(10_000_000_000, 99_999_999_999)}",
            SystemUserId = systemUser ? $"urn:altinn:systemuser:uuid:{RandomGuid(random)}" : null,
            SystemUserOrganization = systemUser ? TestTokens.Organization : null,
            SupplierParty = random.Next(5) == 0 ? "urn:altinn:organization:identifier-no:313725138" : null,
            AuthenticationLevel = new[] { 0, 3, 4 }[random.Next(3)],
            Party = random.Next(2) == 0 ? TestTokens.Organization : "urn:altinn:person:identifier-no:14886498226",
            ServiceResource = $"urn:altinn:resource:svc-{random.Next(1000)}",
            DialogId = RandomGuid(random),
            Actions = AuthorizedActions.Parse(string.Join(';', Actions.Where(_ => random.Next(2) == 0))),
        };
    }

    private static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
