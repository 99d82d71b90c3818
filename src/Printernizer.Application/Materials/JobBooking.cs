namespace Printernizer.Application.Materials;

/// <summary>The booking a job should have: <see cref="Grams"/> on <see cref="SpoolId"/> (nothing when the spool is null).</summary>
public sealed record JobBooking(Guid JobId, Guid? SpoolId, decimal Grams, string Actor, string Reason, DateTimeOffset At);
