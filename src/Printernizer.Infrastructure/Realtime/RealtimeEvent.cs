namespace Printernizer.Infrastructure.Realtime;

/// <summary>One published event: id (monotonic), name (e.g. <c>printer.status</c>), JSON data.</summary>
public sealed record RealtimeEvent(long Id, string Name, string Data, string? CoalesceKey);
