using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Files;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Ftps;

namespace Printernizer.Infrastructure.Files.Sources;

/// <summary>
/// A Bambu printer's storage over implicit FTPS (port 990, user <c>bblp</c>, the access code as password). Lists
/// <c>/</c>, <c>/cache</c> and <c>/model</c> (where present). Every operation opens its own session inside the
/// printer's <see cref="FtpsSessionGate"/> lease (printers allow one session). The certificate is pinned: an unpinned
/// printer is trusted on first use and its fingerprint handed to <paramref name="pinCertificate"/>.
/// </summary>
public sealed class BambuFtpsFileSource(
    PrinterConnectionSettings settings,
    FtpsSessionGate gate,
    FilesOptions options,
    Func<string, CancellationToken, Task> pinCertificate,
    TimeProvider timeProvider,
    ILogger logger) : IPrinterFileSource
{
    private static readonly string[] ListedFolders = ["cache", "model"];

    public Task<IReadOnlyList<PrinterFileEntry>> ListAsync(CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<PrinterFileEntry>>("list the files", async (client, ct) =>
        {
            var result = new List<PrinterFileEntry>();
            var root = await client.ListAsync("/", ct);
            Add(result, "/", root);
            foreach (var folder in ListedFolders)
            {
                if (root.Any(e => e.IsDirectory && string.Equals(e.Name, folder, StringComparison.Ordinal)))
                {
                    Add(result, "/" + folder + "/", await client.ListAsync("/" + folder, ct));
                }
            }

            return result;
        }, cancellationToken);

    public Task<PrinterFileDownloadResult> DownloadAsync(string sourcePath, Stream destination, IProgress<long>? progress, string? ifNoneMatch, CancellationToken cancellationToken) =>
        RunAsync("download " + sourcePath, async (client, ct) =>
        {
            var bytes = await client.DownloadAsync(sourcePath, destination, progress, 0, ct);
            return new PrinterFileDownloadResult(false, null, bytes);
        }, cancellationToken);

    public Task DeleteAsync(string sourcePath, CancellationToken cancellationToken) =>
        RunAsync("delete " + sourcePath, async (client, ct) =>
        {
            await client.DeleteAsync(sourcePath, ct);
            return true;
        }, cancellationToken);

    public Task<PrinterFileEntry> UploadAsync(string fileName, Stream content, long length, CancellationToken cancellationToken) =>
        RunAsync("upload " + fileName, async (client, ct) =>
        {
            var name = SafeFileName.Create(fileName);
            var sent = await client.UploadAsync(content, "/" + name, null, ct);
            return new PrinterFileEntry("/" + name, "/" + name, name, sent, timeProvider.GetUtcNow());
        }, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static void Add(List<PrinterFileEntry> result, string folder, IReadOnlyList<FtpsListEntry> entries)
    {
        foreach (var entry in entries.Where(e => !e.IsDirectory && !e.IsSymbolicLink && e.Name is not ("." or "..")))
        {
            var path = folder + entry.Name;
            result.Add(new PrinterFileEntry(path, path, entry.Name, entry.Size, entry.Modified));
        }
    }

    private async Task<T> RunAsync<T>(string what, Func<ImplicitFtpsClient, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Host) || string.IsNullOrEmpty(settings.AccessCode))
        {
            throw new PrinterCommunicationException($"{settings} has no host or access code; set them to reach its files.");
        }

        string? seenFingerprint = null;
        Func<X509Certificate2, bool> validate = settings.TlsFingerprint is { Length: > 0 } pin
            ? FtpsCertificatePin.Sha256(pin)
            : certificate =>
            {
                seenFingerprint = FtpsCertificatePin.ComputeSha256(certificate);
                return true;
            };
        var clientOptions = new FtpsClientOptions
        {
            Host = settings.Host.Trim(),
            Port = settings.FtpsPort,
            UserName = options.BambuFtpsUserName,
            Password = settings.AccessCode,
            ValidateCertificate = validate,
            TlsTargetHost = string.IsNullOrWhiteSpace(settings.Serial) ? null : settings.Serial.Trim() + "-ftps",
        };

        using var lease = await gate.AcquireAsync(settings.PrinterId.ToString("D"), cancellationToken);
        try
        {
            await using var client = new ImplicitFtpsClient(clientOptions, timeProvider, logger);
            await client.ConnectAsync(cancellationToken);
            if (seenFingerprint is not null)
            {
                await pinCertificate(seenFingerprint, cancellationToken);
            }

            var result = await operation(client, cancellationToken);
            try
            {
                await client.QuitAsync(cancellationToken);
            }
            catch (FtpsException)
            {
                // the work is done; a failed goodbye does not matter
            }

            return result;
        }
        catch (FtpsException ex) when (ex.Kind == FtpsErrorKind.FileUnavailable)
        {
            throw new NotFoundException($"Printer '{settings.Name}' could not {what}: {ex.Message}");
        }
        catch (FtpsException ex)
        {
            var unreachable = ex.Kind is FtpsErrorKind.ConnectFailed or FtpsErrorKind.Timeout or FtpsErrorKind.ConnectionClosed or FtpsErrorKind.DataConnection;
            throw new PrinterCommunicationException($"Printer '{settings.Name}' could not {what}: {ex.Message}", unreachable, ex)
            {
                AuthenticationFailed = ex.Kind == FtpsErrorKind.LoginRejected,
            };
        }
    }
}
