using MediatR;

namespace Printernizer.Application.HomeAssistant.Commands.TestHomeAssistantConnection;

public sealed class TestHomeAssistantConnectionCommandHandler(IHomeAssistantSettingsStore store, IHomeAssistantBridge bridge)
    : IRequestHandler<TestHomeAssistantConnectionCommand, HomeAssistantTestResult>
{
    public async Task<HomeAssistantTestResult> Handle(TestHomeAssistantConnectionCommand request, CancellationToken cancellationToken)
    {
        var settings = request.ToSettings(await store.GetAsync(cancellationToken));
        return await bridge.TestAsync(settings, cancellationToken);
    }
}
