using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Printernizer.Infrastructure.Printers.Bambu.Mqtt;

/// <summary>
/// A small MQTT 3.1.1 client over TCP or TLS. One instance = one connection: <see cref="ConnectAsync"/> once, then
/// subscribe/publish; incoming messages arrive on <see cref="Messages"/> (bounded; the reader waits when it is full).
/// A single reader loop handles acknowledgements asynchronously; writes are serialized and thread-safe.
/// When the connection ends, <see cref="Completion"/> completes, <see cref="CloseReason"/> says why (null after a
/// clean <see cref="DisconnectAsync"/>) and <see cref="Messages"/> completes with that reason.
/// </summary>
public sealed class MqttClient : IAsyncDisposable
{
    private const int StateNew = 0;
    private const int StateConnecting = 1;
    private const int StateConnected = 2;
    private const int StateClosed = 3;

    private static readonly byte[] PingReqBytes = MqttCodec.Encode(MqttEmptyPacket.PingReq);
    private static readonly byte[] DisconnectBytes = MqttCodec.Encode(MqttEmptyPacket.Disconnect);

    private readonly MqttClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly MqttPacketIdAllocator _packetIds = new();
    private readonly ConcurrentDictionary<ushort, TaskCompletionSource<MqttPacket>> _pending = new();
    private readonly HashSet<ushort> _incomingQos2 = [];
    private readonly Channel<MqttApplicationMessage> _messages;
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly byte[] _readBuffer = new byte[64 * 1024];
    private int _readStart;
    private int _readEnd;
    private int _state;
    private Stream? _stream;
    private Task _readerTask = Task.CompletedTask;
    private Task _keepAliveTask = Task.CompletedTask;
    private long _lastSent;
    private long _lastReceived;
    private long _pingSentAt;
    private volatile bool _pingOutstanding;
    private volatile Exception? _closeReason;
    private int _pingResponses;

