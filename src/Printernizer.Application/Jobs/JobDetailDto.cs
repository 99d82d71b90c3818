using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Jobs;

/// <summary>A job with its timeline.</summary>
public sealed record JobDetailDto
{
    public required JobDto Job { get; init; }
    public required IReadOnlyList<JobEventDto> Events { get; init; }
}

/// <summary>One timeline entry.</summary>
public sealed record JobEventDto(JobEventKind Kind, DateTimeOffset At, string? Detail);
