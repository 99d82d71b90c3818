using MediatR;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Domain.Materials;

namespace Printernizer.Application.Materials.Commands.CreateSpool;

public sealed class CreateSpoolCommandHandler(IMaterialRepository materials, ISpoolRepository spools, IAuditLog audit, ICurrentUser user, TimeProvider timeProvider)
    : IRequestHandler<CreateSpoolCommand, SpoolDto>
{
    public async Task<SpoolDto> Handle(CreateSpoolCommand request, CancellationToken cancellationToken)
    {
        if (await materials.GetAsync(request.MaterialId, cancellationToken) is null)
        {
            throw ValidationException.ForField(nameof(request.MaterialId), $"Material '{request.MaterialId}' does not exist.");
        }

        var now = timeProvider.GetUtcNow();
        var spool = new Spool
        {
            Id = Guid.NewGuid(),
            MaterialId = request.MaterialId,
            InitialGrams = request.InitialGrams,
            RemainingGrams = request.RemainingGrams ?? request.InitialGrams,
            Lot = Clean(request.Lot),
            Location = Clean(request.Location),
            OpenedAt = request.OpenedAt,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await spools.AddAsync(spool, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "spool.created", "spool", spool.Id.ToString("D"), null, spool), cancellationToken);
        return (await spools.GetDtoAsync(spool.Id, cancellationToken))!;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
