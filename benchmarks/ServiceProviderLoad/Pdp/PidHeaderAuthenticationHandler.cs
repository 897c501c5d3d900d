using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DialogTokens.Benchmarks.ServiceProviderLoad.Pdp;

/// <summary>Options of <see cref="PidHeaderAuthenticationHandler"/> (none of its own).</summary>
internal sealed class PidHeaderAuthenticationOptions : AuthenticationSchemeOptions;

/// <summary>
/// "The provider already knows the user": the person from an <c>X-Pid</c> header (11 digits), at authentication level
/// 3. Stands in for the provider's own session, and deliberately costs next to nothing, so that the <c>/pdp</c>
/// endpoint measures the policy decision point round trip, not a second token check.
/// </summary>
internal sealed class PidHeaderAuthenticationHandler(
    IOptionsMonitor<PidHeaderAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<PidHeaderAuthenticationOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Pid";
    public const string PidClaim = "pid";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var pid = Request.Headers[HeaderName].ToString();
        if (pid.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (pid.Length != 11 || !pid.All(char.IsAsciiDigit))
        {
            return Task.FromResult(AuthenticateResult.Fail("X-Pid must be 11 digits."));
        }

        var identity = new ClaimsIdentity([new Claim(PidClaim, pid)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
