using System.Text.Json.Nodes;

namespace Printernizer.Infrastructure.HomeAssistant;

/// <summary>One discovered entity: its component (<c>sensor</c>, <c>binary_sensor</c>, <c>button</c>), object id and config payload.</summary>
public sealed record HomeAssistantEntity(string Component, string ObjectId, JsonObject Config);
