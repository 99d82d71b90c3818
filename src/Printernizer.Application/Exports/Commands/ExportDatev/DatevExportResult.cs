namespace Printernizer.Application.Exports.Commands.ExportDatev;

/// <summary>The file, or why it cannot be produced (then 422 with the problems).</summary>
public sealed record DatevExportResult(ExportFile? File, IReadOnlyList<DatevProblem> Problems);
