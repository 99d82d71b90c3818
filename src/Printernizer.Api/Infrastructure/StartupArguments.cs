namespace Printernizer.Api.Infrastructure;

/// <summary>
/// Command-line switches of the start command: <c>--data &lt;dir&gt;</c> (or <c>PRINTERNIZER_DATA</c>), <c>--demo</c>,
/// and the usual ASP.NET Core ones (<c>--urls</c>).
/// </summary>
public static class StartupArguments
{
    public const string DataFolderKey = "Printernizer:DataFolder";
    public const string DemoKey = "Printernizer:Demo";

    public static string[] Translate(string[] args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--demo":
                    result.Add($"--{DemoKey}=true");
                    break;
                case "--data" when i + 1 < args.Length:
                    result.Add($"--{DataFolderKey}={args[++i]}");
                    break;
                default:
                    if (args[i].StartsWith("--data=", StringComparison.Ordinal))
                    {
                        result.Add($"--{DataFolderKey}={args[i]["--data=".Length..]}");
                    }
                    else
                    {
                        result.Add(args[i]);
                    }

                    break;
            }
        }

        return [.. result];
    }

    public static string DataFolderPath(IConfiguration configuration) =>
        configuration[DataFolderKey] is { Length: > 0 } fromArgs ? fromArgs
        : Environment.GetEnvironmentVariable("PRINTERNIZER_DATA") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : "./data";
}
