using System.Security.Cryptography;
using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Drivers;
using Printernizer.Domain.Printers;
using Printernizer.Infrastructure.Printers.Prusa;

namespace Printernizer.Infrastructure.Files.Previews;

/// <summary>Fetches a Prusa file's large thumbnail (<c>/thumb/l/usb/...</c>) without downloading the file and caches it by its own SHA-256.</summary>
public sealed class PrusaThumbnailFetcher(ThumbnailCache cache, TimeProvider timeProvider)
{
    /// <summary>The cache key, or null when the printer has no PNG preview for the file. Communication failures throw.</summary>
    public async Task<string?> FetchAsync(Printer printer, string sourcePath, CancellationToken cancellationToken)
    {
        if (printer.Kind != PrinterKind.Prusa || !sourcePath.StartsWith("/usb/", StringComparison.Ordinal))
        {
            return null;
        }

        using var client = PrusaLinkClient.Create(PrusaLinkClientOptions.From(PrinterConnectionSettings.From(printer)) with { MaxConnectionsPerServer = 1 }, timeProvider);
        var thumbnail = await client.GetThumbnailAsync("/thumb/l" + sourcePath, null, cancellationToken);
        if (thumbnail?.Content is not { Length: > 8 } png || !IsPng(png))
        {
            return null;
        }

        var key = Convert.ToHexStringLower(SHA256.HashData(png));
        await cache.WriteAsync(key, png, cancellationToken);
        return key;
    }

    private static bool IsPng(byte[] data) => data[0] == 0x89 && data[1] == (byte)'P' && data[2] == (byte)'N' && data[3] == (byte)'G';
}
