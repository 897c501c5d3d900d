using System.Reflection;
using System.Runtime.CompilerServices;

namespace DialogTokens.AspNetCore.Tests;

/// <summary>STYLE.md's API conventions for this package, kept by tests.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = [.. typeof(DialogTokenDefaults).Assembly.GetExportedTypes()];

    // Extension methods live where ASP.NET Core's own do, so that the README's two lines need no using directive.
    private static readonly string[] ExtensionNamespaces =
        ["Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Http"];

    [Fact]
    public void PublicTypes_AreSealedStaticOrInterfaces()
    {
        var open = PublicTypes.Where(t => !(t.IsInterface || t.IsEnum || t.IsValueType || t.IsSealed)).Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_AreInThePackageNamespace_OrAreExtensionsInTheFrameworks()
    {
        var elsewhere = PublicTypes
            .Where(t => t.Namespace != "DialogTokens.AspNetCore")
            .Where(t => !(ExtensionNamespaces.Contains(t.Namespace) && t.IsAbstract && t.IsSealed && t.IsDefined(typeof(ExtensionAttribute))))
            .Select(t => t.FullName);

        Assert.Empty(elsewhere);
    }

    [Fact]
    public void TheHandlerAndItsHelpers_AreNotPublic()
    {
        Assert.DoesNotContain(PublicTypes, t => t.Name.EndsWith("Handler", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePackage_ReferencesOnlyTheTokenLibrary_AndTheFramework()
    {
        var references = typeof(DialogTokenDefaults).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.All(references, name => Assert.True(
            name is "DialogTokens" or "netstandard" || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal),
            $"unexpected reference {name}"));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }
}
