using MediatR;
using Microsoft.Extensions.Logging;
using Printernizer.Application.Common.Audit;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Printers;
using Printernizer.Domain.Printers;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue.Commands.DispatchQueueItem;

public sealed class DispatchQueueItemCommandHandler(
    PrintQueueService service,
    IPrinterRepository printers,
    IPrinterStatusStore statuses,
    IQueueFileStore files,
    IPrinterPlateStore plates,
    IPrinterDispatch dispatch,
    DispatchesInFlight inFlight,
    IQueueRepository queue,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider timeProvider,
    ILogger<DispatchQueueItemCommandHandler> logger) : IRequestHandler<DispatchQueueItemCommand, QueueItemDto>
{
    // Dispatches are rare; one at a time keeps "plate cleared" and "idle" checks race-free.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<QueueItemDto> Handle(DispatchQueueItemCommand request, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            return await DispatchAsync(request, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<QueueItemDto> DispatchAsync(DispatchQueueItemCommand request, CancellationToken cancellationToken)
    {
        var item = await service.GetAsync(request.Id, cancellationToken);
        if (item.Status != QueueItemStatus.Assigned || item.PrinterId is not { } printerId)
        {
            throw new ConflictException(item.Status == QueueItemStatus.Queued
                ? "Assign the item to a printer before dispatching it."
                : $"The item is {item.Status.ToString().ToLowerInvariant()}; only assigned items can be dispatched.");
        }

        var printer = await printers.GetAsync(printerId, cancellationToken) ?? throw new ConflictException("The assigned printer no longer exists; assign the item again.");
        var plate = await plates.GetAsync(printer.Id, cancellationToken);
        if (!plate.IsCleared)
        {
            throw new ConflictException(
                $"Confirm that the plate of {printer.Name} is cleared before dispatching.",
                new Dictionary<string, object?> { ["code"] = "plate_not_cleared", ["printerId"] = printer.Id, ["problems"] = new[] { PrintQueueService.PlateNotCleared } });
        }

        var status = statuses.Get(printer.Id);
        if (status is { Connected: true } && status.State is not (PrinterState.Idle or PrinterState.Finished or PrinterState.Stopped or PrinterState.Failed))
        {
            throw new ConflictException($"{printer.Name} is {status.State.ToString().ToLowerInvariant()}; dispatch when it is idle.");
        }

        var file = await files.GetAsync(item.FileId, cancellationToken) ?? throw new BusinessRuleException($"{item.FileName} has no local copy any more.");
        var check = service.Check(item, file, printer, plate);
        if (!check.Assignable)
        {
            throw new BusinessRuleException($"{item.FileName} cannot go to {printer.Name}: " + string.Join(" ", check.Problems));
        }

        if (!check.Eligible && !request.Override)
        {
            throw new ConflictException(
                $"{item.FileName} cannot go to {printer.Name} right now: " + string.Join(" ", check.Problems) + " Fix it, or dispatch anyway with an explicit override.",
                new Dictionary<string, object?> { ["code"] = "dispatch_blocked", ["printerId"] = printer.Id, ["problems"] = check.OverridableProblems, ["overridable"] = true });
        }

        if (!check.Eligible)
        {
            // Audited before the attempt: the override is a decision of the user even if the printer then refuses.
            await audit.WriteAsync(
                new AuditEntry(
                    user.Actor,
                    "queue.dispatch_overridden",
                    "queue_item",
                    item.Id.ToString("D"),
                    null,
                    new { PrinterId = printer.Id, item.FileName, check.Problems, Reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim() }),
                cancellationToken);
            logger.LogWarning("Dispatch of queue item {ItemId} to {Printer} overridden despite: {Problems}", item.Id, printer.Name, string.Join(" ", check.Problems));
        }

        var now = timeProvider.GetUtcNow();
        item.Status = QueueItemStatus.Dispatching;
        item.DispatchedAt = now;
        item.FailureReason = null;
        await service.SaveAsync(item, cancellationToken);
        try
        {
            using var flight = inFlight.Begin(item.Id);
            await using var content = await files.OpenReadAsync(item.FileId, cancellationToken)
                ?? throw new BusinessRuleException($"{item.FileName} has no local copy any more.");
            await dispatch.StartPrintAsync(
                printer.Id,
                new PrintDispatchRequest
                {
                    FileName = item.FileName,
                    Content = content,
                    Length = content.Length - content.Position,
                    JobName = JobNameOf(item.FileName),
                    Plate = file.Plate,
                    EstimatedSeconds = item.EstimatedSeconds,
                    MaterialType = item.MaterialType,
                    ColorHex = item.ColorHex,
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is PrinterCommunicationException or ConflictException or BusinessRuleException or IOException or OperationCanceledException)
        {
            logger.LogWarning("Dispatch of queue item {ItemId} to {Printer} failed: {Reason}", item.Id, printer.Name, ex.Message);
            item.Status = QueueItemStatus.Failed;
            item.FailureReason = ex is OperationCanceledException ? "The dispatch was cancelled before the printer confirmed it." : ex.Message;
            item.EndedAt = timeProvider.GetUtcNow();
            await service.SaveAsync(item, CancellationToken.None);
            throw;
        }

        // The dispatch timeout counts from the moment the printer accepted the start, not from the upload's beginning.
        await queue.MarkStartAcceptedAsync(item.Id, timeProvider.GetUtcNow(), cancellationToken);
        await plates.MarkJobStartedAsync(printer.Id, now, cancellationToken);
        await audit.WriteAsync(new AuditEntry(user.Actor, "queue.dispatched", "queue_item", item.Id.ToString("D"), null, new { PrinterId = printer.Id, item.FileName, Overridden = !check.Eligible }), cancellationToken);
        return await service.ToDtoAsync(item, cancellationToken);
    }

    /// <summary>"Halterung_v3.gcode.3mf" → "Halterung_v3".</summary>
    public static string JobNameOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        foreach (var suffix in new[] { ".gcode.3mf", ".3mf", ".bgcode", ".gcode" })
        {
            if (fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return fileName[..^suffix.Length];
            }
        }

        return Path.GetFileNameWithoutExtension(fileName);
    }
}
