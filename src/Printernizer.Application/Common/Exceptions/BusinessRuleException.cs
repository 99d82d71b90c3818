namespace Printernizer.Application.Common.Exceptions;

/// <summary>
/// Well-formed input that breaks a business rule, e.g. a DATEV export without consultant number (422). Optional
/// <see cref="Errors"/> per field (camelCase) and a <see cref="Title"/>; the Api's one exception handler maps it.
/// </summary>
public sealed class BusinessRuleException : Exception
{
    public BusinessRuleException()
    {
        Errors = new Dictionary<string, string[]>();
    }

    public BusinessRuleException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public BusinessRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    /// <summary>A rule violation with messages per field.</summary>
    public BusinessRuleException(string title, string message, IDictionary<string, string[]> errors)
        : base(message)
    {
        Title = title;
        Errors = errors;
    }

    /// <summary>The problem's title; null = "Business rule violated".</summary>
    public string? Title { get; }

    public IDictionary<string, string[]> Errors { get; }
}
