using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Printernizer.Api.Security;
using Printernizer.Application.HomeAssistant;
using Printernizer.Application.HomeAssistant.Commands.TestHomeAssistantConnection;
using Printernizer.Application.HomeAssistant.Commands.UpdateHomeAssistantSettings;
using Printernizer.Application.HomeAssistant.Queries.GetHomeAssistantSettings;

namespace Printernizer.Api.Controllers;

/// <summary>Home Assistant integration: MQTT discovery of every printer (admin).</summary>
[Route("api/v1/settings/homeassistant")]
[Authorize(Policy = ScopePolicies.Admin)]
public sealed class HomeAssistantSettingsController : ApiControllerBase
{
    /// <summary>The MQTT broker settings (the password is never returned, only <c>hasPassword</c>) and whether Printernizer is connected.</summary>
    [HttpGet]
    [ProducesResponseType<HomeAssistantSettingsDto>(StatusCodes.Status200OK)]
    public async Task<HomeAssistantSettingsDto> Get(CancellationToken cancellationToken) =>
        await Mediator.Send(new GetHomeAssistantSettingsQuery(), cancellationToken);

    /// <summary>Saves the settings and reconnects. Leave out <c>password</c> to keep the stored one; an empty string removes it.</summary>
    [HttpPut]
    [ProducesResponseType<HomeAssistantSettingsDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<HomeAssistantSettingsDto> Update(UpdateHomeAssistantSettingsCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command, cancellationToken);

    /// <summary>Connects once to the broker with these (unsaved) values and says whether it worked; a left-out password uses the stored one.</summary>
    [HttpPost("test")]
    [ProducesResponseType<HomeAssistantTestResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<HomeAssistantTestResult> Test(TestHomeAssistantConnectionCommand command, CancellationToken cancellationToken) =>
        await Mediator.Send(command, cancellationToken);
}
