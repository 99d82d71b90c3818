using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Printernizer.Infrastructure.Tests.Support;

/// <summary>
/// A real Debian vsftpd configured like a Bambu printer's file server: implicit TLS, TLS session reuse required on the
/// data channel, forced TLS for login and data, passive mode on loopback, a local user whose password is the
/// "access code", chrooted into <see cref="RootPath"/>. Needs root (creates the system user once) and /usr/sbin/vsftpd.
/// </summary>
public sealed class VsftpdServer : IDisposable
{
    public const string UserName = "pzftps";
    public const string Password = "AC0DE123";
    public const string Host = "127.0.0.1";

    private static readonly Lock UserLock = new();
    private static bool _userReady;

    private readonly TestDirectory _directory;
    private readonly string _configPath;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private VsftpdServer(TestDirectory directory, string configPath, int port)
    {
        _directory = directory;
        _configPath = configPath;
        Port = port;
        RootPath = directory.Combine("root");
    }

    public int Port { get; }

    /// <summary>The directory FTP clients see as "/" (world-writable so the FTP user can store and delete).</summary>
    public string RootPath { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>
    /// Starts vsftpd with <paramref name="certificate"/>. <paramref name="forceDataTls"/> false allows clear data connections
    /// (PROT C); <paramref name="refuseProt"/> makes PROT fail with 550 like a server without data-channel TLS.
    /// </summary>
    public static VsftpdServer Start(
        ServerCertificate certificate,
        bool forceDataTls = true,
        bool refuseProt = false,
        int? idleSessionTimeoutSeconds = null)
    {
        EnsureUser();
        Directory.CreateDirectory("/var/run/vsftpd/empty");

        var directory = new TestDirectory("printernizer-vsftpd");
        try
        {
            var root = directory.Combine("root");
            Directory.CreateDirectory(root);
            MakeWorldWritable(root);
            var (certificatePath, keyPath) = certificate.WritePem(directory.Path, "server");
            var port = FreeTcpPort.Next();
            var pasvMin = Random.Shared.Next(30000, 59000);
            var config = new StringBuilder()
                .AppendLine("listen=YES")
                .AppendLine("listen_ipv6=NO")
                .AppendLine("listen_address=" + Host)
                .AppendLine(CultureInfo.InvariantCulture, $"listen_port={port}")
                .AppendLine("background=NO")
                .AppendLine("seccomp_sandbox=NO")
                .AppendLine("anonymous_enable=NO")
                .AppendLine("local_enable=YES")
                .AppendLine("write_enable=YES")
                .AppendLine("local_umask=022")
                .AppendLine("chroot_local_user=YES")
                .AppendLine("allow_writeable_chroot=YES")
                .AppendLine("local_root=" + root)
                .AppendLine("secure_chroot_dir=/var/run/vsftpd/empty")
                .AppendLine("pam_service_name=vsftpd")
                .AppendLine("delay_failed_login=0")
                .AppendLine("ssl_enable=YES")
                .AppendLine("implicit_ssl=YES")
                .AppendLine("require_ssl_reuse=YES")
                .AppendLine("force_local_logins_ssl=YES")
                .AppendLine(forceDataTls ? "force_local_data_ssl=YES" : "force_local_data_ssl=NO")
                .AppendLine("ssl_tlsv1=YES")
                .AppendLine("ssl_sslv2=NO")
                .AppendLine("ssl_sslv3=NO")
                .AppendLine("ssl_ciphers=HIGH")
                .AppendLine("rsa_cert_file=" + certificatePath)
                .AppendLine("rsa_private_key_file=" + keyPath)
                .AppendLine("pasv_enable=YES")
                .AppendLine(CultureInfo.InvariantCulture, $"pasv_min_port={pasvMin}")
                .AppendLine(CultureInfo.InvariantCulture, $"pasv_max_port={pasvMin + 200}")
                .AppendLine("pasv_address=" + Host)
                .AppendLine("xferlog_enable=NO")
                .AppendLine("vsftpd_log_file=" + directory.Combine("vsftpd.log"));
            if (refuseProt)
            {
                // Like a printer without data-channel TLS: PROT is refused (550), so data stays clear.
                config.AppendLine("cmds_denied=PROT");
            }

            if (idleSessionTimeoutSeconds is { } idle)
            {
                config.AppendLine(CultureInfo.InvariantCulture, $"idle_session_timeout={idle}");
            }

            var configPath = directory.Combine("vsftpd.conf");
            File.WriteAllText(configPath, config.ToString());
            var server = new VsftpdServer(directory, configPath, port);
            server.Launch();
            return server;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Writes a file under <see cref="RootPath"/> (creating directories) and returns its full path.</summary>
    public string WriteFile(string relativePath, byte[] content)
    {
        var path = Path.Combine(RootPath, relativePath);
        for (var directory = Path.GetDirectoryName(path)!; directory.Length > RootPath.Length; directory = Path.GetDirectoryName(directory)!)
        {
            Directory.CreateDirectory(directory);
            MakeWorldWritable(directory);
        }

        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Kills vsftpd and every session process it forked (like pulling the printer's plug).</summary>
    public void Kill()
    {
        var process = _process;
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    /// <summary>
    /// Stops (SIGSTOP) vsftpd and its session processes without closing any socket: a printer that hangs mid-transfer.
    /// <see cref="Kill"/> or <see cref="Dispose"/> ends them.
    /// </summary>
    public void Freeze()
    {
        var process = _process ?? throw new InvalidOperationException("vsftpd is not running.");
        var pids = new List<int> { process.Id };
        for (var i = 0; i < pids.Count; i++)
        {
            pids.AddRange(ChildrenOf(pids[i]));
        }

        Run("kill", ["-STOP", .. pids.Select(pid => pid.ToString(CultureInfo.InvariantCulture))], null);
    }

    /// <summary>Starts vsftpd again on the same port with the same configuration.</summary>
    public void Restart()
    {
        Kill();
        _process?.Dispose();
        _process = null;
        Launch();
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        _directory.Dispose();
    }

    private void Launch()
    {
        var info = new ProcessStartInfo("/usr/sbin/vsftpd", _configPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("vsftpd did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"vsftpd exited with {process.ExitCode}: {Output()}");
            }

            try
            {
                using var probe = new TcpClient();
                probe.Connect(Host, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static List<int> ChildrenOf(int pid)
    {
        var children = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var candidate))
            {
                continue;
            }

            try
            {
                // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so parse after the last ')'.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == pid)
                {
                    children.Add(candidate);
                }
            }
            catch (IOException)
            {
                // exited meanwhile
            }
        }

        return children;
    }

    private static void MakeWorldWritable(string directory)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_111_111);
        }
    }

    private static void EnsureUser()
    {
        lock (UserLock)
        {
            if (_userReady)
            {
                return;
            }

            if (Run("id", ["-u", UserName], null) != 0)
            {
                // 9 = the user appeared meanwhile (another test process): fine.
                var created = Run("useradd", ["--no-create-home", "--home-dir", "/tmp", "--shell", "/bin/sh", UserName], null);
                if (created is not (0 or 9))
                {
                    throw new InvalidOperationException($"useradd {UserName} failed with {created} (the tests need root).");
                }
            }

            // vsftpd changes into the home directory at login before the chroot: it must exist.
            Run("usermod", ["--home", "/tmp", "--shell", "/bin/sh", UserName], null);

            if (Run("chpasswd", [], $"{UserName}:{Password}\n") != 0)
            {
                throw new InvalidOperationException($"chpasswd for {UserName} failed (the tests need root).");
            }

            _userReady = true;
        }
    }

    private static int Run(string file, string[] arguments, string? input)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException(file + " did not start.");
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
