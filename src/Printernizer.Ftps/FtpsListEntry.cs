namespace Printernizer.Ftps;

/// <summary>
/// One entry of a <c>LIST</c> reply. <see cref="Modified"/> is the server's wall-clock time read as UTC
/// (printers use an unknown zone): use it for ordering, not as an absolute time.
/// </summary>
public sealed record FtpsListEntry(
    string Name,
    long Size,
    DateTimeOffset Modified,
    bool IsDirectory,
    bool IsSymbolicLink = false,
    string? LinkTarget = null);
