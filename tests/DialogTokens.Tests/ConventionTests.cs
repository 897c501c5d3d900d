using System.Reflection;

namespace DialogTokens.Tests;

/// <summary>The architecture and API conventions of STYLE.md, kept by tests rather than by review.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(DialogTokenVerifier).Assembly;

    private static readonly Type[] PublicTypes = [.. Library.GetExportedTypes()];

    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Npgsql")]
    [InlineData("Microsoft.Data.Sqlite")]
    public void Library_DoesNotReferenceHostingOrPersistence(string prefix)
    {
        var references = Library.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.DoesNotContain(references, name => name.StartsWith(prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Library_HasPublicTypes() => Assert.NotEmpty(PublicTypes);

    [Fact]
    public void PublicTypes_AreSealedStaticInterfaceEnumOrStruct()
    {
        var open = PublicTypes.Where(t => !(t.IsInterface || t.IsEnum || t.IsValueType || t.IsSealed)).Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_AreInTheDialogTokensNamespace()
    {
        var elsewhere = PublicTypes.Where(t => t.Namespace != "DialogTokens").Select(t => t.FullName);

        Assert.Empty(elsewhere);
    }

    [Fact]
    public void PublicOptions_ValidateThemselves_ReportingEveryProblem()
    {
        var options = PublicTypes.Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(options);

        Assert.All(options, type =>
        {
            var validate = type.GetMethod("Validate", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            Assert.True(validate is not null, $"{type.Name} has no public Validate().");
            Assert.Equal(typeof(IReadOnlyList<string>), validate.ReturnType);
            Assert.NotNull(type.GetConstructor(Type.EmptyTypes));
        });
    }

    [Fact]
    public void PublicTypes_AreNotNested()
    {
        var nested = PublicTypes.Where(t => t.IsNested).Select(t => t.FullName);

        Assert.Empty(nested);
    }

    [Fact]
    public void PublicApi_HasNoPublicFieldsExceptConstantsAndStaticReadonly()
    {
        var fields = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

        Assert.Empty(fields);
    }

    [Fact]
    public void ResultTypes_AreStructs_SoThatVerifyingAllocatesNoResult()
    {
        Assert.True(typeof(DialogTokenValidationResult).IsValueType);
        Assert.True(typeof(DialogToken).IsValueType);
        Assert.True(typeof(DialogAction).IsValueType);
    }
}
