using System.Text.Json;

namespace DialogTokens.Tests.Properties;

/// <summary>Random input never throws and never verifies; randomly shaped payloads signed with the real key are judged the same cached or not.</summary>
public sealed class VerifierFuzzPropertyTests
{
    [Fact]
    public void Verify_NeverThrowsOrAccepts_RandomGarbage()
    {
        var seed = Fuzz.NewSeed();
        var random = new Random(seed);
        var verifier = TestTokens.Verifier(configure: o => o.MaxTokenLength = 65_536);

        for (var i = 0; i < 1500; i++)
        {
            var garbage = Fuzz.Garbage(random, random.Next(8) == 0 ? 10_000 : 300);
            AssertRejectedWithoutThrowing(verifier, garbage, $"{Fuzz.Replay(seed)}, iteration {i}");
        }
    }

    [Fact]
    public void Verify_NeverThrowsOrAccepts_RandomJsonInCanonicalParts()
    {
        var seed = Fuzz.NewSeed();
        var random = new Random(seed);
        var verifier = TestTokens.Verifier();

        for (var i = 0; i < 3000; i++)
        {
            var extra = string.Concat(Enumerable.Range(0, random.Next(4)).Select(_ => $",\"{Fuzz.Name(random)}\":{Fuzz.Json(random, 2)}"));
            var header = random.Next(3) == 0
                ? $$"""{"alg":"EdDSA","kid":"{{TestTokens.KeyId}}"{{extra}}}"""
                : Fuzz.Json(random);
            var token = TestTokens.EncodeJson(header) + "." + TestTokens.EncodeJson(Fuzz.MutatedPayload(random)) + "." + Fuzz.EncodedBytes(random, 70);
            AssertRejectedWithoutThrowing(verifier, token, $"{Fuzz.Replay(seed)}, iteration {i}");
        }
    }

    [Fact]
    public void Verify_JudgesRandomSignedPayloads_TheSameCachedOrNot_AndAcceptsOnlyWellFormedClaims()
    {
        var seed = Fuzz.NewSeed();
        var random = new Random(seed);
        var cached = TestTokens.Verifier();
        var uncached = TestTokens.Verifier(configure: o => o.CacheVerifiedTokens = false);
        var accepted = 0;

        for (var i = 0; i < 2000; i++)
        {
            var payload = Fuzz.MutatedPayload(random);
            var token = TestTokens.SignPayload(payload);
            var context = $"{Fuzz.Replay(seed)}, iteration {i}, payload {payload}";
            try
            {
                var first = cached.Verify(token, TestTokens.DialogId, new DialogAction("read"));
                var second = cached.Verify(token, TestTokens.DialogId, new DialogAction("read"));
                var fresh = uncached.Verify(token, TestTokens.DialogId, new DialogAction("read"));
                _ = DialogTokenReader.Read(token);

                Assert.True(first.Error == fresh.Error && second.Error == fresh.Error, $"{context}: cached {first.Error}/{second.Error}, uncached {fresh.Error}.");
                if (fresh.IsValid)
                {
                    accepted++;
                    AssertWellFormed(payload, fresh.Token.Claims, context);
                    Assert.Equal(fresh.Token.Claims.Actions, second.Token.Claims.Actions);
                }
                else
                {
                    Verification.VerifierAssert.DescriptionIsSafe(fresh.ErrorDescription, token);
                }
            }
            catch (Exception e) when (e is not Xunit.Sdk.IAssertionException)
            {
                Assert.Fail($"{context}: threw {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(accepted > 0, $"{Fuzz.Replay(seed)}: no random payload was valid, so acceptance went untested.");
    }

    private static void AssertRejectedWithoutThrowing(DialogTokenVerifier verifier, string token, string context)
    {
        try
        {
            var result = verifier.Verify(token);
            _ = DialogTokenReader.Read(token);

            Assert.False(result.IsValid, $"{context}: random input verified.");
            Verification.VerifierAssert.DescriptionIsSafe(result.ErrorDescription, token);
        }
        catch (Exception e) when (e is not Xunit.Sdk.IAssertionException)
        {
            Assert.Fail($"{context}: threw {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>An oracle independent of our reader: what we accepted, System.Text.Json reads as a dialog token payload.</summary>
    private static void AssertWellFormed(string payload, DialogTokenClaims claims, string context)
    {
        using var document = JsonDocument.Parse(payload);
        var members = document.RootElement.EnumerateObject().ToList();
        Assert.True(members.Count == members.Select(m => m.Name).Distinct().Count(), $"{context}: accepted repeated names.");
        var root = document.RootElement;
        Assert.Equal(root.GetProperty("i").GetGuid(), claims.DialogId);
        Assert.Equal(root.GetProperty("l").GetInt32(), claims.AuthenticationLevel);
        Assert.InRange(claims.AuthenticationLevel, 0, 4);
        Assert.Equal(root.GetProperty("c").GetString(), claims.AuthenticatedParty);
        Assert.Equal(root.GetProperty("exp").GetInt64(), claims.ExpiresAt.ToUnixTimeSeconds());
        Assert.True(claims.ExpiresAt > claims.NotBefore, context);
        Assert.True(claims.Actions.IsGranted("read"), context);
    }
}
