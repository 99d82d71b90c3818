namespace Printernizer.Infrastructure.Tests.Support;

/// <summary>Locates ../shared/fixtures from the test binaries (repository checkout with shared/ beside it).</summary>
public static class SharedFixtures
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(Path(parts));

    public static byte[] ReadBytes(params string[] parts) => File.ReadAllBytes(Path(parts));

    private static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PRINTERNIZER_FIXTURES");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/fixtures not found above " + AppContext.BaseDirectory + "; set PRINTERNIZER_FIXTURES.");
    }
}
