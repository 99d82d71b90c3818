using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Printers;

namespace Printernizer.Application.Materials.Commands.LoadSpool;

public sealed class LoadSpoolCommandHandler(
    ISpoolRepository spools,
    IPrinterRepository printers,
    IRealtimePublisher realtime,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider) : IRequestHandler<LoadSpoolCommand, SpoolDto>
{
    public async Task<SpoolDto> Handle(LoadSpoolCommand request, CancellationToken cancellationToken)
    {
        var spool = await spools.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Spool", request.Id);
        if (await printers.GetAsync(request.PrinterId, cancellationToken) is null)
        {
            throw NotFoundException.For("Printer", request.PrinterId);
        }

        if (spool.Archived)
        {
            throw new ConflictException("The spool is archived; unarchive it before loading it.");
        }

        var slot = request.SlotId.Trim().ToLowerInvariant();
        await spools.LoadAsync(spool.Id, request.PrinterId, slot, timeProvider.GetUtcNow(), cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "spool.loaded", "spool", spool.Id.ToString("D"), null, new { request.PrinterId, SlotId = slot }), cancellationToken);
        var dto = (await spools.GetDtoAsync(spool.Id, cancellationToken))!;
        realtime.Publish("spool.updated", dto, dto.Id.ToString("D"));
        return dto;
    }
}
