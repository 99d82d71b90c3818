using MediatR;

namespace Printernizer.Application.Printers;

/// <summary>A printer was added, changed, deactivated or deleted: its connection must be (re)started or stopped.</summary>
public sealed record PrinterConfigurationChanged(Guid PrinterId) : INotification;
