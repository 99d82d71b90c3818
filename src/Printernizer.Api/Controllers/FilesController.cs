using System.Net.Mime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Printernizer.Api.Infrastructure;
using Printernizer.Api.Security;
using Printernizer.Application.Common.Models;
using Printernizer.Application.Files;
using Printernizer.Application.Files.Commands.CleanupFiles;
using Printernizer.Application.Files.Commands.DeleteFile;
using Printernizer.Application.Files.Commands.DownloadCurrentJobFile;
using Printernizer.Application.Files.Commands.DownloadFile;
using Printernizer.Application.Files.Commands.DownloadFiles;
using Printernizer.Application.Files.Commands.SyncPrinterFiles;
using Printernizer.Application.Files.Commands.UploadLocalFile;
using Printernizer.Application.Files.Queries.GetFile;
using Printernizer.Application.Files.Queries.GetFileContent;
using Printernizer.Application.Files.Queries.GetFileStatistics;
using Printernizer.Application.Files.Queries.GetFileThumbnail;
using Printernizer.Application.Files.Queries.ListFiles;
using Printernizer.Application.Previews;
using Printernizer.Application.Previews.Queries.GetFilePreview;

namespace Printernizer.Api.Controllers;

/// <summary>"Drucker-Dateien": the files on the printers and in the local library, downloads, uploads, cleanup.</summary>
[Route("api/v1/files")]
[Authorize(Policy = ScopePolicies.Read)]
public sealed class FilesController : ApiControllerBase
{
    /// <summary>The combined list: printer files and local files (a downloaded file is one row), with filters, search, sorting and paging.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<FileDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedList<FileDto>> List([FromQuery] ListFilesQuery query, CancellationToken cancellationToken) =>
        await Mediator.Send(query, cancellationToken);

    /// <summary>One file.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<FileDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<FileDto> Get(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetFileQuery(id), cancellationToken);

    /// <summary>Counts and bytes by status and by printer, and download totals.</summary>
    [HttpGet("statistics")]
    [ProducesResponseType<FileStatisticsDto>(StatusCodes.Status200OK)]
    public async Task<FileStatisticsDto> Statistics(CancellationToken cancellationToken) =>
        await Mediator.Send(new GetFileStatisticsQuery(), cancellationToken);

