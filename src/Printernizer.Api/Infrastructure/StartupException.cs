namespace Printernizer.Api.Infrastructure;

/// <summary>Start-up cannot continue (data folder in use, migration failed); the message says why.</summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
