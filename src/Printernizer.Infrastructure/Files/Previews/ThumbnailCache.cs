using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Infrastructure.Files.Previews;

/// <summary>PNG thumbnails under <c>&lt;data&gt;/cache/thumbnails/&lt;sha256&gt;.png</c>, written atomically, shared by equal content.</summary>
public sealed class ThumbnailCache(DataFolder folder)
{
    public string Root { get; } = Path.Combine(folder.CachePath, "thumbnails");

    public static bool IsValidKey(string? key) =>
        key is { Length: 64 } && key.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    public bool Exists(string key) => IsValidKey(key) && File.Exists(PathFor(key));

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (!IsValidKey(key))
        {
            return null;
        }

        try
        {
            return await File.ReadAllBytesAsync(PathFor(key), cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async Task WriteAsync(string key, byte[] png, CancellationToken cancellationToken)
    {
        if (!IsValidKey(key))
        {
            throw new ArgumentException("A thumbnail key is a lower-case SHA-256.", nameof(key));
        }

        Directory.CreateDirectory(Root);
        var target = PathFor(key);
        if (File.Exists(target))
        {
            return;
        }

        var temp = Path.Combine(Root, "." + key + "." + Guid.NewGuid().ToString("N") + ".tmp");
        await File.WriteAllBytesAsync(temp, png, cancellationToken);
        try
        {
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private string PathFor(string key) => Path.Combine(Root, key + ".png");
}
