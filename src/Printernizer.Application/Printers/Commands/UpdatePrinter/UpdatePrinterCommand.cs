using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Printers.Commands.UpdatePrinter;

/// <summary>Replaces a printer's settings. Secrets left out keep their stored values.</summary>
public sealed record UpdatePrinterCommand : PrinterInput, IRequest<PrinterDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}
