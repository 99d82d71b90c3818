namespace Printernizer.Application.Orders.Commands;

/// <summary>An order line the queue could not print, as the release's 409 lists it (<c>lines</c>).</summary>
public sealed record UnprintableLine(int LineNo, string? FileName, string Reason);
