namespace Printernizer.Application.Common.Exceptions;

/// <summary>Well-formed input that breaks a business rule, e.g. a DATEV export without consultant number (422).</summary>
public sealed class BusinessRuleException : Exception
{
    public BusinessRuleException()
    {
    }

    public BusinessRuleException(string message)
        : base(message)
    {
    }

    public BusinessRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
