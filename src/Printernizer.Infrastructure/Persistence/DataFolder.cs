namespace Printernizer.Infrastructure.Persistence;

/// <summary>The data folder: database, key ring, files. Everything Printernizer writes lives below it.</summary>
public sealed class DataFolder
{
    public DataFolder(string path)
    {
        Root = Path.GetFullPath(path);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "printernizer.db");

    public string KeysPath => Path.Combine(Root, "keys");

    public string FilesPath => Path.Combine(Root, "files");

    public string CachePath => Path.Combine(Root, "cache");
}
