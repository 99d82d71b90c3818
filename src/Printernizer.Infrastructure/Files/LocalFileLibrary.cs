using System.Security.Cryptography;
using Printernizer.Application.Common;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Files;
using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Files;

/// <summary>
/// The local library: <c>&lt;data&gt;/files/&lt;printer&gt;/&lt;yyyy&gt;/&lt;MM&gt;/&lt;safe-name&gt;</c>. Every name goes
/// through <see cref="SafeFileName"/>, every resolved path is checked to stay below the library root, collisions get a
/// suffix and a different file is never overwritten. Transfers are written to <c>.partial/</c> and moved in when verified.
/// </summary>
public sealed class LocalFileLibrary(DataFolder folder) : ILocalFileLibrary
{
    public const string LocalFolderName = "local";
    private const string PartialFolderName = ".partial";

    public string Root { get; } = EnsureRoot(folder.FilesPath);

    public string PartialFolder => Path.Combine(Root, PartialFolderName);

    /// <summary>Where a transfer of <paramref name="id"/> is written until it is verified.</summary>
    public string TempPathFor(Guid id)
    {
        Directory.CreateDirectory(PartialFolder);
        return Path.Combine(PartialFolder, id.ToString("N") + ".part");
    }

    /// <summary>Deletes left-over partial transfers (start-up: nothing half-written survives a restart).</summary>
    public int CleanPartials()
    {
        if (!Directory.Exists(PartialFolder))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(PartialFolder))
        {
            TryDelete(file);
            count++;
        }

        return count;
    }

    /// <summary>
    /// Moves a verified temp file into the library below <paramref name="folderName"/> (a printer name or
    /// <see cref="LocalFolderName"/>) and returns its relative path. A name already taken gets a suffix
    /// (<c>name (2).ext</c>, ...): a different file is never overwritten. Only <paramref name="ownPath"/> (the same row's
    /// previous copy, on a re-download) is replaced.
    /// </summary>
    public string Place(string tempPath, string folderName, DateTimeOffset at, string fileName, string? ownPath = null)
    {
        var local = BerlinTime.ToBerlin(at);
        var relativeFolder = Path.Combine(
            SafeFileName.Create(folderName, "printer"),
            local.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            local.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        var directory = Resolve(relativeFolder);
        Directory.CreateDirectory(directory);
        var own = ownPath is null ? null : Resolve(ownPath);
        var safeName = SafeFileName.Create(fileName);
        for (var n = 1; n < 10_000; n++)
        {
            var candidateName = n == 1 ? safeName : SafeFileName.WithSuffix(safeName, n);
            var target = Resolve(Path.Combine(relativeFolder, candidateName));
            if (string.Equals(target, own, StringComparison.Ordinal))
            {
                File.Move(tempPath, target, overwrite: true);
                return Relative(target);
            }

            if (File.Exists(target))
            {
                continue;
            }

            try
            {
                File.Move(tempPath, target, overwrite: false);
                return Relative(target);
            }
            catch (IOException) when (File.Exists(target))
            {
                // Another transfer took this name meanwhile: try the next suffix.
            }
        }

        throw new IOException($"No free name for '{safeName}' in {relativeFolder}.");
    }

    public async Task<StoredFile> StoreAsync(Stream content, string fileName, string? printerName, DateTimeOffset at, long maxBytes, CancellationToken cancellationToken)
    {
        var temp = TempPathFor(Guid.NewGuid());
        try
        {
            long size = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        throw ValidationException.ForField("file", FormattableString.Invariant($"The uploaded file is larger than the limit of {maxBytes} bytes."));
                    }

                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size == 0)
            {
                throw ValidationException.ForField("file", "The uploaded file is empty.");
            }

            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var path = Place(temp, printerName ?? LocalFolderName, at, fileName);
            return new StoredFile(path, size, sha);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    public Stream? OpenRead(string localPath)
    {
        var full = Resolve(localPath);
        try
        {
            return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public bool Exists(string localPath) => File.Exists(Resolve(localPath));

    public void Delete(string localPath) => TryDelete(Resolve(localPath));

    /// <summary>The absolute path of a relative library path; throws when it would leave the library.</summary>
    public string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The path '{relativePath}' leaves the file library.");
        }

        return full;
    }

    internal static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private string Relative(string full) => Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/');

    private static string EnsureRoot(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(full);
        return full;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // best effort: a later cleanup removes it
        }
    }
}
