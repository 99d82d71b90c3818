using MediatR;

namespace Printernizer.Application.Costs.Queries.GetDatevSettings;

public sealed class GetDatevSettingsQueryHandler(ICostSettingsRepository settings) : IRequestHandler<GetDatevSettingsQuery, DatevSettingsDto>
{
    public async Task<DatevSettingsDto> Handle(GetDatevSettingsQuery request, CancellationToken cancellationToken)
    {
        var current = await settings.GetDatevAsync(cancellationToken);
        return DatevSettingsDto.From(current.Value, current.ValidFrom);
    }
}
