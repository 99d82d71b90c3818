namespace Printernizer.Application.HomeAssistant;

/// <summary>Outcome of a connection test against the MQTT broker.</summary>
/// <param name="Ok">True when the broker accepted the connection.</param>
/// <param name="Message">What happened, in plain words.</param>
public sealed record HomeAssistantTestResult(bool Ok, string Message);
