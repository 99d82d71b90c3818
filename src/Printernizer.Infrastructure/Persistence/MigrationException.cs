namespace Printernizer.Infrastructure.Persistence;

/// <summary>A schema migration failed; start-up stops with this message.</summary>
public sealed class MigrationException : Exception
{
    public MigrationException()
    {
    }

    public MigrationException(string message)
        : base(message)
    {
    }

    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
