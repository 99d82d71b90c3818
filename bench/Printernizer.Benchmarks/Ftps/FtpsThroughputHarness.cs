using System.Diagnostics;
using System.Globalization;
using System.Text;
using Printernizer.Infrastructure.Printers.Bambu.Ftps;

namespace Printernizer.Benchmarks.Ftps;

/// <summary>
/// Download throughput of <see cref="ImplicitFtpsClient"/> against curl (implicit FTPS, TLS 1.2, both into a sink)
/// from a real vsftpd on loopback. Run: <c>dotnet run -c Release --project bench/Printernizer.Benchmarks -- ftps [sizeMB] [runs]</c>.
/// Writes bench/results/ftps.md.
/// </summary>
public static class FtpsThroughputHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizeMb = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var bytes = (long)sizeMb * 1024 * 1024;

        using var server = BenchVsftpd.Start();
        WriteRandomFile(Path.Combine(server.RootPath, "big.bin"), bytes);
        Console.WriteLine($"vsftpd on port {server.Port}; file {sizeMb} MiB; {runs} runs each");

        var client = new List<double>();
        var curl = new List<double>();
        await ClientDownloadAsync(server, bytes); // warm-up (JIT, TLS, page cache)
        CurlDownload(server, bytes);
        for (var i = 0; i < runs; i++)
        {
            client.Add(await ClientDownloadAsync(server, bytes));
            curl.Add(CurlDownload(server, bytes));
            Console.WriteLine($"run {i + 1}: client {client[^1]:F1} MB/s, curl {curl[^1]:F1} MB/s");
        }

        var clientMedian = Median(client);
        var curlMedian = Median(curl);
        var ratio = clientMedian / curlMedian;
        Console.WriteLine($"median: client {clientMedian:F1} MB/s, curl {curlMedian:F1} MB/s, ratio {ratio:F2}");
        WriteReport(sizeMb, runs, client, curl, clientMedian, curlMedian, ratio);
        return ratio >= 0.8 ? 0 : 1;
    }

    private static async Task<double> ClientDownloadAsync(BenchVsftpd server, long expected)
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
        };
        var stopwatch = Stopwatch.StartNew();
        await using var client = new ImplicitFtpsClient(options);
        await client.ConnectAsync();
        var received = await client.DownloadAsync("/big.bin", Stream.Null);
        await client.QuitAsync();
        stopwatch.Stop();
        return received == expected
            ? MegabytesPerSecond(received, stopwatch.Elapsed)
            : throw new InvalidOperationException($"client received {received} of {expected} bytes");
    }

    private static double CurlDownload(BenchVsftpd server, long expected)
    {
        var info = new ProcessStartInfo("curl")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
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
        return process.ExitCode == 0 && received == expected
            ? MegabytesPerSecond(received, stopwatch.Elapsed)
            : throw new InvalidOperationException($"curl failed ({process.ExitCode}, {received} bytes): {error}");
    }

    private static double MegabytesPerSecond(long bytes, TimeSpan elapsed) => bytes / 1_000_000d / elapsed.TotalSeconds;

    private static double Median(List<double> values)
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

    private static void WriteReport(int sizeMb, int runs, List<double> client, List<double> curl, double clientMedian, double curlMedian, double ratio)
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
            .AppendLine(CultureInfo.InvariantCulture, $"curl: `{curlVersion}`; .NET {Environment.Version}.")
            .AppendLine()
            .AppendLine("| run | ImplicitFtpsClient MB/s | curl MB/s |")
            .AppendLine("|---|---|---|");
        for (var i = 0; i < client.Count; i++)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {i + 1} | {client[i]:F1} | {curl[i]:F1} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"| **median** | **{clientMedian:F1}** | **{curlMedian:F1}** |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Ratio (client / curl, medians): **{ratio:F2}** (target >= 0.80: {(ratio >= 0.8 ? "met" : "NOT met")}).")
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
}
