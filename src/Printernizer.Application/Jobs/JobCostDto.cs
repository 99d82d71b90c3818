namespace Printernizer.Application.Jobs;

/// <summary>A job's cost in EUR: <c>{ material, energy, machine, labour, failureAllowance, total, currency, frozenAt, version }</c>.</summary>
public sealed record JobCostDto(
    decimal Material,
    decimal Energy,
    decimal Machine,
    decimal Labour,
    decimal FailureAllowance,
    decimal Total,
    string Currency,
    DateTimeOffset? FrozenAt,
    int Version);
