namespace Printernizer.Application.Files;

/// <summary>The local file library below <c>&lt;data&gt;/files</c>. Paths given and returned are relative to it; none can leave it.</summary>
public interface ILocalFileLibrary
{
    /// <summary>Stores an upload as <c>local/&lt;yyyy&gt;/&lt;MM&gt;/&lt;safe-name&gt;</c> (via a temp file). Returns where, size and SHA-256.</summary>
    Task<StoredFile> StoreAsync(Stream content, string fileName, string? printerName, DateTimeOffset at, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Opens a local copy for reading; null when it no longer exists.</summary>
    Stream? OpenRead(string localPath);

    bool Exists(string localPath);

    /// <summary>Deletes a local copy (no error when already gone).</summary>
    void Delete(string localPath);
}
