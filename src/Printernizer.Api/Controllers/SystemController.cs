using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.Diagnostics;
using Printernizer.Application.Diagnostics.Commands.CreateBackup;
using Printernizer.Application.Diagnostics.Queries.GetBackup;
using Printernizer.Application.Diagnostics.Queries.ListBackups;

namespace Printernizer.Api.Controllers;

/// <summary>Backups of the running installation (admin). A nightly backup also runs at 03:30 Berlin time.</summary>
[Route("api/v1/system/backups")]
[Authorize(Policy = ScopePolicies.Admin)]
public sealed class SystemController : ApiControllerBase
{
    /// <summary>Backups in the data folder, newest first.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<BackupDto>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<BackupDto>> List(CancellationToken cancellationToken) => await Mediator.Send(new ListBackupsQuery(), cancellationToken);

    /// <summary>Backs up the database while running (SQLite online backup) with the key ring, as a zip.</summary>
    [HttpPost]
    [ProducesResponseType<BackupDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<BackupDto>> Create(CancellationToken cancellationToken) =>
        StatusCode(StatusCodes.Status201Created, await Mediator.Send(new CreateBackupCommand(), cancellationToken));

    /// <summary>Downloads a backup archive.</summary>
    [HttpGet("{name}")]
    [Produces("application/zip")]
    [ProducesResponseType<FileStreamResult>(StatusCodes.Status200OK, "application/zip")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<FileStreamResult> Download(string name, CancellationToken cancellationToken)
    {
        var backup = await Mediator.Send(new GetBackupQuery(name), cancellationToken);
        return File(backup.Content, "application/zip", backup.Name);
    }
}
