using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Materials.Commands.UnloadSpool;

public sealed class UnloadSpoolCommandHandler(ISpoolRepository spools, IRealtimePublisher realtime, IAuditLog audit, ICurrentUser user, TimeProvider timeProvider)
    : IRequestHandler<UnloadSpoolCommand, SpoolDto>
{
    public async Task<SpoolDto> Handle(UnloadSpoolCommand request, CancellationToken cancellationToken)
    {
        var spool = await spools.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Spool", request.Id);
        if (spool.PrinterId is not null)
        {
            await spools.UnloadAsync(spool.Id, timeProvider.GetUtcNow(), cancellationToken);
            await audit.WriteAsync(new AuditEntry(user.Actor, "spool.unloaded", "spool", spool.Id.ToString("D"), new { spool.PrinterId, spool.SlotId }), cancellationToken);
        }

        var dto = (await spools.GetDtoAsync(spool.Id, cancellationToken))!;
        realtime.Publish("spool.updated", dto, dto.Id.ToString("D"));
        return dto;
    }
}
