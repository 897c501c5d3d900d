using System.Buffers;
using System.Text.Json;

namespace DialogTokens;

/// <summary>
/// Issues dialog tokens: compact JWS signed with Ed25519, header <c>{"alg":"EdDSA","typ":"JWT","kid":…}</c>, claims in
/// Dialogporten's order (<c>jti c y o u l p s i a iss iat nbf exp</c>), <c>iat = nbf = now</c>, <c>exp = now + lifetime</c>.
/// Thread-safe.
/// </summary>
public sealed class DialogTokenIssuer
{
    [ThreadStatic]
    private static PayloadBuffer? t_buffer;

    private readonly IDialogTokenSigningKeySource _keys;
    private readonly TimeProvider _timeProvider;
    private readonly JsonEncodedText _issuer;
    private readonly long _lifetimeSeconds;

    /// <summary>Creates an issuer.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public DialogTokenIssuer(IDialogTokenSigningKeySource keys, DialogTokenIssuerOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _keys = keys;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _issuer = JsonEncodedText.Encode(options.Issuer);
        _lifetimeSeconds = (long)options.Lifetime.TotalSeconds;
        Issuer = options.Issuer;
    }

    /// <summary>Creates an issuer that signs with one key.</summary>
    public DialogTokenIssuer(DialogTokenSigningKey key, DialogTokenIssuerOptions options, TimeProvider? timeProvider = null)
        : this(new FixedSigningKeySource(key), options, timeProvider)
    {
    }

    /// <summary>The issuer written into <c>iss</c>.</summary>
    public string Issuer { get; }

    /// <summary>Issues a token for <paramref name="descriptor"/>, valid from now for the configured lifetime.</summary>
    /// <exception cref="ArgumentException">The descriptor holds a value that cannot go into a dialog token.</exception>
    public string Issue(DialogTokenDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.ThrowIfInvalid();
        var key = _keys.Current;
        var now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();

        var buffer = t_buffer ??= new PayloadBuffer();
        buffer.Reset();
        WritePayload(buffer.Writer, descriptor, now);
        return CompactJwsWriter.Write(key.EncodedHeader, buffer.Json.WrittenSpan, key);
    }

    private void WritePayload(Utf8JsonWriter writer, DialogTokenDescriptor descriptor, long now)
    {
        // The claim table's order, which is Dialogporten's, with the same default encoder as its System.Text.Json dictionary.
        writer.WriteStartObject();
        foreach (var row in ClaimTable.All)
        {
            switch (row.Claim)
            {
                case Claim.JwtId: writer.WriteString(row.Name, descriptor.JwtId ?? TokenIdGenerator.NewGuid()); break;
                case Claim.AuthenticatedParty: writer.WriteString(row.Name, descriptor.AuthenticatedParty); break;
                case Claim.SystemUserId: WriteIfPresent(writer, row.Name, descriptor.SystemUserId); break;
                case Claim.SystemUserOrganization: WriteIfPresent(writer, row.Name, descriptor.SystemUserOrganization); break;
                case Claim.SupplierParty: WriteIfPresent(writer, row.Name, descriptor.SupplierParty); break;
                case Claim.AuthenticationLevel: writer.WriteNumber(row.Name, descriptor.AuthenticationLevel); break;
                case Claim.Party: writer.WriteString(row.Name, descriptor.Party); break;
                case Claim.ServiceResource: writer.WriteString(row.Name, descriptor.ServiceResource); break;
                case Claim.DialogId: writer.WriteString(row.Name, descriptor.DialogId); break;
                case Claim.Actions: writer.WriteString(row.Name, descriptor.Actions.ToString()); break;
                case Claim.Issuer: writer.WriteString(row.Name, _issuer); break;
                case Claim.IssuedAt: writer.WriteNumber(row.Name, now); break;
                case Claim.NotBefore: writer.WriteNumber(row.Name, now); break;
                case Claim.ExpiresAt: writer.WriteNumber(row.Name, now + _lifetimeSeconds); break;
                default: throw new InvalidOperationException($"The issuer does not write claim '{row.Name}'.");
            }
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>One JSON buffer and writer per thread, reused so that issuing allocates only the token string.</summary>
    private sealed class PayloadBuffer
    {
        public PayloadBuffer() => Writer = new Utf8JsonWriter(Json);

        public ArrayBufferWriter<byte> Json { get; } = new(512);

        public Utf8JsonWriter Writer { get; }

        public void Reset()
        {
            Json.ResetWrittenCount();
            Writer.Reset(Json);
        }
    }
}
