using System.Net.Security;
using System.Security.Authentication;
using System.Text;
using Printernizer.Infrastructure.Printers.Bambu.Mqtt;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Printers.Bambu.Mqtt;

/// <summary>The MQTT client against a real mosquitto (TLS with password file, and plain TCP).</summary>
[NonParallelizable]
public sealed class MqttClientTests
{
    private const string User = "bblp";
    private const string Password = "12345678";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    private TestCertificateAuthority _ca = null!;
    private ServerCertificate _certificate = null!;
    private MosquittoServer _tlsBroker = null!;
    private MosquittoServer _plainBroker = null!;

    [OneTimeSetUp]
    public void StartBrokers()
    {
        _ca = new TestCertificateAuthority();
        _certificate = _ca.Issue("01P00A123456789");
        _tlsBroker = MosquittoServer.Start(new MosquittoServerOptions
        {
            TlsCertificate = _certificate,
            Users = new Dictionary<string, string> { [User] = Password },
        });
        _plainBroker = MosquittoServer.Start(new MosquittoServerOptions { AllowAnonymous = true });
    }

    [OneTimeTearDown]
    public void StopBrokers()
    {
        _tlsBroker.Dispose();
        _plainBroker.Dispose();
        _certificate.Dispose();
        _ca.Dispose();
    }

    private MqttClientOptions TlsOptions(string? password = Password) => new()
    {
        Host = _tlsBroker.Host,
        Port = _tlsBroker.Port,
        ClientId = "test-" + Guid.NewGuid().ToString("N"),
        UserName = User,
        Password = password,
        UseTls = true,
        TlsTargetHost = "01P00A123456789",
        TlsProtocols = SslProtocols.Tls12,
        CertificateValidation = (_, certificate, _, _) => certificate?.Subject == "CN=01P00A123456789",
        KeepAlive = TimeSpan.FromSeconds(30),
    };

    private MqttClientOptions PlainOptions() => new()
    {
        Host = _plainBroker.Host,
        Port = _plainBroker.Port,
        ClientId = "plain-" + Guid.NewGuid().ToString("N"),
    };

    private static async Task<MqttClient> ConnectAsync(MqttClientOptions options)
    {
        var client = new MqttClient(options);
        using var timeout = new CancellationTokenSource(Generous);
        await client.ConnectAsync(timeout.Token);
        return client;
    }

    private static async Task<MqttApplicationMessage> NextAsync(MqttClient client)
    {
        using var timeout = new CancellationTokenSource(Generous);
        return await client.Messages.ReadAsync(timeout.Token);
    }

    [Test]
    public async Task PublishAsync_WhenOverTlsAtQos0AndQos1_DeliversToSubscriber()
    {
        await using var subscriber = await ConnectAsync(TlsOptions());
        await using var publisher = await ConnectAsync(TlsOptions());
        (await subscriber.SubscribeAsync("test/a", MqttQualityOfService.AtLeastOnce)).Should().Be(MqttQualityOfService.AtLeastOnce);

        await publisher.PublishAsync("test/a", "zero");
        await publisher.PublishAsync("test/a", "one", MqttQualityOfService.AtLeastOnce);

        var first = await NextAsync(subscriber);
        var second = await NextAsync(subscriber);
        Encoding.UTF8.GetString(first.Payload.Span).Should().Be("zero");
        first.Qos.Should().Be(MqttQualityOfService.AtMostOnce);
        Encoding.UTF8.GetString(second.Payload.Span).Should().Be("one");
        second.Qos.Should().Be(MqttQualityOfService.AtLeastOnce);
        second.Topic.Should().Be("test/a");
    }

