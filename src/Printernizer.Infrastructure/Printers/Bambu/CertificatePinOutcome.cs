namespace Printernizer.Infrastructure.Printers.Bambu;

/// <summary>What <see cref="CertificatePinValidator"/> decided about the last certificate it saw.</summary>
public enum CertificatePinOutcome
{
    NotChecked,
    /// <summary>No pin existed: the certificate was accepted and <see cref="CertificatePinValidator.ObservedFingerprint"/> should be stored.</summary>
    FirstUse,
    Matched,
    /// <summary>A pin exists and the certificate differs: refused.</summary>
    Mismatch,
    /// <summary>The certificate's CN is not the expected serial: refused.</summary>
    CommonNameMismatch,
    /// <summary>The server sent no certificate: refused.</summary>
    NoCertificate,
}
