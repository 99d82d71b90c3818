using MediatR;

namespace Printernizer.Application.Printers.Commands.PinPrinterCertificate;

/// <summary>Trust on first use: stores the certificate fingerprint a driver saw, if none is pinned yet.</summary>
public sealed record PinPrinterCertificateCommand(Guid PrinterId, string Sha256Fingerprint) : IRequest;
