namespace Printernizer.Application.Common.Exceptions;

/// <summary>An id that does not exist (404).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static NotFoundException For(string resource, object id) => new($"{resource} '{id}' was not found.");
}
