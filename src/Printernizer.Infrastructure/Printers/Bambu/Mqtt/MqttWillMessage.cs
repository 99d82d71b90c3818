namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>The message the broker publishes when the client disappears without DISCONNECT.</summary>
public sealed record MqttWillMessage(string Topic, ReadOnlyMemory<byte> Payload, MqttQualityOfService Qos = MqttQualityOfService.AtMostOnce, bool Retain = false);
