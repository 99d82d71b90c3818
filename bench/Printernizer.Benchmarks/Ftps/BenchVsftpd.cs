using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Printernizer.Benchmarks.Ftps;

/// <summary>
/// A trimmed copy of the tests' VsftpdServer: a real vsftpd on loopback configured like a Bambu printer
/// (implicit TLS, require_ssl_reuse, forced TLS for login and data) with a self-signed CN=serial certificate.
/// </summary>
internal sealed class BenchVsftpd : IDisposable
{
    public const string UserName = "pzftps";
    public const string Password = "AC0DE123";
    public const string Host = "127.0.0.1";

    private readonly Process _process;

    private BenchVsftpd(string directory, int port, Process process, string fingerprint)
    {
        Directory = directory;
        Port = port;
        _process = process;
        CertificateSha256 = fingerprint;
    }

    public string Directory { get; }

    public string RootPath => Path.Combine(Directory, "root");

    public int Port { get; }

    public string CertificateSha256 { get; }

    public static BenchVsftpd Start()
    {
        EnsureUser();
        System.IO.Directory.CreateDirectory("/var/run/vsftpd/empty");
        var directory = Path.Combine(Path.GetTempPath(), "printernizer-bench-vsftpd-" + Guid.NewGuid().ToString("N"));
        var root = Path.Combine(directory, "root");
        System.IO.Directory.CreateDirectory(root);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, (UnixFileMode)0b111_111_111);
        }

        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=01P00A123456789", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllText(Path.Combine(directory, "server.crt"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "server.key"), key.ExportPkcs8PrivateKeyPem());

        int port;
        using (var listener = new TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var pasvMin = Random.Shared.Next(30000, 59000);
        var config = string.Join('\n', [
            "listen=YES", "listen_ipv6=NO", "listen_address=" + Host, "listen_port=" + port.ToString(CultureInfo.InvariantCulture),
            "background=NO", "seccomp_sandbox=NO", "anonymous_enable=NO", "local_enable=YES", "write_enable=YES",
            "chroot_local_user=YES", "allow_writeable_chroot=YES", "local_root=" + root,
            "secure_chroot_dir=/var/run/vsftpd/empty", "pam_service_name=vsftpd",
            "ssl_enable=YES", "implicit_ssl=YES", "require_ssl_reuse=YES", "force_local_logins_ssl=YES", "force_local_data_ssl=YES",
            "ssl_tlsv1=YES", "ssl_sslv2=NO", "ssl_sslv3=NO", "ssl_ciphers=HIGH",
            "rsa_cert_file=" + Path.Combine(directory, "server.crt"), "rsa_private_key_file=" + Path.Combine(directory, "server.key"),
            "pasv_enable=YES", "pasv_min_port=" + pasvMin.ToString(CultureInfo.InvariantCulture),
            "pasv_max_port=" + (pasvMin + 200).ToString(CultureInfo.InvariantCulture), "pasv_address=" + Host,
            "xferlog_enable=NO", string.Empty]);
        var configPath = Path.Combine(directory, "vsftpd.conf");
        File.WriteAllText(configPath, config);

        var process = Process.Start(new ProcessStartInfo("/usr/sbin/vsftpd", configPath) { UseShellExecute = false })
            ?? throw new InvalidOperationException("vsftpd did not start");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("vsftpd exited with " + process.ExitCode.ToString(CultureInfo.InvariantCulture));
            }

            try
            {
                using var probe = new TcpClient();
                probe.Connect(Host, port);
                break;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }

        return new BenchVsftpd(directory, port, process, Convert.ToHexString(SHA256.HashData(certificate.RawData)));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void EnsureUser()
    {
        if (Run("id", "-u", UserName) != 0)
        {
            Run("useradd", "--no-create-home", "--home-dir", "/tmp", "--shell", "/bin/sh", UserName);
        }

        Run("usermod", "--home", "/tmp", "--shell", "/bin/sh", UserName);
        var info = new ProcessStartInfo("chpasswd") { RedirectStandardInput = true, UseShellExecute = false };
        using var chpasswd = Process.Start(info)!;
        chpasswd.StandardInput.Write(new StringBuilder().Append(UserName).Append(':').Append(Password).Append('\n').ToString());
        chpasswd.StandardInput.Close();
        chpasswd.WaitForExit();
    }

    private static int Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
