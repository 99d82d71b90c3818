using System.Diagnostics;
using System.Net;
using System.Text;
using Printernizer.Api.Infrastructure;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Api.Tests.Deployment;

/// <summary>
/// <c>dotnet publish -r linux-x64 --self-contained</c> (as for a Raspberry Pi with linux-arm64) produces an executable
/// that starts on its own, answers the health endpoint and passes its own <c>--healthcheck</c>.
/// </summary>
[NonParallelizable]
public sealed class PublishedAppTests
{
    /// <summary>
    /// Intermediate output outside the checkout (so the RID-specific restore never touches the source tree's obj/),
    /// kept between runs of the same checkout so only the first publish compiles everything.
    /// </summary>
    private static readonly string ArtifactsPath = Path.Combine(
        Path.GetTempPath(),
        "printernizer-publish-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(RepositoryRoot.Path)))[..12].ToLowerInvariant());

    [Test]
    public async Task SelfContainedPublish_WhenStarted_AnswersHealthAndItsOwnHealthCheck()
    {
        using var output = new TestDirectory("publish");
        using var data = new TestDirectory("publish-data");
        var publish = await RunAsync(
            "dotnet",
            ["publish", RepositoryRoot.Combine("src", "Printernizer.Api"), "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", output.Path, "--artifacts-path", ArtifactsPath, "-nologo", "-v", "q",
                // The regular build enforces analyzers and docs; here only the output matters, so compile as fast as possible.
                "-p:RunAnalyzers=false", "-p:EnforceCodeStyleInBuild=false", "-p:GenerateDocumentationFile=false"],
            TimeSpan.FromMinutes(8));
        publish.ExitCode.Should().Be(0, publish.Output);
        var executable = Path.Combine(output.Path, "Printernizer.Api");
        File.Exists(executable).Should().BeTrue();
        File.Exists(Path.Combine(output.Path, "libhostfxr.so")).Should().BeTrue("the runtime is included (self-contained)");

        var port = FreeTcpPort.Next();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo(executable, ["--data", data.Path, "--urls", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = output.Path,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        var log = new StringBuilder();
        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, e) => Append(log, e.Data);
        server.ErrorDataReceived += (_, e) => Append(log, e.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            HttpStatusCode? status = null;
            while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline && !server.HasExited)
            {
                try
                {
                    status = (await http.GetAsync(url + "/api/v1/health")).StatusCode;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200);
                }
            }

            status.Should().Be(HttpStatusCode.OK, Snapshot(log));
            var healthy = await RunAsync(executable, [HealthCheckCommand.Switch, "--urls", url.Replace("127.0.0.1", "0.0.0.0", StringComparison.Ordinal)], TimeSpan.FromSeconds(60));
            healthy.ExitCode.Should().Be(0, healthy.Output);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        var down = await RunAsync(executable, [HealthCheckCommand.Switch, "--urls", url], TimeSpan.FromSeconds(60));
        down.ExitCode.Should().Be(1, "nothing answers once the server is gone");
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("ASPNETCORE_URLS");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
