using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Infrastructure;
using Printernizer.Api.Security;
using Printernizer.Application.Exports;
using Printernizer.Application.Exports.Commands.ExportDatev;
using Printernizer.Application.Exports.Commands.ExportJobs;

namespace Printernizer.Api.Controllers;

/// <summary>
/// File exports for the bookkeeping (curl-friendly: <c>curl -OJ -H "X-Api-Key: …" …</c>). Needs the <c>export</c> scope.
/// These GETs are deliberately not read-only (issue 17): every call RECORDS the export — the file bytes, SHA-256,
/// period, filters, included jobs and user go into the export journal (business.md §5.4), and a DATEV export assigns
/// each booked job its Belegfeld 1 number at its first export. The Swagger text of each operation says so.
/// </summary>
[Route("api/v1/exports")]
[Authorize(Policy = ScopePolicies.Export)]
public sealed class ExportsController : ApiControllerBase
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string ExportIdHeader = "X-Export-Id";
    private const string Sha256Header = "X-Content-SHA256";
    private const string ReplacementsCountHeader = "X-Export-Replacements-Count";
    private const string ReplacementsHeader = "X-Export-Replacements";

    /// <summary>Download the jobs of a period as Excel or German CSV (records the export in the journal).</summary>
    /// <remarks>
    /// The jobs of a Berlin period (default: the current month) as Excel (sheets Jobs, Summary, Materials, Info) or German
    /// CSV (<c>;</c>, decimal comma, UTF-8 with BOM). Each job shows its one value (cents; the total is the sum of the
    /// parts; private prints without owner labour), the same as the job page and DATEV. The file name carries the period.
    ///
    /// **Not read-only:** every call records the export in the export journal (file, SHA-256, period, filters, jobs, user);
    /// the response headers <c>X-Export-Id</c> and <c>X-Content-SHA256</c> identify the entry.
    ///
    /// <c>curl -OJ -H "X-Api-Key: $KEY" "http://localhost:5080/api/v1/exports/jobs?format=csv&amp;from=01.03.2026&amp;to=31.03.2026"</c>
    /// </remarks>
    [HttpGet("jobs")]
    [Produces(Xlsx, "text/csv", "application/problem+json")]
    [ProducesResponseType(typeof(FileResult), StatusCodes.Status200OK, Xlsx, "text/csv")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> Jobs([FromQuery] ExportJobsCommand command, CancellationToken cancellationToken) =>
        Send(await Mediator.Send(command, cancellationToken));

    /// <summary>Download the DATEV EXTF Buchungsstapel of a period (records the export and assigns Belegnummern).</summary>
    /// <remarks>
    /// DATEV EXTF Buchungsstapel (cp1252) of a Berlin period (default: the current month): one booking per completed
    /// business job (revenue, Belegfeld 1 <c>PJ-2026-0001</c>) and private job (Entnahme, <c>EB-2026-0001</c>). Several
    /// months: a zip with one batch per month. 422 lists per field what is missing (e.g. Beraternummer) or wrong.
    ///
    /// **Not read-only:** every call records the export in the export journal, and a job booked for the first time gets
    /// the next gapless Belegnummer of its year, which it keeps for every re-export. Headers: <c>X-Export-Id</c>,
    /// <c>X-Content-SHA256</c>, <c>X-Export-Replacements-Count</c> and, when text had characters cp1252 lacks,
    /// <c>X-Export-Replacements</c> (URL-encoded, <c>; </c>-separated, e.g. <c>Buchungstext: 'Ł' → 'L'</c>).
    ///
    /// <c>curl -OJ -H "X-Api-Key: $KEY" "http://localhost:5080/api/v1/exports/datev?from=2026-03-01&amp;to=2026-03-31"</c>
    /// </remarks>
    [HttpGet("datev")]
    [Produces("text/csv", "application/zip", "application/problem+json")]
    [ProducesResponseType(typeof(FileResult), StatusCodes.Status200OK, "text/csv", "application/zip")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> Datev([FromQuery] ExportDatevCommand command, CancellationToken cancellationToken) =>
        Send(await Mediator.Send(command, cancellationToken));

    private FileContentResult Send(ExportFile file)
    {
        Response.Headers[ExportIdHeader] = file.JournalId.ToString("D");
        Response.Headers[Sha256Header] = file.Sha256;
        Response.Headers[ReplacementsCountHeader] = file.Replacements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (file.Replacements.Count > 0)
        {
            Response.Headers[ReplacementsHeader] = string.Join("; ", file.Replacements.Select(Uri.EscapeDataString));
        }

        return File(file.Content, file.ContentType, file.FileName);
    }
}
