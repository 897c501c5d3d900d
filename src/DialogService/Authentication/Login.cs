using System.Diagnostics.CodeAnalysis;

namespace DialogTokens.DialogService.Authentication;

/// <summary>
/// The request's caller as a minimal API handler parameter: <c>(Login&lt;EndUserCaller&gt; login) =&gt; …</c>, read once
/// from the authenticated principal. The policies admit any valid token with the scope; one that names no usable caller
/// (no <c>pid</c>, an unknown <c>acr</c>, no <c>consumer</c>) binds too, as a refusal, so that the endpoint answers it with
/// its own 403 problem inside its span, after the <c>Accept</c> check and before reading a body, rather than the
/// framework answering a bare 400 for a parameter that could not be bound.
/// </summary>
internal sealed class Login<TCaller> where TCaller : struct, ICaller<TCaller>
{
    private readonly TCaller caller;
    private readonly string? refusal;

    private Login(TCaller caller, string? refusal)
    {
        this.caller = caller;
        this.refusal = refusal;
    }

    /// <summary>The caller, or why the token names none (the detail of a 403).</summary>
    public bool TryGetCaller(out TCaller caller, [NotNullWhen(false)] out string? refusal)
    {
        caller = this.caller;
        refusal = this.refusal;
        return refusal is null;
    }

    /// <summary>Binds the parameter from <see cref="HttpContext.User"/>.</summary>
    public static ValueTask<Login<TCaller>> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(TCaller.TryRead(context.User, out var caller, out var problem)
            ? new Login<TCaller>(caller, null)
            : new Login<TCaller>(default, problem));
    }
}
