using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Printernizer.Benchmarks;

/// <summary>
/// Benchmarks and load harnesses, run on demand (never in the test run):
/// <c>dotnet run -c Release --project bench/Printernizer.Benchmarks -- --filter '*'</c>.
/// Results go to bench/results/.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Contains(Prusa.PrusaPollingHarness.LoadSwitch) || args.Contains(Prusa.PrusaPollingHarness.SimulatorSwitch))
        {
            Environment.ExitCode = Prusa.PrusaPollingHarness.Run(args);
            return;
        }

        if (args.Contains(Jobs.JobsLoadHarness.LoadSwitch) || args.Contains(Jobs.JobsLoadHarness.QuerySwitch))
        {
            Environment.ExitCode = Jobs.JobsLoadHarness.Run(args);
            return;
        }

        if (args.Contains(Files.FilesQueryHarness.QuerySwitch))
        {
            Environment.ExitCode = Files.FilesQueryHarness.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "ftps")
        {
            Environment.ExitCode = Ftps.FtpsThroughputHarness.RunAsync(args[1..]).GetAwaiter().GetResult();
            return;
        }

        if (args.Length > 0 && args[0] == Bambu.MqttThroughputHarness.Switch)
        {
            Environment.Exit(Bambu.MqttThroughputHarness.RunAsync(args[1..]).GetAwaiter().GetResult());
        }

        var config = BenchmarkDotNet.Configs.DefaultConfig.Instance
            .WithArtifactsPath(Path.Combine(FindRepositoryRoot(), "bench", "results", "BenchmarkDotNet"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    internal static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Printernizer.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
