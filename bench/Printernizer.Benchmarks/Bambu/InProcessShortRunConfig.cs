using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Printernizer.Benchmarks.Bambu;

/// <summary>
/// ShortRun in-process: BenchmarkDotNet's generated project does not restore on the project's machines
/// (NU1605 package downgrade through Quartz), so the benchmarks run in the host process.
/// </summary>
public sealed class InProcessShortRunConfig : ManualConfig
{
    public InProcessShortRunConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
    }
}
