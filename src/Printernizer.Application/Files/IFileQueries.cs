using Printernizer.Application.Common.Models;

namespace Printernizer.Application.Files;

/// <summary>Read side of the combined list.</summary>
public interface IFileQueries
{
    Task<PagedList<FileDto>> ListAsync(FileListFilter filter, CancellationToken cancellationToken);

    Task<FileDto?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<FileStatisticsDto> GetStatisticsAsync(CancellationToken cancellationToken);
}
