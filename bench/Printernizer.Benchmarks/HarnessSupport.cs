namespace Printernizer.Benchmarks;

/// <summary>What the load harnesses share: percentiles, a free loopback port, result files, temp-folder cleanup.</summary>
internal static class HarnessSupport
{
    /// <summary>The nearest-rank percentile of an ascending array (NaN when empty).</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Appends a report to <c>bench/results/&lt;file&gt;</c>.</summary>
    public static void AppendResult(string file, string text)
    {
        var path = Path.Combine(Program.FindRepositoryRoot(), "bench", "results", file);
        File.AppendAllText(path, text + Environment.NewLine);
    }

    public static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
