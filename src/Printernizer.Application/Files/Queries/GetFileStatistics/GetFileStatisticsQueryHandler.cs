using MediatR;

namespace Printernizer.Application.Files.Queries.GetFileStatistics;

public sealed class GetFileStatisticsQueryHandler(IFileQueries queries) : IRequestHandler<GetFileStatisticsQuery, FileStatisticsDto>
{
    public Task<FileStatisticsDto> Handle(GetFileStatisticsQuery request, CancellationToken cancellationToken) =>
        queries.GetStatisticsAsync(cancellationToken);
}
