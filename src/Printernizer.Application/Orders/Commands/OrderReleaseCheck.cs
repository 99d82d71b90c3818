using System.Globalization;
using Printernizer.Application.Common.Exceptions;
using Printernizer.Application.Queue;
using Printernizer.Domain.Orders;

namespace Printernizer.Application.Orders.Commands;

/// <summary>
/// A draft is released only when every line has a printable file (a library file with a local copy); otherwise 409
/// naming the lines (<c>code: order_lines_not_printable</c>, <c>lines</c>) and nothing changes.
/// </summary>
public sealed class OrderReleaseCheck(IQueueFileStore files)
{
    public const string Code = "order_lines_not_printable";

    public async Task EnsurePrintableAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Lines.Count == 0)
        {
            throw new ConflictException(
                $"Order {order.Number} has no lines; add what to print before releasing it.",
                new Dictionary<string, object?> { ["code"] = Code, ["lines"] = Array.Empty<UnprintableLine>() });
        }

        var unprintable = new List<UnprintableLine>();
        foreach (var line in order.Lines)
        {
            var name = line.FileName ?? line.FileId ?? "no file";
            if (!Guid.TryParse(line.FileId, CultureInfo.InvariantCulture, out var fileId))
            {
                unprintable.Add(new UnprintableLine(line.LineNo, line.FileName, $"line {line.LineNo} ({name}) has no file from the library"));
            }
            else if (await files.GetAsync(fileId, cancellationToken) is null)
            {
                unprintable.Add(new UnprintableLine(line.LineNo, line.FileName, $"line {line.LineNo} ({name}): the file has no local copy (download or upload it on the Files page)"));
            }
        }

        if (unprintable.Count > 0)
        {
            throw new ConflictException(
                $"Order {order.Number} cannot be released: " + string.Join("; ", unprintable.Select(u => u.Reason)) + ". Choose a file for each line first.",
                new Dictionary<string, object?> { ["code"] = Code, ["lines"] = unprintable });
        }
    }
}
