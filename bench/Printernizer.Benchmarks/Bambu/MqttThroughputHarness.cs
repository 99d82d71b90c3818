using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Printernizer.Infrastructure.Printers.Bambu.Mqtt;

namespace Printernizer.Benchmarks.Bambu;

/// <summary>
/// MQTT receive throughput against a local mosquitto (/usr/sbin/mosquitto): one publisher and one subscriber
/// (both <see cref="MqttClient"/>), QoS 0, 1 KB payloads. Target: at least 20 000 messages/s received.
/// Run: <c>dotnet run -c Release --project bench/Printernizer.Benchmarks -- mqtt-throughput [messages] [tls]</c>.
/// </summary>
public static class MqttThroughputHarness
{
    public const string Switch = "mqtt-throughput";

    public static async Task<int> RunAsync(string[] args)
    {
        var messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var modes = args.Length > 1 ? args[1..] : ["tcp", "tls"];
        foreach (var mode in modes)
        {
            var tls = mode == "tls";
            var rate = await MeasureAsync(messages, tls);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mqtt-throughput {mode}: {messages} x 1 KB QoS 0 received at {rate:N0} msg/s ({rate * 1024 / 1_048_576:N1} MiB/s)"));
        }

        return 0;
    }

    private static async Task<double> MeasureAsync(int messages, bool tls)
    {
        var directory = Directory.CreateTempSubdirectory("printernizer-bench-mosquitto");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var config = $"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\nuser root\nmax_queued_messages 0\nmax_inflight_messages 0\n";
        using var key = RSA.Create(2048);
        if (tls)
        {
            var request = new CertificateRequest("CN=bench-serial", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllText(Path.Combine(directory.FullName, "server.crt"), certificate.ExportCertificatePem());
            File.WriteAllText(Path.Combine(directory.FullName, "server.key"), key.ExportPkcs8PrivateKeyPem());
            config += $"certfile {directory.FullName}/server.crt\nkeyfile {directory.FullName}/server.key\ntls_version tlsv1.2\n";
        }

        var configPath = Path.Combine(directory.FullName, "mosquitto.conf");
        File.WriteAllText(configPath, config);
        using var broker = Process.Start(new ProcessStartInfo("/usr/sbin/mosquitto", ["-c", configPath]) { UseShellExecute = false, RedirectStandardError = true })!;
        try
        {
            await WaitForPortAsync(port);
            MqttClientOptions Options(string id) => new()
            {
                Host = "127.0.0.1",
                Port = port,
                ClientId = id,
                UseTls = tls,
                TlsTargetHost = "bench-serial",
                TlsProtocols = SslProtocols.Tls12,
                CertificateValidation = (_, certificate, _, _) => certificate?.Subject == "CN=bench-serial",
                IncomingCapacity = 4096,
            };
            await using var subscriber = new MqttClient(Options("bench-sub"));
            await using var publisher = new MqttClient(Options("bench-pub"));
            await subscriber.ConnectAsync();
            await publisher.ConnectAsync();
            await subscriber.SubscribeAsync("bench/+/report");
            var payload = new byte[1024];
            Random.Shared.NextBytes(payload);

            var received = 0;
            var stopwatch = Stopwatch.StartNew();
            var consume = Task.Run(async () =>
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
                while (received < messages && await subscriber.Messages.WaitToReadAsync(timeout.Token))
                {
                    while (subscriber.Messages.TryRead(out _))
                    {
                        received++;
                    }
                }
            });
            for (var i = 0; i < messages; i++)
            {
                await publisher.PublishAsync("bench/01P00A123456789/report", payload);
            }

            await consume;
            stopwatch.Stop();
            return received / stopwatch.Elapsed.TotalSeconds;
        }
        finally
        {
            broker.Kill(entireProcessTree: true);
            await broker.WaitForExitAsync();
            directory.Delete(recursive: true);
        }
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(25);
            }
        }

        throw new TimeoutException("mosquitto did not start");
    }
}
