namespace Printernizer.Application.Common.Exceptions;

/// <summary>
/// A printer could not be reached (503) or refused what was asked (502). <see cref="Exception.Message"/>
/// is shown to the user, so it says what is wrong and what to do, never secrets.
/// </summary>
public sealed class PrinterCommunicationException : Exception
{
    public PrinterCommunicationException(string message, bool unreachable = false, Exception? innerException = null)
        : base(message, innerException)
    {
        Unreachable = unreachable;
    }

    public PrinterCommunicationException()
    {
    }

    public PrinterCommunicationException(string message)
        : base(message)
    {
    }

    public PrinterCommunicationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True: the printer did not answer (503). False: it answered and refused (502).</summary>
    public bool Unreachable { get; }

    /// <summary>True when credentials were wrong: reconnecting with the same ones is pointless and must back off hard.</summary>
    public bool AuthenticationFailed { get; init; }
}
