using System.Diagnostics;
using System.Globalization;
using System.Text;
using Printernizer.Ftps;

namespace Printernizer.Benchmarks.Ftps;

/// <summary>
/// Download throughput of <see cref="ImplicitFtpsClient"/> against curl (implicit FTPS, TLS 1.2, both into a sink)
/// from a real vsftpd on loopback. Run: <c>dotnet run -c Release --project bench/Printernizer.Benchmarks -- ftps [sizeMB] [runs] [bufferKB]</c>.
/// Writes bench/results/ftps.md.
/// </summary>
public static class FtpsThroughputHarness
{
    private static int _bufferSize;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizeMb = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        _bufferSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) * 1024 : new FtpsClientOptions { Host = "x", Password = "x", ValidateCertificate = _ => false }.BufferSize;
        var bytes = (long)sizeMb * 1024 * 1024;

        using var server = BenchVsftpd.Start();
        WriteRandomFile(Path.Combine(server.RootPath, "big.bin"), bytes);
        Console.WriteLine($"vsftpd on port {server.Port}; file {sizeMb} MiB; {runs} runs each");

        var client = new List<Sample>();
        var curl = new List<Sample>();
        await ClientDownloadAsync(server, bytes); // warm-up (JIT, TLS, page cache)
        CurlDownload(server, bytes);
        for (var i = 0; i < runs; i++)
        {
            client.Add(await ClientDownloadAsync(server, bytes));
            curl.Add(CurlDownload(server, bytes));
            Console.WriteLine($"run {i + 1}: client {client[^1]}, curl {curl[^1]}");
        }

        var clientMedian = Median(client.Select(c => c.WallMBps));
        var curlMedian = Median(curl.Select(c => c.WallMBps));
        var ratio = clientMedian / curlMedian;
        var clientCpu = Median(client.Select(c => c.CpuMBps));
        var curlCpu = Median(curl.Select(c => c.CpuMBps));
        Console.WriteLine($"median: client {clientMedian:F1} MB/s, curl {curlMedian:F1} MB/s, ratio {ratio:F2}; per CPU-second: client {clientCpu:F0} MB, curl {curlCpu:F0} MB");
        WriteReport(sizeMb, runs, client, curl, (clientMedian, curlMedian, ratio), (clientCpu, curlCpu));
        return ratio >= 0.8 ? 0 : 1;
    }

    private static async Task<Sample> ClientDownloadAsync(BenchVsftpd server, long expected)
    {
        var options = new FtpsClientOptions
        {
            Host = BenchVsftpd.Host,
            Port = server.Port,
            UserName = BenchVsftpd.UserName,
            Password = BenchVsftpd.Password,
            ValidateCertificate = FtpsCertificatePin.Sha256(server.CertificateSha256),
            TlsTargetHost = "01P00A123456789-ftps",
            DataProtection = FtpsDataProtection.Private,
            BufferSize = _bufferSize,
        };
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await using var client = new ImplicitFtpsClient(options);
        await client.ConnectAsync();
        var received = await client.DownloadAsync("/big.bin", Stream.Null);
        await client.QuitAsync();
        stopwatch.Stop();
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;
        return received == expected
            ? new Sample(MegabytesPerSecond(received, stopwatch.Elapsed), MegabytesPerSecond(received, cpu))
            : throw new InvalidOperationException($"client received {received} of {expected} bytes");
    }

    private static Sample CurlDownload(BenchVsftpd server, long expected)
    {
        // bash's `time` reports curl's user+system CPU seconds on stderr's last line.
        var info = new ProcessStartInfo("bash")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "-c", "TIMEFORMAT='%3U %3S'; time curl \"$@\"", "curl",
                     "-sS", "-k", "--ssl-reqd", "--tlsv1.2", "--tls-max", "1.2", "-o", "/dev/null", "-w", "%{size_download}",
                     "--user", BenchVsftpd.UserName + ":" + BenchVsftpd.Password,
                     FormattableString.Invariant($"ftps://{BenchVsftpd.Host}:{server.Port}/big.bin"),
                 })
        {
            info.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("curl did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        var received = long.TryParse(output.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : -1;
        var times = error.Trim().Split('\n')[^1].Split(' ');
        var cpu = TimeSpan.FromSeconds(
            double.Parse(times[0], CultureInfo.InvariantCulture) + double.Parse(times[1], CultureInfo.InvariantCulture));
        return process.ExitCode == 0 && received == expected
            ? new Sample(MegabytesPerSecond(received, stopwatch.Elapsed), MegabytesPerSecond(received, cpu))
            : throw new InvalidOperationException($"curl failed ({process.ExitCode}, {received} bytes): {error}");
    }

    private static double MegabytesPerSecond(long bytes, TimeSpan elapsed) => bytes / 1_000_000d / elapsed.TotalSeconds;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void WriteRandomFile(string path, long length)
    {
        using var file = File.Create(path);
        var buffer = new byte[1024 * 1024];
        var random = new Random(42);
        for (long written = 0; written < length; written += buffer.Length)
        {
            random.NextBytes(buffer);
            file.Write(buffer, 0, (int)Math.Min(buffer.Length, length - written));
        }
    }

    private static void WriteReport(
        int sizeMb,
        int runs,
        List<Sample> client,
        List<Sample> curl,
        (double Client, double Curl, double Ratio) wall,
        (double Client, double Curl) cpu)
    {
        var curlVersion = FirstLine("curl", "--version");
        var report = new StringBuilder()
            .AppendLine("# FTPS download throughput: ImplicitFtpsClient vs curl")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `FtpsThroughputHarness` (`dotnet run -c Release --project bench/Printernizer.Benchmarks -- ftps {sizeMb} {runs}`).")
            .AppendLine()
            .AppendLine("Setup: Debian vsftpd 3.0.3 on loopback configured like a Bambu printer (implicit TLS, `require_ssl_reuse=YES`,")
            .AppendLine("`force_local_data_ssl=YES`), TLS 1.2 for both clients, data into a sink (`Stream.Null` / `-o /dev/null`),")
            .AppendLine(CultureInfo.InvariantCulture, $"a {sizeMb} MiB random file, wall time per whole session (connect, login, RETR, quit; curl includes process start),")
            .AppendLine(CultureInfo.InvariantCulture, $"{runs} alternating runs after one warm-up each. MB = 10^6 bytes. Machine: {Environment.ProcessorCount} cores shared with other work, so single runs are noisy.")
            .AppendLine(CultureInfo.InvariantCulture, $"curl: `{curlVersion}`; .NET {Environment.Version}; client buffer {_bufferSize / 1024} KiB;")
            .AppendLine(CultureInfo.InvariantCulture, $"`DOTNET_ThreadPool_UnfairSemaphoreSpinLimit` = {Environment.GetEnvironmentVariable("DOTNET_ThreadPool_UnfairSemaphoreSpinLimit") ?? "unset (runtime default)"}.")
            .AppendLine()
            .AppendLine("| run | ImplicitFtpsClient MB/s (wall) | curl MB/s (wall) | client MB per CPU-second | curl MB per CPU-second |")
            .AppendLine("|---|---|---|---|---|");
        for (var i = 0; i < client.Count; i++)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {i + 1} | {client[i].WallMBps:F1} | {curl[i].WallMBps:F1} | {client[i].CpuMBps:F0} | {curl[i].CpuMBps:F0} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"| **median** | **{wall.Client:F1}** | **{wall.Curl:F1}** | **{cpu.Client:F0}** | **{cpu.Curl:F0}** |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Ratio (client / curl, median wall-clock MB/s): **{wall.Ratio:F2}** (target >= 0.80: {(wall.Ratio >= 0.8 ? "met" : "NOT met")}).")
            .AppendLine(CultureInfo.InvariantCulture, $"Client-side CPU efficiency ratio (MB per CPU-second, client / curl): **{cpu.Client / cpu.Curl:F2}**; less sensitive to the shared machine's load than wall time.")
            .AppendLine()
            .AppendLine("Real printers deliver 50-150 KB/s (bambu-lan.md 7.5), so the client is never the bottleneck there;")
            .AppendLine("this measures the client's own overhead (TLS record handling, buffer size, per-read timeouts).");
        var path = Path.Combine(Program.FindRepositoryRoot(), "bench", "results", "ftps.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report.ToString());
        Console.WriteLine("wrote " + path);
    }

    private static string FirstLine(string file, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, argument) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var line = process.StandardOutput.ReadLine() ?? string.Empty;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return line;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not installed";
        }
    }

    private readonly record struct Sample(double WallMBps, double CpuMBps)
    {
        public override string ToString() => FormattableString.Invariant($"{WallMBps:F1} MB/s ({CpuMBps:F0} MB per CPU-s)");
    }
}
