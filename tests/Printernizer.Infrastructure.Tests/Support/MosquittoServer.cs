using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Printernizer.Infrastructure.Tests.Support;

/// <summary>
/// A real Debian mosquitto (/usr/sbin/mosquitto) on a free loopback port, configured in a temp directory.
/// Optional TLS (certificate from <see cref="TestCertificateAuthority"/>), optional password file, anonymous access
/// switch and ACL. <see cref="Stop"/> kills it (like a crashed broker), <see cref="Start()"/> starts it again on the same port.
/// The process is killed on dispose.
/// </summary>
public sealed class MosquittoServer : IDisposable
{
    private const string MosquittoPath = "/usr/sbin/mosquitto";
    private const string PasswdPath = "/usr/bin/mosquitto_passwd";
    private readonly TestDirectory _directory = new("mosquitto");
    private readonly string _configPath;
    private readonly StringBuilder _log = new();
    private Process? _process;

    private MosquittoServer(MosquittoServerOptions options)
    {
        Options = options;
        Port = options.Port != 0 ? options.Port : FreeTcpPort.Next();
        _configPath = _directory.Combine("mosquitto.conf");
        File.WriteAllText(_configPath, BuildConfig(options));
    }

    public MosquittoServerOptions Options { get; }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>What mosquitto wrote to stdout/stderr (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static MosquittoServer Start(MosquittoServerOptions options)
    {
        var server = new MosquittoServer(options);
        try
        {
            server.Start();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Starts (or restarts) the broker and waits until it accepts TCP connections.</summary>
    public void Start()
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo(MosquittoPath, ["-c", _configPath])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        WaitUntilListening();
    }

    /// <summary>Kills the broker (SIGKILL, no goodbyes to clients) and waits for it to exit.</summary>
    public void Stop()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        finally
        {
            process.Dispose();
        }
    }

    public void Dispose()
    {
        Stop();
        _directory.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (_log.Length < 100_000)
            {
                _log.AppendLine(line);
            }
        }
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException("mosquitto exited during start-up:\n" + Log);
            }

            try
            {
                using var probe = new TcpClient();
                probe.Connect(Host, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(25);
            }
            catch (SocketException ex)
            {
                throw new TimeoutException($"mosquitto did not listen on {Host}:{Port} within 15 s:\n{Log}", ex);
            }
        }
    }

    private string BuildConfig(MosquittoServerOptions options)
    {
        var config = new StringBuilder();
        config.AppendLine("per_listener_settings false");
        config.AppendLine("persistence false");
        config.AppendLine("user root");
        config.AppendLine("log_dest stderr");
        config.AppendLine("log_type error");
        config.AppendLine("log_type warning");
        config.AppendLine("max_inflight_messages 0");
        config.AppendLine("max_queued_messages 100000");
        config.AppendLine(CultureInfo.InvariantCulture, $"listener {Port} 127.0.0.1");
        config.AppendLine(CultureInfo.InvariantCulture, $"allow_anonymous {(options.AllowAnonymous ? "true" : "false")}");
        if (options.Users.Count > 0)
        {
            var passwordFile = _directory.Combine("passwd");
            var first = true;
            foreach (var (user, password) in options.Users)
            {
                RunPasswd(first ? ["-b", "-c", passwordFile, user, password] : ["-b", passwordFile, user, password]);
                first = false;
            }

            config.AppendLine(CultureInfo.InvariantCulture, $"password_file {passwordFile}");
        }

        if (options.Acl is not null)
        {
            var aclFile = _directory.Combine("acl");
            File.WriteAllText(aclFile, options.Acl);
            config.AppendLine(CultureInfo.InvariantCulture, $"acl_file {aclFile}");
        }

        if (options.TlsCertificate is { } certificate)
        {
            var (certificatePath, keyPath) = certificate.WritePem(_directory.Path, "server");
            config.AppendLine(CultureInfo.InvariantCulture, $"certfile {certificatePath}");
            config.AppendLine(CultureInfo.InvariantCulture, $"keyfile {keyPath}");
            config.AppendLine("tls_version tlsv1.2");
        }

        if (options.ExtraConfig is not null)
        {
            config.AppendLine(options.ExtraConfig);
        }

        return config.ToString();
    }

    private static void RunPasswd(string[] arguments)
    {
        var start = new ProcessStartInfo(PasswdPath, arguments)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("mosquitto_passwd did not start.");
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(10_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException("mosquitto_passwd failed: " + error);
        }
    }
}
