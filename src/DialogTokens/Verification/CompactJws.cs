namespace DialogTokens;

/// <summary>The three parts of a compact JWS (RFC 7515 §7.1), as slices of the token; nothing is copied.</summary>
internal readonly ref struct CompactJws
{
    /// <summary>The longest header accepted, in characters: a dialog token's header is under 100.</summary>
    public const int MaxHeaderLength = 1024;

    public const int SignatureLength = 64;

    private CompactJws(ReadOnlySpan<char> token, int firstDot, int secondDot)
    {
        Header = token[..firstDot];
        Payload = token[(firstDot + 1)..secondDot];
        Signature = token[(secondDot + 1)..];
        SigningInput = token[..secondDot];
    }

    public ReadOnlySpan<char> Header { get; }

    public ReadOnlySpan<char> Payload { get; }

    public ReadOnlySpan<char> Signature { get; }

    /// <summary><c>header.payload</c>, what the signature covers (RFC 7515 §5.1).</summary>
    public ReadOnlySpan<char> SigningInput { get; }

    /// <summary>Splits at exactly two dots; the header and the payload must not be empty (the signature may be, so that <c>alg</c> can be judged first).</summary>
    public static bool TrySplit(ReadOnlySpan<char> token, out CompactJws jws)
    {
        jws = default;
        var first = token.IndexOf('.');
        if (first <= 0)
        {
            return false;
        }

        var second = token[(first + 1)..].IndexOf('.');
        if (second <= 0)
        {
            return false;
        }

        second += first + 1;
        if (token[(second + 1)..].Contains('.'))
        {
            return false;
        }

        jws = new CompactJws(token, first, second);
        return true;
    }
}
