using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;

namespace Printernizer.Application.Materials.Commands.UpdateSpool;

public sealed class UpdateSpoolCommandHandler(ISpoolRepository spools, StockEvents events, IAuditLog audit, ICurrentUser user, TimeProvider timeProvider)
    : IRequestHandler<UpdateSpoolCommand, SpoolDto>
{
    public async Task<SpoolDto> Handle(UpdateSpoolCommand request, CancellationToken cancellationToken)
    {
        var spool = await spools.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("Spool", request.Id);
        var before = await spools.GetDtoAsync(spool.Id, cancellationToken);
        var now = timeProvider.GetUtcNow();
        spool.InitialGrams = request.InitialGrams;
        spool.Lot = string.IsNullOrWhiteSpace(request.Lot) ? null : request.Lot.Trim();
        spool.Location = string.IsNullOrWhiteSpace(request.Location) ? null : request.Location.Trim();
        spool.OpenedAt = request.OpenedAt;
        spool.Archived = request.Archived;
        spool.UpdatedAt = now;
        await spools.UpdateAsync(spool, cancellationToken);
        if (request.Archived && spool.PrinterId is not null)
        {
            await spools.UnloadAsync(spool.Id, now, cancellationToken);
        }

        if (request.RemainingGrams is { } remaining && (remaining != spool.RemainingGrams || spool.NeedsRecount))
        {
            var change = await spools.AdjustAsync(spool.Id, remaining, user.Actor, "Recounted.", now, cancellationToken);
            await events.PublishAsync([change], cancellationToken);
        }

        var after = (await spools.GetDtoAsync(spool.Id, cancellationToken))!;
        await audit.WriteAsync(new AuditEntry(user.Actor, "spool.updated", "spool", spool.Id.ToString("D"), before, after), cancellationToken);
        return after;
    }
}
