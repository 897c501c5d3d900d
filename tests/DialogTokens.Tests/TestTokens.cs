using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Tests;

/// <summary>
/// Keys, a clock and token builders shared by the tests. <see cref="Sign"/> and <see cref="SignPayload"/> sign any
/// header or payload with a real key, so that a test can reach the checks that run after the signature.
/// </summary>
internal static class TestTokens
{
    public const string KeyId = "test-260301-abcde";
    public const string IssuerUri = "https://dialogs.example/api/v1";
    public const string Person = "urn:altinn:person:identifier-no:14886498226";
    public const string Organization = "urn:altinn:organization:identifier-no:991825827";
    public const string ServiceResource = "urn:altinn:resource:super-simple-service";

    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly long NowSeconds = Now.ToUnixTimeSeconds();
    public static readonly Guid DialogId = Guid.Parse("019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b");

    /// <summary>The issuer's key, published in <see cref="KeySet"/>.</summary>
    public static DialogTokenSigningKey Key { get; } = DialogTokenSigningKey.Import(KeyId, Seed(1));

    /// <summary>A second published key of the same issuer.</summary>
    public static DialogTokenSigningKey SecondKey { get; } = DialogTokenSigningKey.Import("test-260301-fghij", Seed(2));

    /// <summary>A key the issuer never published, under the <em>same</em> key id as <see cref="Key"/>: what a forger signs with.</summary>
    public static DialogTokenSigningKey ImpostorKey { get; } = DialogTokenSigningKey.Import(KeyId, Seed(3));

    public static DialogTokenKeySet KeySet { get; } = new([Key.PublicKey, SecondKey.PublicKey]);

    public static FakeTimeProvider Clock() => new(Now);

    public static DialogTokenVerifier Verifier(
        TimeProvider? time = null, IDialogTokenKeySource? keys = null, Action<DialogTokenValidationOptions>? configure = null)
    {
        var options = new DialogTokenValidationOptions { Issuer = IssuerUri };
        configure?.Invoke(options);
        return new DialogTokenVerifier(keys ?? KeySet, options, time ?? Clock());
    }

    /// <summary>The header the issuer writes, as JSON.</summary>
    public static string HeaderJson(string keyId = KeyId) => $$"""{"alg":"EdDSA","typ":"JWT","kid":"{{keyId}}"}""";

    /// <summary>Signs any header JSON and payload JSON with <paramref name="key"/> (default <see cref="Key"/>).</summary>
    public static string Sign(string headerJson, string payloadJson, DialogTokenSigningKey? key = null) =>
        CompactJwsWriter.Write(
            System.Text.Encoding.ASCII.GetBytes(Base64UrlCanonical.Encode(System.Text.Encoding.UTF8.GetBytes(headerJson))),
            System.Text.Encoding.UTF8.GetBytes(payloadJson),
            key ?? Key);

    /// <summary>Signs any payload JSON under the issuer's own header for <paramref name="key"/>.</summary>
    public static string SignPayload(string payloadJson, DialogTokenSigningKey? key = null)
    {
        key ??= Key;
        return CompactJwsWriter.Write(DialogTokenHeader.Encode(key.KeyId), System.Text.Encoding.UTF8.GetBytes(payloadJson), key);
    }

    /// <summary>A valid token for <see cref="DialogId"/> granting <c>read;write</c>, valid at <see cref="Now"/>.</summary>
    public static string Valid() => SignPayload(Payload.Valid().ToString());

    public static DialogTokenDescriptor Descriptor(string actions = "read;write", Guid? dialogId = null) => new()
    {
        AuthenticatedParty = Person,
        AuthenticationLevel = 3,
        Party = Organization,
        ServiceResource = ServiceResource,
        DialogId = dialogId ?? DialogId,
        Actions = AuthorizedActions.Parse(actions),
    };

    public static DialogTokenIssuer NewIssuer(TimeProvider? time = null, DialogTokenSigningKey? key = null) =>
        new(key ?? Key, new DialogTokenIssuerOptions { Issuer = IssuerUri }, time ?? Clock());

    /// <summary>The three dot-separated parts of a token.</summary>
    public static string[] Parts(string token) => token.Split('.');

    public static string WithPart(string token, int index, string part)
    {
        var parts = Parts(token);
        parts[index] = part;
        return string.Join('.', parts);
    }

    public static string DecodePart(string token, int index) =>
        System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(Parts(token)[index]));

    public static string Encode(byte[] bytes) => Base64UrlCanonical.Encode(bytes);

    public static string EncodeJson(string json) => Base64UrlCanonical.Encode(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Deterministic key material, so that a failing test shows the same bytes every run.</summary>
    public static byte[] Seed(byte salt) => [.. Enumerable.Range(0, 32).Select(i => (byte)((i * 37) + salt))];
}
