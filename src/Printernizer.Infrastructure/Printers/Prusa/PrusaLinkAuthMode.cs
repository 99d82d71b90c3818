namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>How <see cref="PrusaLinkAuthenticationHandler"/> proves the printer's password.</summary>
public enum PrusaLinkAuthMode
{
    /// <summary><c>X-Api-Key</c>; switches to Digest for good when the printer answers with a Digest challenge instead.</summary>
    Auto,

    /// <summary><c>X-Api-Key</c> only (a 401 is always a wrong key).</summary>
    ApiKey,

    /// <summary>HTTP Digest as Buddy does it: user <c>maker</c>, realm <c>Printer API</c>, no qop.</summary>
    Digest,
}