    public MqttClient(MqttClientOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxPacketSize is < 16 or > MqttCodec.MaxRemainingLength)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxPacketSize must be between 16 and 268 435 455 bytes.");
        }

        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _messages = Channel.CreateBounded<MqttApplicationMessage>(new BoundedChannelOptions(Math.Max(1, options.IncomingCapacity))
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Incoming application messages, in arrival order.</summary>
    public ChannelReader<MqttApplicationMessage> Messages => _messages.Reader;

    public bool IsConnected => Volatile.Read(ref _state) == StateConnected;

    /// <summary>Completes (never faults) when the connection has ended.</summary>
    public Task Completion => _closed.Task;

    /// <summary>Why the connection ended; null while connected and after a clean disconnect.</summary>
    public Exception? CloseReason => _closeReason;

    public MqttClientOptions Options => _options;

    internal int PingResponsesReceived => Volatile.Read(ref _pingResponses);

    internal MqttPacketIdAllocator PacketIds => _packetIds;

    /// <summary>
    /// Opens TCP (and TLS), sends CONNECT and waits for CONNACK. Throws <see cref="MqttConnectException"/> when the
    /// broker refuses (typed <see cref="MqttConnectReturnCode"/>), <see cref="TimeoutException"/> after
    /// <see cref="MqttClientOptions.ConnectTimeout"/>, or the socket/TLS exception.
    /// </summary>
    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _state, StateConnecting, StateNew) != StateNew)
        {
            throw new InvalidOperationException("ConnectAsync can be called once per MqttClient; create a new client to reconnect.");
        }

        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token, _lifetime.Token);
        Socket? socket = null;
        try
        {
            socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(_options.Host, _options.Port, linked.Token);
            Stream stream = new NetworkStream(socket, ownsSocket: true);
            socket = null;
            _stream = stream;
            if (_options.UseTls)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                _stream = ssl;
                await ssl.AuthenticateAsClientAsync(
                    new SslClientAuthenticationOptions
                    {
                        TargetHost = _options.TlsTargetHost ?? _options.Host,
                        EnabledSslProtocols = _options.TlsProtocols,
                        CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                        RemoteCertificateValidationCallback = _options.CertificateValidation,
                    },
                    linked.Token);
            }

            var now = _time.GetTimestamp();
            _lastReceived = now;
            _lastSent = now;
            await WriteRawAsync(MqttCodec.Encode(BuildConnectPacket()), linked.Token);
            var packet = await ReadPacketAsync(linked.Token);
            if (packet is not MqttConnAckPacket connAck)
            {
                throw new MqttProtocolException($"Expected CONNACK, received {packet.Type}.");
            }

            if (connAck.ReturnCode != MqttConnectReturnCode.Accepted)
            {
                throw new MqttConnectException(connAck.ReturnCode);
            }
        }
        catch (Exception ex)
        {
            socket?.Dispose();
            var reported = ex is OperationCanceledException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                ? new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"No connection to {_options.Host}:{_options.Port} within {_options.ConnectTimeout.TotalSeconds:0.#} s (TCP, TLS or CONNACK)."), ex)
                : ex;
            Close(reported is OperationCanceledException ? null : reported, log: false);
            if (ReferenceEquals(reported, ex))
            {
                throw;
            }

            throw reported;
        }

        Interlocked.Exchange(ref _state, StateConnected);
        _logger.LogDebug("MQTT connected to {Endpoint}", _options);
        _readerTask = Task.Run(ReadLoopAsync, CancellationToken.None);
        if (_options.KeepAlive > TimeSpan.Zero)
        {
            _keepAliveTask = Task.Run(KeepAliveLoopAsync, CancellationToken.None);
        }
    }

    /// <summary>Subscribes to several filters; returns one SUBACK code per filter (failures included).</summary>
    public async Task<IReadOnlyList<MqttSubscribeReturnCode>> SubscribeAsync(IReadOnlyList<MqttTopicFilter> filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count == 0)
        {
            throw new ArgumentException("At least one topic filter is required.", nameof(filters));
        }

        var response = await RequestAsync(id => new MqttSubscribePacket(id, filters), cancellationToken);
        if (response is not MqttSubAckPacket subAck || subAck.ReturnCodes.Count != filters.Count)
        {
            var error = new MqttProtocolException("SUBACK does not match the SUBSCRIBE (wrong number of return codes).");
            Close(error);
            throw error;
        }

        return subAck.ReturnCodes;
    }

    /// <summary>Subscribes to one filter; throws <see cref="MqttSubscribeException"/> when the broker answers 0x80.</summary>
    public async Task<MqttQualityOfService> SubscribeAsync(string filter, MqttQualityOfService qos = MqttQualityOfService.AtMostOnce, CancellationToken cancellationToken = default)
    {
        var codes = await SubscribeAsync([new MqttTopicFilter(filter, qos)], cancellationToken);
        return codes[0] == MqttSubscribeReturnCode.Failure
            ? throw new MqttSubscribeException(filter, codes[0])
            : (MqttQualityOfService)codes[0];
    }

    public async Task UnsubscribeAsync(IReadOnlyList<string> filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count == 0)
        {
            throw new ArgumentException("At least one topic filter is required.", nameof(filters));
        }

        var response = await RequestAsync(id => new MqttUnsubscribePacket(id, filters), cancellationToken);
        if (response.Type != MqttPacketType.UnsubAck)
        {
            var error = new MqttProtocolException($"Expected UNSUBACK, received {response.Type}.");
            Close(error);
            throw error;
        }
    }

    public Task UnsubscribeAsync(string filter, CancellationToken cancellationToken = default) => UnsubscribeAsync([filter], cancellationToken);

    /// <summary>
    /// Publishes at QoS 0 (written to the socket) or QoS 1 (completes on PUBACK; re-sent with DUP after
    /// <see cref="MqttClientOptions.AckTimeout"/>, up to <see cref="MqttClientOptions.MaxPublishRetries"/> times,
    /// then <see cref="TimeoutException"/>). QoS 2 publishing is not supported.
    /// </summary>
    public async Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, MqttQualityOfService qos = MqttQualityOfService.AtMostOnce, bool retain = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        EnsureConnected();
        if (qos == MqttQualityOfService.ExactlyOnce)
        {
            throw new NotSupportedException("Publishing at QoS 2 is not supported; use QoS 0 or 1.");
        }

        if (qos == MqttQualityOfService.AtMostOnce)
        {
            await SendAsync(MqttCodec.Encode(new MqttPublishPacket(topic, payload, qos, retain)), cancellationToken);
            return;
        }

        var (id, completion) = Register();
        try
        {
            var packet = new MqttPublishPacket(topic, payload, qos, retain, Dup: false, PacketId: id);
            for (var attempt = 0; ; attempt++)
            {
                await SendAsync(MqttCodec.Encode(packet), cancellationToken);
                try
                {
                    await completion.Task.WaitAsync(_options.AckTimeout, _time, cancellationToken);
                    return;
                }
                catch (TimeoutException) when (attempt < _options.MaxPublishRetries)
                {
                    _logger.LogDebug("No PUBACK for packet {PacketId} on {Topic}; re-sending with DUP", id, topic);
                    packet = packet with { Dup = true };
                }
                catch (TimeoutException ex)
                {
                    throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"No PUBACK for '{topic}' (packet {id}) after {attempt + 1} attempts."), ex);
                }
            }
        }
        finally
        {
            _pending.TryRemove(id, out _);
            _packetIds.Release(id);
        }
    }

    public Task PublishAsync(string topic, string payload, MqttQualityOfService qos = MqttQualityOfService.AtMostOnce, bool retain = false, CancellationToken cancellationToken = default) =>
        PublishAsync(topic, Encoding.UTF8.GetBytes(payload), qos, retain, cancellationToken);

    /// <summary>Sends DISCONNECT (best effort) and closes the connection cleanly.</summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _state) == StateConnected)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), _time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
                await SendAsync(DisconnectBytes, linked.Token);
            }
            catch (Exception ex) when (ex is MqttException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                _logger.LogDebug(ex, "DISCONNECT to {Endpoint} could not be sent", _options);
            }
        }

        Close(null);
        await WaitForLoopsAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await DisconnectAsync();
        _lifetime.Dispose();
        _writeLock.Dispose();
    }

    /// <summary>Drops the connection without DISCONNECT (the broker then publishes the will). For tests.</summary>
    internal void Abort() => Close(new MqttConnectionClosedException("The connection was aborted locally."));

    private static bool IsClosedStreamError(Exception ex) => ex is IOException or SocketException or ObjectDisposedException or EndOfStreamException;

    private MqttConnectPacket BuildConnectPacket() => new()
    {
        ClientId = _options.ClientId,
        UserName = _options.UserName,
        Password = _options.Password is null ? (ReadOnlyMemory<byte>?)null : Encoding.UTF8.GetBytes(_options.Password),
        KeepAliveSeconds = (ushort)Math.Clamp(_options.KeepAlive.TotalSeconds, 0, ushort.MaxValue),
        CleanSession = _options.CleanSession,
        Will = _options.Will,
    };

    private void EnsureConnected()
    {
        if (Volatile.Read(ref _state) != StateConnected)
        {
            throw new MqttConnectionClosedException("Not connected" + (_closeReason is null ? "." : ": " + _closeReason.Message), _closeReason);
        }
    }

    private (ushort Id, TaskCompletionSource<MqttPacket> Completion) Register()
    {
        if (!_packetIds.TryAllocate(out var id))
        {
            throw new MqttException("All 65535 packet identifiers are in flight.");
        }

        var completion = new TaskCompletionSource<MqttPacket>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        if (Volatile.Read(ref _state) == StateClosed)
        {
            completion.TrySetException(new MqttConnectionClosedException("The connection is closed.", _closeReason));
        }

        return (id, completion);
    }

    private async Task<MqttPacket> RequestAsync(Func<ushort, MqttPacket> build, CancellationToken cancellationToken)
    {
        EnsureConnected();
        var (id, completion) = Register();
        var packet = build(id);
        try
        {
            await SendAsync(MqttCodec.Encode(packet), cancellationToken);
            try
            {
                return await completion.Task.WaitAsync(_options.AckTimeout, _time, cancellationToken);
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"No acknowledgement for {packet.Type} (packet {id}) within {_options.AckTimeout.TotalSeconds:0.#} s."), ex);
            }
        }
        finally
        {
            _pending.TryRemove(id, out _);
            _packetIds.Release(id);
        }
    }

    private async ValueTask SendAsync(byte[] packet, CancellationToken cancellationToken)
    {
        EnsureConnected();
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // The write itself only stops when the connection closes: a half-written packet would corrupt the stream.
            await WriteCoreAsync(packet, _lifetime.Token);
        }
        catch (Exception ex) when (IsClosedStreamError(ex) || (ex is OperationCanceledException && _lifetime.IsCancellationRequested))
        {
            var reason = _closeReason ?? new MqttConnectionClosedException("Writing to the broker failed: " + ex.Message, ex);
            Close(reason);
            throw new MqttConnectionClosedException(reason.Message, ex);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async ValueTask WriteRawAsync(byte[] packet, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await WriteCoreAsync(packet, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async ValueTask WriteCoreAsync(byte[] packet, CancellationToken cancellationToken)
    {
        var stream = _stream ?? throw new MqttConnectionClosedException("Not connected.");
        await stream.WriteAsync(packet, cancellationToken);
        await stream.FlushAsync(cancellationToken);
        Volatile.Write(ref _lastSent, _time.GetTimestamp());
    }

    private async ValueTask<MqttPacket> ReadPacketAsync(CancellationToken cancellationToken)
    {
        var stream = _stream ?? throw new MqttConnectionClosedException("Not connected.");
        while (true)
        {
            var available = _readBuffer.AsSpan(_readStart, _readEnd - _readStart);
            if (MqttCodec.TryReadFixedHeader(available, out var firstByte, out var remainingLength, out var headerLength))
            {
                if (remainingLength > _options.MaxPacketSize)
                {
                    throw new MqttProtocolException(string.Create(CultureInfo.InvariantCulture, $"Incoming packet of {remainingLength} bytes exceeds the maximum packet size of {_options.MaxPacketSize} bytes."));
                }

                _readStart += headerLength;
                var body = remainingLength == 0 ? [] : new byte[remainingLength];
                var fromBuffer = Math.Min(remainingLength, _readEnd - _readStart);
                _readBuffer.AsSpan(_readStart, fromBuffer).CopyTo(body);
                _readStart += fromBuffer;
                if (fromBuffer < remainingLength)
                {
                    try
                    {
                        await stream.ReadExactlyAsync(body.AsMemory(fromBuffer), cancellationToken);
                    }
                    catch (EndOfStreamException ex)
                    {
                        throw new MqttConnectionClosedException("The broker closed the connection in the middle of a packet (truncated packet).", ex);
                    }

                    Volatile.Write(ref _lastReceived, _time.GetTimestamp());
                }

                return MqttCodec.DecodeBody(firstByte, body);
            }

            if (_readStart == _readEnd)
            {
                _readStart = _readEnd = 0;
            }
            else if (_readStart > 0)
            {
                _readBuffer.AsSpan(_readStart, _readEnd - _readStart).CopyTo(_readBuffer);
                _readEnd -= _readStart;
                _readStart = 0;
            }

            var read = await stream.ReadAsync(_readBuffer.AsMemory(_readEnd), cancellationToken);
            if (read == 0)
            {
                throw new MqttConnectionClosedException(_readEnd == 0
                    ? "The broker closed the connection."
                    : "The broker closed the connection in the middle of a packet (truncated packet).");
            }

            _readEnd += read;
            Volatile.Write(ref _lastReceived, _time.GetTimestamp());
        }
    }

    private async Task ReadLoopAsync()
    {
        var token = _lifetime.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                var packet = await ReadPacketAsync(token);
                await HandleAsync(packet, token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // closing
        }
        catch (Exception ex)
        {
            Close(DescribeReadFailure(ex));
        }
    }

    private Exception DescribeReadFailure(Exception ex) => ex switch
    {
        _ when _lifetime.IsCancellationRequested && IsClosedStreamError(ex) => _closeReason ?? new MqttConnectionClosedException("The connection was closed.", ex),
        MqttConnectionClosedException => ex,
        MqttProtocolException => new MqttConnectionClosedException("Malformed data from the broker: " + ex.Message, ex),
        _ when IsClosedStreamError(ex) => new MqttConnectionClosedException("The connection to the broker was lost: " + ex.Message, ex),
        _ => new MqttConnectionClosedException("The MQTT read loop failed: " + ex.Message, ex),
    };

    private async ValueTask HandleAsync(MqttPacket packet, CancellationToken cancellationToken)
    {
        switch (packet)
        {
            case MqttPublishPacket publish:
                await ReceivePublishAsync(publish, cancellationToken);
                break;
            case MqttPacketIdPacket { Type: MqttPacketType.PubRel } pubRel:
                _incomingQos2.Remove(pubRel.PacketId);
                await SendAsync(MqttCodec.Encode(new MqttPacketIdPacket(MqttPacketType.PubComp, pubRel.PacketId)), cancellationToken);
                break;
            case MqttPacketIdPacket { Type: MqttPacketType.PubAck or MqttPacketType.UnsubAck } ack:
                CompletePending(ack.PacketId, ack);
                break;
            case MqttSubAckPacket subAck:
                CompletePending(subAck.PacketId, subAck);
                break;
            case MqttEmptyPacket { Type: MqttPacketType.PingResp }:
                _pingOutstanding = false;
                Interlocked.Increment(ref _pingResponses);
                break;
            default:
                throw new MqttProtocolException($"Unexpected {packet.Type} from the broker.");
        }
    }

    private void CompletePending(ushort packetId, MqttPacket packet)
    {
        if (!_pending.TryGetValue(packetId, out var completion) || !completion.TrySetResult(packet))
        {
            _logger.LogDebug("Ignoring {Type} for unknown packet id {PacketId}", packet.Type, packetId);
        }
    }

    private async ValueTask ReceivePublishAsync(MqttPublishPacket publish, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessage(publish.Topic, publish.Payload, publish.Qos, publish.Retain, publish.Dup);
        switch (publish.Qos)
        {
            case MqttQualityOfService.AtMostOnce:
                await _messages.Writer.WriteAsync(message, cancellationToken);
                break;
            case MqttQualityOfService.AtLeastOnce:
                await _messages.Writer.WriteAsync(message, cancellationToken);
                await SendAsync(MqttCodec.Encode(new MqttPacketIdPacket(MqttPacketType.PubAck, publish.PacketId)), cancellationToken);
                break;
            default:
                if (_incomingQos2.Add(publish.PacketId))
                {
                    await _messages.Writer.WriteAsync(message, cancellationToken);
                }

                await SendAsync(MqttCodec.Encode(new MqttPacketIdPacket(MqttPacketType.PubRec, publish.PacketId)), cancellationToken);
                break;
        }
    }

    private async Task KeepAliveLoopAsync()
    {
        var keepAlive = _options.KeepAlive;
        var deadAfter = keepAlive * 1.5;
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(keepAlive.TotalMilliseconds / 4, 50, 5000));
        var token = _lifetime.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                await Task.Delay(tick, _time, token);
                var now = _time.GetTimestamp();
                var sinceReceived = _time.GetElapsedTime(Volatile.Read(ref _lastReceived), now);
                var sincePing = _time.GetElapsedTime(Volatile.Read(ref _pingSentAt), now);
                if (sinceReceived >= deadAfter || (_pingOutstanding && sincePing >= deadAfter))
                {
                    Close(new MqttConnectionClosedException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"No PINGRESP or other data from the broker within {deadAfter.TotalSeconds:0.#} s (1.5 x keep-alive of {keepAlive.TotalSeconds:0.#} s): the connection is dead.")));
                    return;
                }

                var sinceSent = _time.GetElapsedTime(Volatile.Read(ref _lastSent), now);
                if (!_pingOutstanding && (sinceSent >= keepAlive || sinceReceived >= keepAlive / 2))
                {
                    _pingOutstanding = true;
                    Volatile.Write(ref _pingSentAt, now);
                    await SendAsync(PingReqBytes, token);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // closing
        }
        catch (Exception ex)
        {
            Close(ex as MqttConnectionClosedException ?? new MqttConnectionClosedException("Keep-alive failed: " + ex.Message, ex));
        }
    }

    private void Close(Exception? reason, bool log = true)
    {
        var previous = Interlocked.Exchange(ref _state, StateClosed);
        if (previous == StateClosed)
        {
            return;
        }

        _closeReason = reason;
        if (reason is not null && log && previous == StateConnected)
        {
            _logger.LogWarning("MQTT connection {Endpoint} closed: {Reason}", _options, reason.Message);
        }

        try
        {
            _lifetime.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        _messages.Writer.TryComplete(reason);
        var failure = new MqttConnectionClosedException(reason?.Message ?? "The connection was closed.", reason);
        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(failure);
        }

        try
        {
            _stream?.Dispose();
        }
        catch (Exception ex) when (IsClosedStreamError(ex) || ex is System.Security.Authentication.AuthenticationException)
        {
        }

        _closed.TrySetResult();
    }

    private async Task WaitForLoopsAsync()
    {
        try
        {
            await Task.WhenAll(_readerTask, _keepAliveTask);
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "MQTT loop ended with an error");
        }
    }
}
