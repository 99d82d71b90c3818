namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>The broker refused CONNECT; <see cref="ReturnCode"/> says why.</summary>
public sealed class MqttConnectException : MqttException
{
    public MqttConnectException()
    {
    }

    public MqttConnectException(string message)
        : base(message)
    {
    }

    public MqttConnectException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public MqttConnectException(MqttConnectReturnCode returnCode)
        : base(Describe(returnCode))
    {
        ReturnCode = returnCode;
    }

    public MqttConnectReturnCode ReturnCode { get; }

    /// <summary>True for return codes 4 and 5 (credentials or authorization).</summary>
    public bool IsAuthenticationFailure => ReturnCode is MqttConnectReturnCode.BadUserNameOrPassword or MqttConnectReturnCode.NotAuthorized;

    public static string Describe(MqttConnectReturnCode returnCode) => returnCode switch
    {
        MqttConnectReturnCode.UnacceptableProtocolVersion => "The broker refused the connection: unacceptable protocol version (code 1).",
        MqttConnectReturnCode.IdentifierRejected => "The broker refused the connection: client identifier rejected (code 2).",
        MqttConnectReturnCode.ServerUnavailable => "The broker refused the connection: server unavailable (code 3).",
        MqttConnectReturnCode.BadUserNameOrPassword => "The broker refused the connection: bad user name or password (code 4).",
        MqttConnectReturnCode.NotAuthorized => "The broker refused the connection: not authorized (code 5).",
        _ => $"The broker refused the connection (code {(byte)returnCode}).",
    };
}
