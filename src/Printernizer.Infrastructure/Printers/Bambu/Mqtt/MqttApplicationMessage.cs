namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>A message received from the broker.</summary>
public sealed record MqttApplicationMessage(string Topic, ReadOnlyMemory<byte> Payload, MqttQualityOfService Qos, bool Retain, bool Dup);
