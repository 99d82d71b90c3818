using Printernizer.Domain.Files;

namespace Printernizer.Application.Files;

/// <summary>Files and bytes with one status.</summary>
public sealed record FileStatusCountDto(FileStatus Status, long Count, long Bytes);
