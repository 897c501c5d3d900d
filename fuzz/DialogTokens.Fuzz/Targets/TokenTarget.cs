using System.Text;

namespace DialogTokens.Fuzz.Targets;

/// <summary>
/// The verifier and the reader, on anything reachable from a token string. Each input is tried twice: as the token
/// text itself (size, structure, base64url, header), and signed with the fuzzer's published key, so that the payload
/// reader and the claim, time, issuer and request checks after the signature are reached too. An input holding a
/// line break is signed as <c>header JSON \n payload JSON</c>; otherwise as the payload under the issuer's own header.
/// Contract: <see cref="DialogTokenVerifier.Verify"/> never throws; the cached and uncached verifiers agree; a token
/// the verifier accepts is one the reader reads without error.
/// </summary>
internal sealed class TokenTarget : IFuzzTarget
{
    private const string Issuer = "https://dialogs.example/api/v1";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid DialogId = Guid.Parse("019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b");
    private static readonly DialogAction[] Required = [new("read"), new("write", "urn:altinn:task:Task_1")];

    private readonly DialogTokenSigningKey _key = DialogTokenSigningKey.Import("fuzz-260301-abcde", Enumerable.Repeat((byte)7, 32).ToArray());
    private readonly TimeProvider _clock = new FixedTimeProvider(Now);
    private readonly DialogTokenKeySet _keys;
    private readonly DialogTokenVerifier _verifier;
    private readonly byte[] _header;

    public TokenTarget()
    {
        _keys = new DialogTokenKeySet([_key.PublicKey]);
        _verifier = new DialogTokenVerifier(_keys, Options(cache: false), _clock);
        _header = DialogTokenHeader.Encode(_key.KeyId);
    }

    public string Run(ReadOnlySpan<byte> input)
    {
        var asText = Check(Encoding.UTF8.GetString(input));

        var lineBreak = input.IndexOf((byte)'\n');
        var signed = lineBreak >= 0
            ? CompactJwsWriter.Write(Encoding.ASCII.GetBytes(Base64UrlCanonical.Encode(input[..lineBreak])), input[(lineBreak + 1)..], _key)
            : CompactJwsWriter.Write(_header, input, _key);
        return $"as a token: {asText}; signed: {Check(signed)}";
    }

    private string Check(string token)
    {
        var result = _verifier.Verify(token, DialogId, Required);

        // The cache's path: a first verification fills it, the second answers from it.
        var cached = new DialogTokenVerifier(_keys, Options(cache: true), _clock);
        var first = cached.Verify(token);
        var second = cached.Verify(token, DialogId, Required);
        ContractViolation.ThrowUnless(
            second.IsValid == result.IsValid && second.Error == result.Error,
            $"The cached verifier answered {second} where the uncached one answered {result}.");

        var read = DialogTokenReader.Read(token);
        if (first.IsValid)
        {
            var claims = first.Token.Claims;
            ContractViolation.ThrowUnless(read.Error == DialogTokenError.None && read.Claims is not null, $"A verified token reads as {read.Error}: {read.ErrorDescription}");
            ContractViolation.ThrowUnless(claims.DialogId == read.Claims!.DialogId && claims.Issuer == read.Claims.Issuer, "The verifier and the reader disagree on the claims.");
        }

        return result.ToString();
    }

    private static DialogTokenValidationOptions Options(bool cache) => new()
    {
        Issuer = Issuer,
        CacheVerifiedTokens = cache,
        VerifiedTokenCacheSize = 4,
    };
}
