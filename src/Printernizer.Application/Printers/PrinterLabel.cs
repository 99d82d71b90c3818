using Printernizer.Domain.Jobs;

namespace Printernizer.Application.Printers;

/// <summary>What job tracking needs of a printer on every job change: its name and default category (no secrets).</summary>
public sealed record PrinterLabel(string Name, JobCategory DefaultCategory);
