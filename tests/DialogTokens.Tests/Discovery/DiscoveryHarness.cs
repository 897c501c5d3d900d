using Microsoft.Extensions.Time.Testing;

namespace DialogTokens.Tests.Discovery;

/// <summary>
/// One test's world: a fake clock, a fake issuer on 127.0.0.1 publishing <see cref="TestTokens.Key"/> and
/// <see cref="TestTokens.SecondKey"/>, a discovery over it with the default options (unless a test changes them), a
/// validator, and tokens signed with any key under the issuer's name.
/// </summary>
internal sealed class DiscoveryHarness : IAsyncDisposable
{
    /// <summary>A key the issuer publishes only when a test rotates to it.</summary>
    public static readonly DialogTokenSigningKey RotatedKey = DialogTokenSigningKey.Import("test-260402-klmno", TestTokens.Seed(4));

    private readonly List<DialogTokenKeyDiscovery> _discoveries = [];

    private DiscoveryHarness(FakeTimeProvider clock, FakeIssuer issuer)
    {
        Clock = clock;
        Issuer = issuer;
    }

    public FakeTimeProvider Clock { get; }

    public FakeIssuer Issuer { get; }

    public HttpClient Http { get; } = new();

    public RecordingLogger Log { get; } = new();

    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<DiscoveryHarness> StartAsync(params DialogTokenSigningKey[] published)
    {
        var clock = TestTokens.Clock();
        DialogTokenSigningKey[] keys = published.Length > 0 ? published : [TestTokens.Key, TestTokens.SecondKey];
        return new DiscoveryHarness(clock, await FakeIssuer.StartAsync(clock, keys.Select(k => k.PublicKey)));
    }

    public DialogTokenKeyDiscoveryOptions Options(Uri? authority = null) => new() { Authority = authority ?? Issuer.BaseUri };

    public DialogTokenKeyDiscovery Discovery(Action<DialogTokenKeyDiscoveryOptions>? configure = null, Uri? authority = null)
    {
        var options = Options(authority);
        configure?.Invoke(options);
        var discovery = new DialogTokenKeyDiscovery(Http, options, Clock, Log);
        _discoveries.Add(discovery);
        return discovery;
    }

    public DialogTokenValidator Validator(DialogTokenKeyDiscovery discovery) => new(discovery, timeProvider: Clock);

    /// <summary>A valid token for <see cref="TestTokens.DialogId"/> granting <c>read;write</c>, signed by <paramref name="key"/> now.</summary>
    public string Token(DialogTokenSigningKey? key = null) =>
        new DialogTokenIssuer(key ?? TestTokens.Key, new DialogTokenIssuerOptions { Issuer = Issuer.Issuer }, Clock).Issue(TestTokens.Descriptor());

    /// <summary>A token naming a key id the issuer never published: what a forger sends.</summary>
    public static string ForgedToken() =>
        TestTokens.Sign(TestTokens.HeaderJson("forged-" + Guid.NewGuid().ToString("N")), Payload.Valid().ToString());

    public static Task<DialogTokenValidationResult> VerifyAsync(DialogTokenValidator validator, string token) =>
        validator.VerifyAsync(token, TestTokens.DialogId, [new DialogAction("read")], Cancellation).AsTask();

    public async ValueTask DisposeAsync()
    {
        foreach (var discovery in _discoveries)
        {
            await discovery.DisposeAsync();
        }

        await Issuer.DisposeAsync();
        Http.Dispose();
    }
}
