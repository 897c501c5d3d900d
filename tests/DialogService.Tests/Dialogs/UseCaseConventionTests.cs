using System.Reflection;
using DialogTokens.DialogService.Dialogs.EndUser;
using DialogTokens.DialogService.Dialogs.ServiceOwner;

namespace DialogTokens.DialogService.Tests.Dialogs;

/// <summary>The use cases stay below the edge: nothing they take or answer is an ASP.NET Core type (no IResult, no HttpContext).</summary>
public sealed class UseCaseConventionTests
{
    public static readonly TheoryData<Type> UseCases =
    [
        typeof(GetDialog), typeof(ListDialogs), typeof(CreateDialog), typeof(GetServiceOwnerDialog), typeof(ReplaceDialog), typeof(DeleteDialog),
    ];

    [Theory]
    [MemberData(nameof(UseCases))]
    public void UseCase_TakesAndAnswers_NoAspNetCoreType(Type useCase)
    {
        var run = Assert.Single(useCase.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly));
        var result = Assert.Single(run.ReturnType.GetGenericArguments());
        var cases = result.GetNestedTypes().Where(t => t.IsSubclassOf(result)).ToList();
        Assert.NotEmpty(cases);

        var seen = useCase.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
            .Concat(run.GetParameters().Select(p => p.ParameterType))
            .Concat(cases.SelectMany(c => c.GetProperties()).Select(p => p.PropertyType));
        Assert.All(seen, type => Assert.False(
            type.Assembly.GetName().Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal),
            $"{useCase.Name} uses {type}, an ASP.NET Core type: map to HTTP at the endpoint."));
    }

    [Theory]
    [MemberData(nameof(UseCases))]
    public void UseCase_AnswersAClosedResult(Type useCase)
    {
        var result = useCase.GetMethod("RunAsync")!.ReturnType.GetGenericArguments()[0];

        // Closed: abstract with only a private constructor (besides the record's copy constructor), so the sealed cases
        // nested in it are all there are.
        Assert.True(result.IsAbstract);
        var constructors = result.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => c.GetParameters() is not [{ } only] || only.ParameterType != result);
        Assert.All(constructors, c => Assert.True(c.IsPrivate, $"{result.Name} has a non-private constructor."));
        Assert.All(result.GetNestedTypes().Where(t => t.IsSubclassOf(result)), c => Assert.True(c.IsSealed));
    }
}
