using Printernizer.Ftps;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Ftps.Tests;

/// <summary>Clients for the test vsftpd instances, configured like the Bambu driver would (pinned certificate).</summary>
internal static class FtpsTestClients
{
    public const string Serial = "01P00A123456789";

    public static FtpsClientOptions Options(
        VsftpdServer server,
        string pinnedSha256,
        string password = VsftpdServer.Password,
        FtpsDataProtection protection = FtpsDataProtection.Auto,
        string? tlsTargetHost = Serial + "-ftps",
        TimeSpan? dataTimeout = null) => new()
    {
        Host = VsftpdServer.Host,
        Port = server.Port,
        UserName = VsftpdServer.UserName,
        Password = password,
        ValidateCertificate = FtpsCertificatePin.Sha256(pinnedSha256),
        TlsTargetHost = tlsTargetHost,
        DataProtection = protection,
        ConnectTimeout = TimeSpan.FromSeconds(20),
        ReplyTimeout = TimeSpan.FromSeconds(20),
        DataTimeout = dataTimeout ?? TimeSpan.FromSeconds(20),
        TransferCompleteTimeout = TimeSpan.FromSeconds(30),
    };

    public static async Task<ImplicitFtpsClient> ConnectAsync(FtpsClientOptions options)
    {
        var client = new ImplicitFtpsClient(options);
        await client.ConnectAsync();
        return client;
    }

    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }
}