    [Test]
    public async Task ConnectAsync_WhenPasswordIsWrong_ThrowsTypedAuthenticationFailure()
    {
        var client = new MqttClient(TlsOptions(password: "wrong"));

        var act = () => client.ConnectAsync();

        var error = (await act.Should().ThrowAsync<MqttConnectException>()).Which;
        error.ReturnCode.Should().BeOneOf([MqttConnectReturnCode.BadUserNameOrPassword, MqttConnectReturnCode.NotAuthorized], "mosquitto 2.0 answers 5");
        error.IsAuthenticationFailure.Should().BeTrue();
        client.IsConnected.Should().BeFalse();
        await client.DisposeAsync();
    }

    [Test]
    public async Task ConnectAsync_WhenValidationCallbackRefuses_FailsTheTlsHandshake()
    {
        var client = new MqttClient(TlsOptions() with { CertificateValidation = (_, _, _, _) => false });

        var act = () => client.ConnectAsync();

        await act.Should().ThrowAsync<AuthenticationException>();
        await client.DisposeAsync();
    }

    [Test]
    public async Task ConnectAsync_WhenCallbackInspectsCertificate_SeesTheBrokerCertificate()
    {
        string? seen = null;
        var options = TlsOptions() with
        {
            CertificateValidation = (_, certificate, _, errors) =>
            {
                seen = certificate?.Subject;
                return errors is SslPolicyErrors.None or SslPolicyErrors.RemoteCertificateChainErrors or SslPolicyErrors.RemoteCertificateNameMismatch
                    || errors == (SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch);
            },
        };

        await using var client = await ConnectAsync(options);

        seen.Should().Be("CN=01P00A123456789");
    }

    [Test]
    public async Task UnsubscribeAsync_WhenDone_StopsDelivery()
    {
        await using var subscriber = await ConnectAsync(PlainOptions());
        await using var publisher = await ConnectAsync(PlainOptions());
        await subscriber.SubscribeAsync("u/gone");
        await subscriber.SubscribeAsync("u/barrier");

        await subscriber.UnsubscribeAsync("u/gone");
        await publisher.PublishAsync("u/gone", "should not arrive", MqttQualityOfService.AtLeastOnce);
        await publisher.PublishAsync("u/barrier", "barrier", MqttQualityOfService.AtLeastOnce);

        var next = await NextAsync(subscriber);
        next.Topic.Should().Be("u/barrier", "the message on the unsubscribed topic was not delivered");
    }

    [Test]
    public async Task PublishAsync_WhenRetained_IsDeliveredToLaterSubscriberWithRetainFlag()
    {
        await using var publisher = await ConnectAsync(PlainOptions());
        await publisher.PublishAsync("r/state", "online", MqttQualityOfService.AtLeastOnce, retain: true);

        await using var late = await ConnectAsync(PlainOptions());
        await late.SubscribeAsync("r/state");

        var message = await NextAsync(late);
        message.Retain.Should().BeTrue();
        Encoding.UTF8.GetString(message.Payload.Span).Should().Be("online");
    }

    [Test]
    public async Task ConnectAsync_WithWill_BrokerPublishesWillWhenConnectionDrops()
    {
        await using var watcher = await ConnectAsync(PlainOptions());
        await watcher.SubscribeAsync("w/status");
        var dying = await ConnectAsync(PlainOptions() with
        {
            Will = new MqttWillMessage("w/status", Encoding.UTF8.GetBytes("offline"), MqttQualityOfService.AtLeastOnce, Retain: false),
        });

        dying.Abort();

        var will = await NextAsync(watcher);
        Encoding.UTF8.GetString(will.Payload.Span).Should().Be("offline");
        await dying.DisposeAsync();
    }

    [Test]
    public async Task DisconnectAsync_WhenCalled_DoesNotTriggerTheWill()
    {
        await using var watcher = await ConnectAsync(PlainOptions());
        await watcher.SubscribeAsync("w2/#");
        var leaving = await ConnectAsync(PlainOptions() with { Will = new MqttWillMessage("w2/status", Encoding.UTF8.GetBytes("offline")) });

        await leaving.DisconnectAsync();
        await using var other = await ConnectAsync(PlainOptions());
        await other.PublishAsync("w2/barrier", "barrier", MqttQualityOfService.AtLeastOnce);

        (await NextAsync(watcher)).Topic.Should().Be("w2/barrier");
        leaving.CloseReason.Should().BeNull();
        leaving.Completion.IsCompleted.Should().BeTrue();
    }

