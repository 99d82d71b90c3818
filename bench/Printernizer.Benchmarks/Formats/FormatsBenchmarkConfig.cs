using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Printernizer.Benchmarks.Formats;

/// <summary>
/// Short runs in-process: the auto-generated out-of-process project fails to restore here (NU1605 package
/// downgrade via Quartz), so the benchmarks run inside the host process.
/// </summary>
public sealed class FormatsBenchmarkConfig : ManualConfig
{
    public FormatsBenchmarkConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
