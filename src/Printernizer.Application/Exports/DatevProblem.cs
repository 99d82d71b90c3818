namespace Printernizer.Application.Exports;

/// <summary>
/// A reason the DATEV export is rejected (business.md §7.3.7). <see cref="Field"/> is a camelCase path such as
/// <c>consultantNumber</c> or <c>bookings[3].documentNumber</c>.
/// </summary>
public sealed record DatevProblem(string Field, string Message);
