namespace Printernizer.Infrastructure.Files.Sources;

/// <summary>A file on a simulated printer.</summary>
public sealed record SimulatedFile(string Path, string Name, byte[] Content, DateTimeOffset ModifiedAt);
