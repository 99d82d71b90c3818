namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>One topic filter of a SUBSCRIBE with its requested QoS.</summary>
public sealed record MqttTopicFilter(string Filter, MqttQualityOfService Qos = MqttQualityOfService.AtMostOnce);
