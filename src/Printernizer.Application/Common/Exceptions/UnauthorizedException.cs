namespace Printernizer.Application.Common.Exceptions;

/// <summary>Missing or wrong credentials (401), e.g. a failed login.</summary>
public sealed class UnauthorizedException : Exception
{
    public UnauthorizedException()
        : base("Authentication is required.")
    {
    }

    public UnauthorizedException(string message)
        : base(message)
    {
    }

    public UnauthorizedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