    /// <summary>Lists the printers' files now (all active printers, or one with <c>printerId</c>). Unreachable printers are reported, not fatal.</summary>
    [HttpPost("sync")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<FileSyncResultDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<FileSyncResultDto> Sync([FromQuery] Guid? printerId, CancellationToken cancellationToken) =>
        await Mediator.Send(new SyncPrinterFilesCommand(printerId), cancellationToken);

    /// <summary>Queues the download of a printer file (202; follow SSE <c>download.progress</c> and <c>file.updated</c>).</summary>
    [HttpPost("{id:guid}/download")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<FileDto>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<AcceptedResult> Download(Guid id, CancellationToken cancellationToken) =>
        Accepted(await Mediator.Send(new DownloadFileCommand(id), cancellationToken));

    /// <summary>Queues the download of several files; files that cannot be downloaded are listed under <c>skipped</c>.</summary>
    [HttpPost("downloads")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<DownloadRequestResultDto>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<AcceptedResult> DownloadMany(DownloadFilesCommand command, CancellationToken cancellationToken) =>
        Accepted(await Mediator.Send(command, cancellationToken));

    /// <summary>Queues the download of the file the printer's running job prints (409 when no job runs).</summary>
    [HttpPost("~/api/v1/printers/{id:guid}/download-current-job")]
    [Authorize(Policy = ScopePolicies.Control)]
    [ProducesResponseType<FileDto>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status502BadGateway, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<AcceptedResult> DownloadCurrentJob(Guid id, CancellationToken cancellationToken) =>
        Accepted(await Mediator.Send(new DownloadCurrentJobFileCommand(id), cancellationToken));

    /// <summary>The local copy (a download with <c>Content-Disposition</c>; 404 when the file has no local copy).</summary>
    [HttpGet("{id:guid}/content")]
    [Produces(MediaTypeNames.Application.Octet, "application/problem+json")]
    [ProducesResponseType<FileStreamResult>(StatusCodes.Status200OK, MediaTypeNames.Application.Octet)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<FileStreamResult> Content(Guid id, CancellationToken cancellationToken)
    {
        var content = await Mediator.Send(new GetFileContentQuery(id), cancellationToken);
        // FileDownloadName writes both filename (ASCII fallback) and filename* (RFC 5987, UTF-8).
        var result = File(content.Content, MediaTypeNames.Application.Octet, content.FileName, enableRangeProcessing: true);
        if (content.Sha256 is not null)
        {
            result.EntityTag = new EntityTagHeaderValue("\"" + content.Sha256 + "\"");
        }

        return result;
    }

    /// <summary>
    /// The PNG thumbnail (embedded in the file, rendered from a mesh, or the Prusa printer's own preview); 404 when the file
    /// has none. <c>ETag</c> is the SHA-256 the PNG is cached under; send <c>If-None-Match</c> for a 304.
    /// </summary>
    [HttpGet("{id:guid}/thumbnail")]
    [Produces("image/png", "application/problem+json")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK, "image/png")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<FileContentResult> Thumbnail(Guid id, CancellationToken cancellationToken)
    {
        var thumbnail = await Mediator.Send(new GetFileThumbnailQuery(id), cancellationToken);
        Response.Headers.CacheControl = "private, max-age=300";
        return File(thumbnail.Png, "image/png", lastModified: null, entityTag: new EntityTagHeaderValue("\"" + thumbnail.Key + "\""));
    }

    /// <summary>
    /// What the viewer can show: <c>mesh</c> (STL/3MF geometry at <c>contentUrl</c>), <c>gcode</c> (toolpaths of plain G-code),
    /// <c>thumbnail</c> (a PNG only: .bgcode, sliced 3MF, files still on the printer) or <c>none</c>.
    /// </summary>
    [HttpGet("{id:guid}/preview")]
    [ProducesResponseType<FilePreviewDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<FilePreviewDto> Preview(Guid id, CancellationToken cancellationToken) =>
        await Mediator.Send(new GetFilePreviewQuery(id), cancellationToken);

    /// <summary>Deletes the local copy (<c>scope=local</c>) or the file on the printer (<c>scope=printer</c>); 409 while it is printed or downloaded.</summary>
    [HttpDelete("{id:guid}")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status502BadGateway, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<NoContentResult> Delete(Guid id, [FromQuery] FileDeleteScope scope = FileDeleteScope.Local, CancellationToken cancellationToken = default)
    {
        await Mediator.Send(new DeleteFileCommand(id, scope), cancellationToken);
        return NoContent();
    }

    /// <summary>Uploads a local file (multipart form field <c>file</c>) → 201 with the new row (status <c>local</c>). Too large: 413; empty: 400.</summary>
    [HttpPost]
    [Authorize(Policy = ScopePolicies.Admin)]
    [Consumes("multipart/form-data")]
    [UploadLimit]
    [ProducesResponseType<FileDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<CreatedResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            throw Application.Common.Exceptions.ValidationException.ForField("file", "Send the file as multipart form field 'file'.");
        }

        await using var stream = file.OpenReadStream();
        var dto = await Mediator.Send(new UploadLocalFileCommand(file.FileName, stream, file.Length), cancellationToken);
        return Created($"/api/v1/files/{dto.Id:D}", dto);
    }

    /// <summary>
    /// Deletes local copies by policy (older than <c>olderThanDays</c>, then oldest first above <c>maxTotalBytes</c>);
    /// only local copies, never a file an open job prints. With <c>dryRun</c> only reports what would go.
    /// </summary>
    [HttpPost("cleanup")]
    [Authorize(Policy = ScopePolicies.Admin)]
    [ProducesResponseType<CleanupResultDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<CleanupResultDto> Cleanup(CleanupFilesCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command, cancellationToken);
}