    [Test]
    public async Task Messages_WhenIncomingQos1_AreAcknowledgedSoTheBrokerKeepsSending()
    {
        // mosquitto keeps at most 20 unacknowledged QoS 1 messages in flight per client (its default);
        // 300 only flow through because the reader loop acknowledges each one.
        await using var subscriber = await ConnectAsync(PlainOptions());
        await using var publisher = await ConnectAsync(PlainOptions());
        await subscriber.SubscribeAsync("q1/#", MqttQualityOfService.AtLeastOnce);

        for (var i = 0; i < 300; i++)
        {
            await publisher.PublishAsync("q1/n", i.ToString(System.Globalization.CultureInfo.InvariantCulture), MqttQualityOfService.AtLeastOnce);
        }

        for (var i = 0; i < 300; i++)
        {
            var message = await NextAsync(subscriber);
            Encoding.UTF8.GetString(message.Payload.Span).Should().Be(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        publisher.PacketIds.InFlightCount.Should().Be(0);
    }

    [Test]
    public async Task Messages_WhenPacketLargerThanMaximum_ConnectionClosesWithReason()
    {
        await using var subscriber = await ConnectAsync(PlainOptions() with { MaxPacketSize = 64 * 1024 });
        await using var publisher = await ConnectAsync(PlainOptions());
        await subscriber.SubscribeAsync("big/#");

        await publisher.PublishAsync("big/one", new byte[200 * 1024]);

        var act = async () => await NextAsync(subscriber);
        (await act.Should().ThrowAsync<System.Threading.Channels.ChannelClosedException>())
            .WithInnerException<MqttConnectionClosedException>().WithMessage("*exceeds the maximum packet size*");
        subscriber.IsConnected.Should().BeFalse();
    }

    [Test]
    public async Task Messages_WhenReportIsTensOfKilobytes_ArrivesIntact()
    {
        await using var subscriber = await ConnectAsync(TlsOptions());
        await using var publisher = await ConnectAsync(TlsOptions());
        await subscriber.SubscribeAsync("test/big");
        var payload = new byte[300 * 1024];
        new Random(7).NextBytes(payload);

        await publisher.PublishAsync("test/big", payload, MqttQualityOfService.AtLeastOnce);

        (await NextAsync(subscriber)).Payload.ToArray().Should().Equal(payload);
    }

    [Test]
    public async Task KeepAlive_WhenIdle_SendsPingsAndStaysConnected()
    {
        await using var client = await ConnectAsync(PlainOptions() with { KeepAlive = TimeSpan.FromSeconds(1) });

        await WaitUntilAsync(() => client.PingResponsesReceived >= 3);

        client.IsConnected.Should().BeTrue();
    }

    [Test]
    public async Task Completion_WhenBrokerIsKilled_EndsWithReasonAndFailsPendingReads()
    {
        using var broker = MosquittoServer.Start(new MosquittoServerOptions { AllowAnonymous = true });
        var client = await ConnectAsync(new MqttClientOptions { Host = broker.Host, Port = broker.Port, ClientId = "victim" });

        broker.Stop();

        await client.Completion.WaitAsync(Generous);
        client.CloseReason.Should().BeOfType<MqttConnectionClosedException>();
        client.CloseReason!.Message.Should().Contain("closed the connection");
        var publish = () => client.PublishAsync("x/y", "late");
        await publish.Should().ThrowAsync<MqttConnectionClosedException>();
        await client.DisposeAsync();
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("Condition not met within " + Generous);
            }

            await Task.Delay(20);
        }
    }
}
