namespace Printernizer.Application.Common.Exceptions;

/// <summary>The request conflicts with the current state, e.g. pausing an idle printer (409).</summary>
public sealed class ConflictException : Exception
{
    public ConflictException()
    {
    }

    public ConflictException(string message)
        : base(message)
    {
    }

    public ConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A 409 that tells the client more than a sentence (written as problem+json extension members, e.g. <c>problems</c>).</summary>
    public ConflictException(string message, IReadOnlyDictionary<string, object?> extensions)
        : base(message)
    {
        Extensions = extensions;
    }

    /// <summary>Extra problem+json members (camelCase names); empty for a plain conflict.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}
