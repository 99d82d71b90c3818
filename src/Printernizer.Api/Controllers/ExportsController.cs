using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Infrastructure;
using Printernizer.Api.Security;
using Printernizer.Application.Exports.Commands.ExportDatev;
using Printernizer.Application.Exports.Commands.ExportJobs;

namespace Printernizer.Api.Controllers;

/// <summary>
/// File exports for the bookkeeping (curl-friendly: <c>curl -OJ -H "X-Api-Key: …" …</c>), each stored in the export
/// journal with its SHA-256. Needs the <c>export</c> scope.
/// </summary>
[Route("api/v1/exports")]
[Authorize(Policy = ScopePolicies.Export)]
public sealed class ExportsController : ApiControllerBase
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// The jobs of a Berlin period (default: the current month) as Excel (sheets Jobs, Summary, Materials, Info) or German
    /// CSV (<c>;</c>, decimal comma, UTF-8 with BOM). The file name carries the period.
    /// </summary>
    [HttpGet("jobs")]
    [Produces(Xlsx, "text/csv", "application/problem+json")]
    [ProducesResponseType(typeof(FileResult), StatusCodes.Status200OK, Xlsx, "text/csv")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> Jobs([FromQuery] ExportJobsCommand command, CancellationToken cancellationToken)
    {
        var file = await Mediator.Send(command, cancellationToken);
        Response.Headers["X-Export-Id"] = file.JournalId.ToString("D");
        Response.Headers["X-Content-SHA256"] = file.Sha256;
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>
    /// DATEV EXTF Buchungsstapel (cp1252) of a Berlin period (default: the current month): one booking per completed
    /// business job (revenue) and private job (Entnahme). Several months: a zip with one batch per month. 422 lists what
    /// is missing (e.g. Beraternummer) or wrong.
    /// </summary>
    [HttpGet("datev")]
    [Produces("text/csv", "application/zip", "application/problem+json")]
    [ProducesResponseType(typeof(FileResult), StatusCodes.Status200OK, "text/csv", "application/zip")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> Datev([FromQuery] ExportDatevCommand command, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(command, cancellationToken);
        if (result.File is not { } file)
        {
            var errors = result.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            var problem = new ValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The DATEV export is not possible.",
                Detail = string.Join(" ", result.Problems.Select(p => p.Message).Distinct()),
                Type = ProblemResponses.TypeFor(StatusCodes.Status422UnprocessableEntity),
            };
            problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? HttpContext.TraceIdentifier;
            return new ObjectResult(problem) { StatusCode = StatusCodes.Status422UnprocessableEntity, ContentTypes = { "application/problem+json" } };
        }

        Response.Headers["X-Export-Id"] = file.JournalId.ToString("D");
        Response.Headers["X-Content-SHA256"] = file.Sha256;
        return File(file.Content, file.ContentType, file.FileName);
    }
}
