using DialogTokens.DialogService.Dialogs.ServiceOwner;
using Microsoft.AspNetCore.Http;

namespace DialogTokens.Fuzz.Targets;

/// <summary>
/// The service owner's dialog body, as the create endpoint reads it: <see cref="JsonBody"/> turns the bytes into a
/// <see cref="DialogRequest"/> or a problem, then <see cref="DialogRequestValidator"/> into a validated dialog or a list of
/// errors, once strictly and once with every relaxation on (legacy HTML embeds, http loopback URLs). Contract: one of the
/// two answers, never an exception; a refused request names at least one error.
/// </summary>
internal sealed class DialogRequestTarget : IFuzzTarget
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 8, 30, 0, TimeSpan.Zero);

    private readonly DialogRequestValidator _strict = new(new DialogValidationOptions(), new FixedTimeProvider(Now));
    private readonly DialogRequestValidator _relaxed = new(new DialogValidationOptions { AllowHttpLoopbackUrls = true }, new FixedTimeProvider(Now));

    public string Run(ReadOnlySpan<byte> input)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = input.Length;
        context.Request.Body = new MemoryStream(input.ToArray(), writable: false);

        var read = JsonBody.ReadAsync<DialogRequest>(context.Request, CancellationToken.None).GetAwaiter().GetResult();
        if (!read.TryGetValue(out var request, out var problem))
        {
            ContractViolation.ThrowUnless(request is null, "The body reader answered both a request and a problem.");
            ContractViolation.ThrowUnless(problem.ProblemDetails.Status is >= 400 and < 500, $"A bad body answered {problem.ProblemDetails.Status}.");
            return $"{problem.ProblemDetails.Status} {problem.ProblemDetails.Detail}";
        }

        ContractViolation.ThrowUnless(problem is null, "The body reader answered both a request and a problem.");
        return $"strict: {Validate(_strict, request, allowLegacyHtml: false)}; relaxed: {Validate(_relaxed, request, allowLegacyHtml: true)}";
    }

    private static string Validate(DialogRequestValidator validator, DialogRequest request, bool allowLegacyHtml)
    {
        var valid = validator.TryValidate(request, existing: null, allowLegacyHtml, out var dialog, out var errors);
        ContractViolation.ThrowUnless(
            valid ? dialog is not null && errors.Count == 0 : dialog is null && errors.Count > 0 && errors.Values.All(e => e.Length > 0),
            $"TryValidate answered {valid} with {(dialog is null ? "no dialog" : "a dialog")} and {errors.Count} errors.");
        return valid ? "valid" : string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
    }
}
