namespace Printernizer.Infrastructure.Persistence;

/// <summary>
/// An exclusive lock file in the data folder, held for the process's lifetime, so a second instance on the same
/// folder fails fast instead of corrupting the database.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    private readonly FileStream _stream;

    private DataFolderLock(FileStream stream) => _stream = stream;

    public static DataFolderLock Acquire(DataFolder folder)
    {
        var path = Path.Combine(folder.Root, "printernizer.lock");
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            stream.SetLength(0);
            var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            stream.Write(pid);
            stream.Flush();
            return new DataFolderLock(stream);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException(
                $"Another Printernizer instance is already using the data folder '{folder.Root}'. " +
                "Stop it first, or start this one with a different --data folder.", ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}
