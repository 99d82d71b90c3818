using System.Text.Json.Serialization;
using MediatR;

namespace Printernizer.Application.Materials.Commands.LoadSpool;

/// <summary>
/// <c>POST /api/v1/spools/{id}/load</c>: the spool is now in this printer slot (a spool that was there goes back to the shelf).
/// Slots as the printer reports them in <c>loadedMaterials</c>: Bambu <c>ams0-tray0</c>..<c>ams3-tray3</c> or <c>external</c>,
/// Prusa <c>extruder</c>. Jobs without a chosen spool book against the spool in the slot that was active.
/// </summary>
public sealed record LoadSpoolCommand : IRequest<SpoolDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Guid PrinterId { get; init; }

    /// <example>ams0-tray2</example>
    public string SlotId { get; init; } = "";
}
