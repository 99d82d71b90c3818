namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>Thrown inside the readers when content is broken or over a limit; turned into FileInspection.Unreadable.</summary>
public sealed class InvalidPrintFileException : Exception
{
    public InvalidPrintFileException()
    {
    }

    public InvalidPrintFileException(string message)
        : base(message)
    {
    }

    public InvalidPrintFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
