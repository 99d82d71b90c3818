using System.Globalization;
using Printernizer.Application.Previews;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// <see cref="IFileInspector"/> over the format readers. Parsing runs off the caller's thread with a time budget;
/// every content problem ends as <see cref="FileInspection.Unreadable"/>, never as an exception.
/// </summary>
public sealed class FileInspector(FileFormatLimits limits) : IFileInspector
{
    public FileInspector()
        : this(FileFormatLimits.Default)
    {
    }

    public async Task<FileInspection> InspectAsync(string path, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        FileStream stream;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(fileName, 0, "file not found");
            }

            if (info.Length > limits.MaxFileBytes)
            {
                return Failed(fileName, info.Length, $"file of {info.Length} bytes is over the limit of {limits.MaxFileBytes} bytes");
            }

            stream = SeekableInput.OpenFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(fileName, 0, "cannot open the file (" + ex.Message + ")");
        }

        await using (stream)
        {
            return await Task.Run(() => Inspect(stream, fileName, cancellationToken), cancellationToken);
        }
    }

    public async Task<FileInspection> InspectAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        Stream stream;
        try
        {
            stream = await SeekableInput.FromStreamAsync(content, limits.MaxFileBytes, cancellationToken);
        }
        catch (InvalidPrintFileException ex)
        {
            return Failed(fileName, 0, ex.Message);
        }
        catch (IOException ex)
        {
            return Failed(fileName, 0, "cannot read the content (" + ex.Message + ")");
        }

        await using (stream)
        {
            return await Task.Run(() => Inspect(stream, fileName, cancellationToken), cancellationToken);
        }
    }

    /// <summary>Synchronous core (for benchmarks and callers already off the request thread). The stream must be seekable.</summary>
    public FileInspection Inspect(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        var length = stream.Length;
        var builder = new InspectionBuilder(fileName, length, limits);
        if (length > limits.MaxFileBytes)
        {
            return builder.Build($"file of {length} bytes is over the limit of {limits.MaxFileBytes} bytes");
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (limits.TimeBudget <= TimeSpan.Zero)
        {
            budget.Cancel();
        }
        else
        {
            budget.CancelAfter(limits.TimeBudget);
        }
        try
        {
            if (length == 0)
            {
                builder.Format = FormatDetector.Detect([], fileName);
                return builder.Build("file is empty");
            }

            stream.Position = 0;
            builder.Format = FormatDetector.Detect(stream, fileName);
            switch (builder.Format)
            {
                case PrintFileFormat.GCode:
                    GCodeReader.Read(stream, builder, budget.Token);
                    break;
                case PrintFileFormat.BGCode:
                    BgcodeReader.Read(stream, builder, budget.Token);
                    break;
                case PrintFileFormat.ThreeMf:
                    ThreeMfReader.Read(stream, builder, budget.Token);
                    break;
                case PrintFileFormat.Stl:
                    var mesh = new MeshBuilder(keepTriangles: false, limits.MaxTriangles);
                    StlReader.Read(stream, mesh, limits, builder.Warnings, budget.Token);
                    builder.Mesh = mesh.ToInfo();
                    break;
                default:
                    return builder.Build("not a recognised print file format (expected G-code, .bgcode, 3MF or STL)");
            }

            return builder.Build();
        }
        catch (InvalidPrintFileException ex)
        {
            return builder.Build(ex.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return builder.Build($"time budget of {limits.TimeBudget.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s exceeded");
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (EndOfStreamException)
        {
            return builder.Build("file is truncated");
        }
        catch (Exception ex)
        {
            // Last line of defence: a reader bug or an unexpected library exception must not escape.
            return builder.Build($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static FileInspection Failed(string fileName, long size, string reason) =>
        new() { FileName = fileName, SizeBytes = size, Unreadable = "unreadable: " + reason };
}
