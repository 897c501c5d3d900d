namespace DialogTokens;

/// <summary>How dialog tokens are issued.</summary>
public sealed class DialogTokenIssuerOptions
{
    /// <summary>The default lifetime: 600 s, as Dialogporten.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(600);

    /// <summary>The longest lifetime allowed: one hour. A dialog token is meant to be short-lived.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// The issuer (<c>iss</c>): the dialog service's base URI plus <c>/api/v1</c>, e.g.
    /// <c>https://platform.altinn.no/dialogporten/api/v1</c>. Required; an absolute http(s) URI.
    /// </summary>
    public string Issuer { get; set; } = "";

    /// <summary>How long a token is valid. Default 600 s; from 1 s to <see cref="MaxLifetime"/>, whole seconds.</summary>
    public TimeSpan Lifetime { get; set; } = DefaultLifetime;

    /// <summary>Every problem with these options, all at once; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(Issuer, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            problems.Add($"Issuer must be an absolute http(s) URI (was '{Issuer}').");
        }

        if (Lifetime < TimeSpan.FromSeconds(1) || Lifetime > MaxLifetime || Lifetime.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            problems.Add($"Lifetime must be whole seconds from 1 s to {MaxLifetime.TotalSeconds} s (was {Lifetime}).");
        }

        return problems;
    }

    internal void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid dialog token issuer options: " + string.Join(" ", problems));
        }
    }
}
