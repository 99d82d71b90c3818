using MediatR;

namespace Printernizer.Application.Files.Commands.UploadLocalFile;

/// <summary>Stores an uploaded file in the local library (status <c>local</c>).</summary>
public sealed record UploadLocalFileCommand(string FileName, Stream Content, long Length) : IRequest<FileDto>;
