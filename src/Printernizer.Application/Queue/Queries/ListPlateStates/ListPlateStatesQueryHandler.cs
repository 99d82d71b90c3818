using MediatR;
using Printernizer.Application.Printers;

namespace Printernizer.Application.Queue.Queries.ListPlateStates;

public sealed class ListPlateStatesQueryHandler(IPrinterRepository printers, IPrinterPlateStore plates) : IRequestHandler<ListPlateStatesQuery, IReadOnlyList<PlateStateDto>>
{
    public async Task<IReadOnlyList<PlateStateDto>> Handle(ListPlateStatesQuery request, CancellationToken cancellationToken)
    {
        var states = await plates.GetAllAsync(cancellationToken);
        return (await printers.ListAsync(cancellationToken))
            .Select(p =>
            {
                var state = states.GetValueOrDefault(p.Id) ?? new PlateState(p.Id, null, null);
                return new PlateStateDto { PrinterId = p.Id, PrinterName = p.Name, Cleared = state.IsCleared, ClearedAt = state.ClearedAt, LastJobAt = state.LastJobAt };
            })
            .ToList();
    }
}
