namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary><c>HEAD /api/v1/files/usb/&lt;path&gt;</c>: whether the file exists, is read-only, is being printed.</summary>
public sealed record PrusaLinkFileHead(bool Exists, bool ReadOnly, bool CurrentlyPrinting);
