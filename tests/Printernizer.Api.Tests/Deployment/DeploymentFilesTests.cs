using System.Text.RegularExpressions;

namespace Printernizer.Api.Tests.Deployment;

/// <summary>
/// Lints the container and add-on files without a Docker engine: what they copy exists, they build with the commands
/// the README documents, and the port, volume, user and health check are where the docs say.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly IReadOnlyList<DockerfileInstruction> Dockerfile = DockerfileInstruction.Parse(File.ReadAllText(RepositoryRoot.Combine("Dockerfile")));
    private static readonly string Readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
    private static readonly string AddonFolder = RepositoryRoot.Combine("homeassistant-addon", "printernizer");

    [Test]
    public void Dockerfile_Stages_AreNodeThenSdkThenAspNetRuntime()
    {
        var froms = Dockerfile.Where(i => i.Keyword == "FROM").Select(i => i.Arguments).ToList();

        froms.Should().HaveCount(3);
        froms[0].Should().StartWith("node:").And.EndWith(" AS web");
        froms[1].Should().StartWith("mcr.microsoft.com/dotnet/sdk:10.0").And.EndWith(" AS build");
        froms[2].Should().StartWith("mcr.microsoft.com/dotnet/aspnet:10.0");
    }

    [Test]
    public void Dockerfile_CopySources_ExistInTheRepositoryAndAreNotDockerIgnored()
    {
        var ignored = File.ReadAllLines(RepositoryRoot.Combine(".dockerignore"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.TrimEnd('/'))
            .ToList();
        var stages = new List<string>();
        foreach (var instruction in Dockerfile)
        {
            if (instruction.Keyword == "FROM" && instruction.Stage is { } stage)
            {
                stages.Add(stage);
            }

            if (instruction.Keyword is not ("COPY" or "ADD"))
            {
                continue;
            }

            var (flags, sources, _) = instruction.CopyParts();
            var from = flags.FirstOrDefault(f => f.StartsWith("--from=", StringComparison.Ordinal));
            if (from is not null)
            {
                stages.Should().Contain(from["--from=".Length..], $"'{instruction.Arguments}' copies from an earlier stage");
                continue;
            }

            foreach (var source in sources)
            {
                var path = RepositoryRoot.Combine(source.TrimEnd('/').Split('/'));
                (File.Exists(path) || Directory.Exists(path)).Should().BeTrue($"COPY source '{source}' must exist");
                ignored.Should().NotContain(source.TrimEnd('/'), $".dockerignore must not exclude '{source}'");
            }
        }

        ignored.Should().Contain(["**/bin", "**/obj", "**/node_modules"], "build output never goes into the context");
    }

    [Test]
    public void Dockerfile_BuildCommands_AreTheOnesTheReadmeDocuments()
    {
        var builds = Dockerfile
            .Where(i => i.Keyword == "RUN" && (i.Arguments.StartsWith("npm ", StringComparison.Ordinal) || i.Arguments.StartsWith("dotnet ", StringComparison.Ordinal)))
            .Select(i => i.Arguments)
            .ToList();

        builds.Should().Contain("npm run build");
        builds.Should().Contain(c => c.StartsWith("dotnet publish src/Printernizer.Api -c Release -o /app", StringComparison.Ordinal));
        foreach (var command in builds)
        {
            Readme.Should().Contain(command, "the README lists the image's build commands verbatim");
        }
    }

    [Test]
    public void Dockerfile_Runtime_IsNonRootWithDataVolumePortAndHealthCheck()
    {
        var runtime = Dockerfile.SkipWhile(i => !(i.Keyword == "FROM" && i.Arguments.Contains("aspnet", StringComparison.Ordinal))).ToList();
        var environment = string.Join(' ', runtime.Where(i => i.Keyword == "ENV").Select(i => i.Arguments));

        environment.Should().Contain("PRINTERNIZER_DATA=/data").And.Contain("ASPNETCORE_URLS=http://0.0.0.0:5080");
        runtime.Should().Contain(i => i.Keyword == "EXPOSE" && i.Arguments == "5080");
        runtime.Should().Contain(i => i.Keyword == "VOLUME" && i.Arguments.Contains("\"/data\"", StringComparison.Ordinal));
        var user = runtime.Last(i => i.Keyword == "USER").Arguments;
        user.Should().NotBe("root").And.NotBe("0");
        var entrypoint = runtime.Single(i => i.Keyword == "ENTRYPOINT").Arguments;
        entrypoint.Should().Contain("/app/Printernizer.Api.dll");
        var healthCheck = runtime.Single(i => i.Keyword == "HEALTHCHECK").Arguments;
        healthCheck.Should().Contain("CMD [\"dotnet\", \"/app/Printernizer.Api.dll\", \"--healthcheck\"]");
        File.ReadAllText(RepositoryRoot.Combine("src", "Printernizer.Api", "Printernizer.Api.csproj"))
            .Should().Contain("<AssemblyName>Printernizer.Api</AssemblyName>", "the image runs Printernizer.Api.dll");
    }

    [Test]
    public void Compose_PublishesThePortAndKeepsDataInAVolume()
    {
        var compose = SimpleYaml.Parse(File.ReadAllText(RepositoryRoot.Combine("docker-compose.yml")));
        var service = (Dictionary<string, object?>)((Dictionary<string, object?>)compose["services"]!)["printernizer"]!;

        service["build"].Should().Be(".");
        ((List<object?>)service["ports"]!).Should().Contain("5080:5080");
        ((List<object?>)service["volumes"]!).Should().Contain(v => ((string)v!).EndsWith(":/data", StringComparison.Ordinal));
        compose.Should().ContainKey("volumes");
    }

    [Test]
    public void AddonConfig_HasIngressOnTheApiPortArchitecturesAndMatchingOptions()
    {
        var config = SimpleYaml.Parse(File.ReadAllText(Path.Combine(AddonFolder, "config.yaml")));

        config.Should().ContainKeys("name", "version", "slug", "description", "arch", "startup", "boot", "map", "options", "schema");
        config["ingress"].Should().Be("true");
        config["ingress_port"].Should().Be("5080");
        ((List<object?>)config["arch"]!).Should().Contain(["aarch64", "amd64"]);
        ((List<object?>)config["map"]!).Should().NotBeEmpty();
        var options = (Dictionary<string, object?>)config["options"]!;
        var schema = (Dictionary<string, object?>)config["schema"]!;
        options.Keys.Should().BeEquivalentTo(schema.Keys, "every option has a schema entry and vice versa");
        var version = Regex.Match(File.ReadAllText(RepositoryRoot.Combine("Directory.Build.props")), "<Version>(.*)</Version>").Groups[1].Value;
        config["version"].Should().Be(version, "the add-on version follows the product version");
    }

    [Test]
    public void AddonRunScript_StartsPrinternizerOnTheIngressPortWithDataAndTrustedIngressHeader()
    {
        var runScript = Path.Combine(AddonFolder, "run.sh");
        var script = File.ReadAllText(runScript);

        script.Should().StartWith("#!/bin/sh");
        script.Should().Contain("--data /data").And.Contain("--urls http://0.0.0.0:5080").And.Contain("Printernizer__TrustIngressHeader=true");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(runScript).Should().HaveFlag(UnixFileMode.UserExecute, "Home Assistant runs it directly");
        }
        var addonDockerfile = DockerfileInstruction.Parse(File.ReadAllText(Path.Combine(AddonFolder, "Dockerfile")));
        foreach (var copy in addonDockerfile.Where(i => i.Keyword == "COPY"))
        {
            foreach (var source in copy.CopyParts().Sources)
            {
                File.Exists(Path.Combine(AddonFolder, source)).Should().BeTrue($"the add-on's build context has '{source}'");
            }
        }

        addonDockerfile.Should().Contain(i => i.Keyword == "ENTRYPOINT" && i.Arguments.Contains("/run.sh", StringComparison.Ordinal));
        var build = SimpleYaml.Parse(File.ReadAllText(Path.Combine(AddonFolder, "build.yaml")));
        ((Dictionary<string, object?>)build["build_from"]!).Keys.Should().BeEquivalentTo(
            ((List<object?>)SimpleYaml.Parse(File.ReadAllText(Path.Combine(AddonFolder, "config.yaml")))["arch"]!).Cast<string>());
    }
}
