namespace Printernizer.Infrastructure.Tests.Support;

/// <summary>Misbehaviour a <see cref="PrusaLinkSimulatorPrinter"/> shows on authenticated requests (see <see cref="PrusaLinkSimulatorPrinter.FaultPathPrefix"/>).</summary>
public enum PrusaLinkSimulatorFault
{
    None,

    /// <summary>Waits <see cref="PrusaLinkSimulatorPrinter.ResponseDelay"/> before answering.</summary>
    Slow,

    /// <summary>Closes the connection without an answer.</summary>
    DropConnection,

    /// <summary>Answers 500 with Buddy's error body.</summary>
    ServerError,

    /// <summary>Answers 200 with truncated JSON.</summary>
    MalformedJson,
}
