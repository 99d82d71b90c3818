namespace Printernizer.Application.Queue;

/// <summary>Hard-rule result: assignable (file suits the printer), eligible (dispatchable now), all reasons and the failing ones.</summary>
public sealed record FitCheck(bool Assignable, bool Eligible, IReadOnlyList<string> Reasons, IReadOnlyList<string> Problems);
