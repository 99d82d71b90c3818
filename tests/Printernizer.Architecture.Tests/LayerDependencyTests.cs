using System.Reflection;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Printernizer.Architecture.Tests;

/// <summary>
/// Keeps the dependency rule of docs/architecture.md: Domain &lt;- Application &lt;- Infrastructure &lt;- Api, with the
/// FTPS client a library beside them that only Infrastructure uses.
/// </summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Domain = typeof(Printernizer.Domain.Printers.Printer).Assembly;
    private static readonly Assembly Application = typeof(Printernizer.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Printernizer.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;
    private static readonly Assembly Ftps = typeof(Printernizer.Ftps.ImplicitFtpsClient).Assembly;

    private static List<string> PrinternizerReferences(Assembly assembly) => assembly.GetReferencedAssemblies()
        .Select(a => a.Name!).Where(n => n.StartsWith("Printernizer", StringComparison.Ordinal)).ToList();

    [Test]
    public void Ftps_IsALibrary_ThatKnowsNothingOfPrinternizer()
    {
        PrinternizerReferences(Ftps).Should().BeEmpty("the FTPS client is a library: no domain, no application");
        PrinternizerReferences(Infrastructure).Should().Contain("Printernizer.Ftps", "the rule above is checked on the assembly that is actually used");
        // The Regex source generator emits its helpers into System.Text.RegularExpressions.Generated.
        Ftps.GetTypes()
            .Where(t => t.Namespace != "Printernizer.Ftps" && t.Namespace != "System.Text.RegularExpressions.Generated" && !t.Name.StartsWith('<'))
            .Should().BeEmpty();
        foreach (var layer in new[] { Domain, Application })
        {
            PrinternizerReferences(layer).Should().NotContain("Printernizer.Ftps", $"{layer.GetName().Name} must not know how files travel");
        }
    }

    [Test]
    public void Domain_DependsOnTheBaseClassLibraryOnly()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().OnlyContain(n => n == "System.Runtime" || n.StartsWith("System.", StringComparison.Ordinal) || n == "netstandard" || n == "mscorlib",
            "the domain is plain C#");
    }

    [Test]
    public void Application_DoesNotDependOnInfrastructureApiOrDataAccess()
    {
        var references = Application.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().NotContain(["Printernizer.Infrastructure", "Printernizer.Api", "Dapper", "Microsoft.Data.Sqlite", "Quartz", "EPPlus"]);
        references.Should().NotContain(n => n.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal));
    }

    [Test]
    public void Infrastructure_DoesNotDependOnApi()
    {
        Infrastructure.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain("Printernizer.Api");
    }

    [Test]
    public void Application_TypesDoNotUseInfrastructureTypes()
    {
        var offenders = Application.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Select(f => (t, f.FieldType)))
            .Where(x => x.FieldType.Namespace?.StartsWith("Printernizer.Infrastructure", StringComparison.Ordinal) == true
                        || x.FieldType.Namespace?.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) == true
                        || x.FieldType.Namespace?.StartsWith("Dapper", StringComparison.Ordinal) == true)
            .Select(x => x.t.FullName)
            .ToList();

        offenders.Should().BeEmpty();
    }

    [Test]
    public void Controllers_AreThinAndTalkOnlyToMediatR()
    {
        var allowedDependencies = new[] { typeof(IMediator), typeof(IConfiguration) };
        var controllers = Api.GetTypes().Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        controllers.Should().NotBeEmpty();
        foreach (var controller in controllers)
        {
            var parameters = controller.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType).ToList();
            parameters.Where(p => !(allowedDependencies.Contains(p) || p.Namespace!.StartsWith("Printernizer.Infrastructure.Realtime", StringComparison.Ordinal)))
                .Should().BeEmpty(
                $"{controller.Name} must not reach repositories or drivers directly");
            controller.Name.Should().EndWith("Controller");
            controller.IsSealed.Should().BeTrue($"{controller.Name} is sealed by default");
        }
    }

    [Test]
    public void RequestHandlers_LiveInTheApplicationLayer()
    {
        var handlerInterface = typeof(IRequestHandler<,>);
        foreach (var assembly in new[] { Infrastructure, Api })
        {
            assembly.GetTypes()
                .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == handlerInterface))
                .Should().BeEmpty($"{assembly.GetName().Name} must send requests, not handle them");
        }
    }

    [Test]
    public void Ports_AreInterfacesDefinedInApplication_AndImplementedInInfrastructure()
    {
        var ports = Application.GetTypes().Where(t => t.IsInterface && t.IsPublic && t.Namespace!.StartsWith("Printernizer.Application", StringComparison.Ordinal)
            && (t.Name.EndsWith("Repository", StringComparison.Ordinal) || t.Name.EndsWith("Queries", StringComparison.Ordinal) || t.Name.EndsWith("Store", StringComparison.Ordinal)))
            .ToList();

        ports.Should().NotBeEmpty();
        foreach (var port in ports)
        {
            Infrastructure.GetTypes().Should().Contain(t => port.IsAssignableFrom(t) && !t.IsInterface, $"{port.Name} needs an Infrastructure implementation");
        }
    }
}
