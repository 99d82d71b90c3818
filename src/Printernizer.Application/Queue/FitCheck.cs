namespace Printernizer.Application.Queue;

/// <summary>
/// Hard-rule result: assignable (file suits the printer), eligible (dispatchable now), all reasons and the failing ones.
/// <see cref="PlateCleared"/> is kept apart: an override never dispatches onto a plate nobody confirmed empty.
/// </summary>
public sealed record FitCheck(bool Assignable, bool Eligible, IReadOnlyList<string> Reasons, IReadOnlyList<string> Problems, bool PlateCleared = true)
{
    /// <summary>The problems an explicit override may dispatch past (all but the plate).</summary>
    public IReadOnlyList<string> OverridableProblems => PlateCleared ? Problems : Problems.Where(p => p != PrintQueueService.PlateNotCleared).ToList();
}
