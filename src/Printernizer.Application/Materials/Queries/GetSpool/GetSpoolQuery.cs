using MediatR;

namespace Printernizer.Application.Materials.Queries.GetSpool;

public sealed record GetSpoolQuery(Guid Id) : IRequest<SpoolDto>;
