using Printernizer.Application.Common;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Common.Interfaces;
using Printernizer.Application.Monitoring;
using Printernizer.Application.Printers;
using Printernizer.Domain.Printers;
using Printernizer.Domain.Queue;

namespace Printernizer.Application.Queue;

/// <summary>The queue's shared logic: predictions, candidates with reasons, publishing and auto-assignment.</summary>
public sealed class PrintQueueService(
    IQueueRepository queue,
    IQueueFileStore files,
    IPrinterRepository printers,
    IPrinterStatusStore statuses,
    IPrinterPlateStore plates,
    ILoadedMaterialStore materials,
    IEstimateHistory history,
    IQueueSettingsStore settings,
    IRealtimePublisher realtime,
    TimeProvider timeProvider)
{
    public const int HistoryLimit = 2000;

    /// <summary>The problem of a printer whose plate was not confirmed cleared (dispatch needs it).</summary>
    public const string PlateNotCleared = "The plate has not been confirmed cleared since the last job.";
    private static readonly EstimateLearner Learner = new();
    private IReadOnlyList<EstimateSample>? _samples;
    private readonly Dictionary<Guid, QueueOrderLabel?> _orderLabels = [];

    public async Task<IReadOnlyList<EstimateSample>> SamplesAsync(CancellationToken cancellationToken) =>
        _samples ??= await history.ListAsync(HistoryLimit, cancellationToken);

    public async Task<int?> PredictAsync(QueueItem item, Guid? printerId, CancellationToken cancellationToken) =>
        printerId is { } id ? Learner.Predict(await SamplesAsync(cancellationToken), id, item.MaterialType, item.EstimatedSeconds) : item.EstimatedSeconds;

    public async Task<QueueItemDto> ToDtoAsync(QueueItem item, CancellationToken cancellationToken)
    {
        QueueOrderLabel? order = null;
        if (item.OrderId is { } orderId)
        {
            await LoadOrderLabelsAsync([orderId], cancellationToken);
            order = _orderLabels[orderId];
        }

        return QueueItemDto.From(item, await PredictAsync(item, item.PrinterId, cancellationToken), order);
    }

    /// <summary>Reads the order labels of many items at once (one query for a whole list), kept for this scope.</summary>
    public async Task LoadOrderLabelsAsync(IEnumerable<Guid> orderIds, CancellationToken cancellationToken)
    {
        var missing = orderIds.Where(id => !_orderLabels.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var found = (await queue.ListOrderLabelsAsync(missing, cancellationToken)).ToDictionary(l => l.OrderId);
        foreach (var id in missing)
        {
            _orderLabels[id] = found.GetValueOrDefault(id);
        }
    }

    /// <summary>Stores a changed item and tells live clients (<c>queue.updated</c>).</summary>
    public async Task<QueueItemDto> SaveAsync(QueueItem item, CancellationToken cancellationToken)
    {
        item.UpdatedAt = timeProvider.GetUtcNow();
        await queue.UpdateAsync(item, cancellationToken);
        return await PublishAsync(item, cancellationToken);
    }

    public async Task<QueueItemDto> PublishAsync(QueueItem item, CancellationToken cancellationToken)
    {
        var dto = await ToDtoAsync(item, cancellationToken);
        realtime.Publish("queue.updated", dto, item.Id.ToString("D"));
        return dto;
    }

    /// <summary>Creates the requested copies as queued items.</summary>
    /// <remarks>With <paramref name="skipMissingFiles"/>, copies of files without a local copy are left out instead of failing.</remarks>
    public async Task<IReadOnlyList<QueueItem>> EnqueueAsync(IReadOnlyList<NewQueueItem> requested, CancellationToken cancellationToken, bool skipMissingFiles = false)
    {
        var now = timeProvider.GetUtcNow();
        var position = await queue.NextPositionAsync(cancellationToken);
        var items = new List<QueueItem>();
        foreach (var request in requested)
        {
            var file = await files.GetAsync(request.FileId, cancellationToken);
            if (file is null && skipMissingFiles)
            {
                continue;
            }

            if (file is null)
            {
                throw ValidationException.ForField("fileId", $"File '{request.FileId}' was not found (or has no local copy).");
            }

            for (var copy = 0; copy < request.Copies; copy++)
            {
                items.Add(new QueueItem
                {
                    Id = Guid.NewGuid(),
                    OrderId = request.OrderId,
                    OrderLineNo = request.OrderLineNo,
                    FileId = file.Id,
                    FileName = file.Name,
                    MaterialType = request.MaterialType ?? file.MaterialType,
                    ColorHex = PrinterFit.NormalizeColor(request.ColorHex),
                    Status = QueueItemStatus.Queued,
                    Priority = request.Priority,
                    DueDate = request.DueDate,
                    Position = position++,
                    EstimatedSeconds = file.PrintSeconds,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }
        }

        await queue.AddManyAsync(items, cancellationToken);
        foreach (var item in items)
        {
            await PublishAsync(item, cancellationToken);
        }

        await AutoAssignAsync(cancellationToken);
        return items;
    }

    /// <summary>Every printer ranked for <paramref name="item"/>: eligible first (by score), then the rest.</summary>
    public async Task<IReadOnlyList<QueueCandidateDto>> RankAsync(QueueItem item, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(item.FileId, cancellationToken);
        var all = await printers.ListAsync(cancellationToken);
        var open = await queue.ListOpenAsync(cancellationToken);
        var plateStates = await plates.GetAllAsync(cancellationToken);
        var outcomes = await history.CountOutcomesAsync(cancellationToken);
        var samples = await SamplesAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var result = new List<QueueCandidateDto>();
        foreach (var printer in all.Where(p => p.IsActive))
        {
            var check = Check(item, file, printer, plateStates.GetValueOrDefault(printer.Id) ?? new PlateState(printer.Id, null, null));
            var mine = open.Where(i => i.PrinterId == printer.Id && i.Id != item.Id && i.Status is QueueItemStatus.Assigned or QueueItemStatus.Dispatching).ToList();
            var predicted = Learner.Predict(samples, printer.Id, item.MaterialType, item.EstimatedSeconds);
            var backlog = RemainingNow(statuses.Get(printer.Id), now)
                + mine.Sum(i => Learner.Predict(samples, printer.Id, i.MaterialType, i.EstimatedSeconds) ?? 0);
            var finish = now.AddSeconds(backlog + Math.Max(0, predicted ?? 0));
            var counts = outcomes.Where(o => o.PrinterId == printer.Id).ToList();
            var sameMaterial = counts.Where(o => item.MaterialType is not null && string.Equals(o.MaterialType, item.MaterialType, StringComparison.OrdinalIgnoreCase)).ToList();
            var basis = sameMaterial.Sum(o => o.Completed + o.Failed) >= 3 ? sameMaterial : counts;
            var finished = basis.Sum(o => o.Completed + o.Failed);
            double? successRate = finished > 0 ? Math.Round(100.0 * basis.Sum(o => o.Completed) / finished, 1) : null;
            var reasons = check.Reasons.ToList();
            reasons.Add(mine.Count == 0 ? "Nothing else assigned to it." : $"{mine.Count} other item(s) already assigned to it.");
            reasons.Add(predicted is { } p
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Predicted print time {Duration(p)}; done around {BerlinTime.ToBerlin(finish):dd.MM.yyyy HH:mm} (Berlin time).")
                : "No print time estimate in the file.");
            reasons.Add(successRate is { } rate
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rate:0.#} % of {finished} finished jobs succeeded{(basis == sameMaterial ? $" with {item.MaterialType}" : string.Empty)}.")
                : "No finished jobs yet to judge its success rate.");
            var score = Score(check, 100.0 - (backlog / 3600.0 * 5) - (mine.Count * 5) + ((successRate ?? 90) - 90) / 2);
            result.Add(new QueueCandidateDto
            {
                PrinterId = printer.Id,
                PrinterName = printer.Name,
                Eligible = check.Eligible,
                Assignable = check.Assignable,
                Score = Math.Round(score, 1),
                QueueLength = mine.Count,
                PredictedSeconds = predicted,
                PredictedFinishAt = predicted is null ? null : finish,
                SuccessRatePercent = successRate,
                Reasons = reasons,
                Problems = check.Problems,
                PlateCleared = check.PlateCleared,
                OverridableProblems = check.OverridableProblems,
            });
        }

        return result.OrderByDescending(c => c.Eligible).ThenByDescending(c => c.Assignable).ThenByDescending(c => c.Score).ThenBy(c => c.PrinterName, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Puts the soft score (clamped to 0–100) into bands so that the number itself ranks suitable printers above
    /// unsuitable ones: ready now 50–100, suitable but not ready 1–49, not suitable 0.
    /// </summary>
    public static double Score(FitCheck check, double soft)
    {
        ArgumentNullException.ThrowIfNull(check);
        var clamped = Math.Clamp(soft, 0, 100);
        return check.Eligible ? 50 + (clamped / 2) : check.Assignable ? 1 + (clamped * 0.48) : 0;
    }

    /// <summary>What is left of the current print now (the status reported it a while ago); never negative.</summary>
    private static int RemainingNow(PrinterStatusDto? status, DateTimeOffset now)
    {
        if (status?.RemainingSeconds is not { } remaining || status.State is not (PrinterState.Printing or PrinterState.Paused or PrinterState.Preparing or PrinterState.Busy))
        {
            return 0;
        }

        var since = Math.Max(0, (int)(now - status.UpdatedAt).TotalSeconds);
        return Math.Max(0, remaining - since);
    }

    /// <summary>The hard rules for one printer.</summary>
    public FitCheck Check(QueueItem item, QueueFileInfo? file, Printer printer, PlateState plate)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentNullException.ThrowIfNull(plate);
        var reasons = new List<string>();
        var problems = new List<string>();
        var assignable = true;
        if (file is null)
        {
            problems.Add("The file has no local copy any more.");
            assignable = false;
        }
        else
        {
            foreach (var (ok, reason) in new[] { PrinterFit.Format(file, printer), PrinterFit.Model(file, printer) })
            {
                (ok ? reasons : problems).Add(reason);
                assignable &= ok;
            }
        }

        var (materialOk, materialReason) = PrinterFit.Material(item.MaterialType, item.ColorHex, materials.Get(printer.Id));
        (materialOk ? reasons : problems).Add(materialReason);
        var status = statuses.Get(printer.Id);
        var idle = status is { Connected: true, State: PrinterState.Idle or PrinterState.Finished or PrinterState.Stopped or PrinterState.Failed };
        (idle ? reasons : problems).Add(status is null or { Connected: false }
            ? "The printer is offline."
            : idle ? "The printer is idle." : $"The printer is {status.State.ToString().ToLowerInvariant()}.");
        (plate.IsCleared ? reasons : problems).Add(plate.IsCleared ? "The plate was confirmed cleared." : PlateNotCleared);
        return new FitCheck(assignable, assignable && problems.Count == 0, problems.Concat(reasons).ToList(), problems, plate.IsCleared);
    }

    /// <summary>With auto-assignment on: gives every queued item without a printer to its best eligible candidate.</summary>
    public async Task AutoAssignAsync(CancellationToken cancellationToken)
    {
        if (!(await settings.GetAsync(cancellationToken)).AutoAssign)
        {
            return;
        }

        var waiting = QueueItem.InQueueOrder((await queue.ListOpenAsync(cancellationToken)).Where(i => i.Status == QueueItemStatus.Queued)).ToList();
        var taken = new HashSet<Guid>();
        foreach (var item in waiting)
        {
            var best = (await RankAsync(item, cancellationToken)).FirstOrDefault(c => c.Eligible && c.QueueLength == 0 && !taken.Contains(c.PrinterId));
            if (best is null)
            {
                continue;
            }

            taken.Add(best.PrinterId);
            item.PrinterId = best.PrinterId;
            item.Status = QueueItemStatus.Assigned;
            await SaveAsync(item, cancellationToken);
        }
    }

    public async Task<QueueItem> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await queue.GetAsync(id, cancellationToken) ?? throw NotFoundException.For("Queue item", id);

    private static string Duration(int seconds) => seconds >= 3600
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seconds / 3600} h {seconds % 3600 / 60:00} min")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Max(1, seconds / 60)} min");
}
