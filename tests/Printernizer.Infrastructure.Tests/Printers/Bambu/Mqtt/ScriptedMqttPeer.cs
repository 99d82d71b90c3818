using System.Net;
using System.Net.Sockets;
using Printernizer.Infrastructure.Printers.Bambu.Mqtt;

namespace Printernizer.Infrastructure.Tests.Printers.Bambu.Mqtt;

/// <summary>
/// A misbehaving broker for protocol edge cases mosquitto never produces (silence, garbage, lost PUBACKs):
/// a loopback TCP server whose replies the test scripts packet by packet.
/// </summary>
public sealed class ScriptedMqttPeer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private TcpClient? _connection;
    private NetworkStream? _stream;
    private byte[] _buffer = new byte[64 * 1024];
    private int _count;

    public ScriptedMqttPeer()
    {
        _listener.Start();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async Task AcceptAsync(CancellationToken cancellationToken)
    {
        _connection = await _listener.AcceptTcpClientAsync(cancellationToken);
        _stream = _connection.GetStream();
    }

    /// <summary>Accepts and answers CONNECT with CONNACK 0.</summary>
    public async Task<MqttConnectPacket> AcceptAndAcknowledgeAsync(CancellationToken cancellationToken)
    {
        await AcceptAsync(cancellationToken);
        var connect = (MqttConnectPacket)await ReadPacketAsync(cancellationToken);
        await SendAsync(new MqttConnAckPacket(false, MqttConnectReturnCode.Accepted), cancellationToken);
        return connect;
    }

    public async Task<MqttPacket> ReadPacketAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (MqttCodec.TryDecode(_buffer.AsSpan(0, _count), 1 << 24, out var packet, out var consumed))
            {
                _buffer.AsSpan(consumed, _count - consumed).CopyTo(_buffer);
                _count -= consumed;
                return packet!;
            }

            if (_count == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = await _stream!.ReadAsync(_buffer.AsMemory(_count), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException("The client closed the connection.");
            }

            _count += read;
        }
    }

    /// <summary>Reads packets until one of type <typeparamref name="T"/> arrives (PINGREQs etc. are skipped).</summary>
    public async Task<T> ReadPacketAsync<T>(CancellationToken cancellationToken)
        where T : MqttPacket
    {
        while (true)
        {
            if (await ReadPacketAsync(cancellationToken) is T packet)
            {
                return packet;
            }
        }
    }

    /// <summary>True once the client has closed its side (reads return 0).</summary>
    public async Task<bool> WaitForCloseAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await ReadPacketAsync(cancellationToken);
            }
        }
        catch (EndOfStreamException)
        {
            return true;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public Task SendAsync(MqttPacket packet, CancellationToken cancellationToken) => SendRawAsync(MqttCodec.Encode(packet), cancellationToken);

    public async Task SendRawAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await _stream!.WriteAsync(bytes, cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _connection?.Dispose();
        _listener.Stop();
        _listener.Dispose();
        return ValueTask.CompletedTask;
    }
}
