using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;

namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// Read-only view of a zip package with the limits of formats.md section 6: entry count checked from the
/// end-of-central-directory record before the directory is parsed, inflation counted (cap and ratio),
/// global inflated-bytes budget, duplicate names ignored after the first, names never used as paths.
/// </summary>
internal sealed class SafeZip : IDisposable
{
    /// <summary>Central directory cap: 10,000 entries with generous names fit easily; millions of tiny entries do not.</summary>
    private const long MaxCentralDirectoryBytes = 64L * 1024 * 1024;

    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly FileFormatLimits _limits;
    private long _inflatedTotal;

    private SafeZip(ZipArchive archive, FileFormatLimits limits)
    {
        _archive = archive;
        _limits = limits;
        foreach (var entry in archive.Entries)
        {
            var name = Normalize(entry.FullName);
            if (name.Length > 0)
            {
                _entries.TryAdd(name, entry);
            }
        }
    }

    public IEnumerable<string> Names => _entries.Keys;

    public static SafeZip Open(Stream stream, FileFormatLimits limits)
    {
        var entryCount = ReadEntryCount(stream);
        if (entryCount > limits.MaxZipEntries)
        {
            throw new InvalidPrintFileException($"zip archive has {entryCount} entries, over the limit of {limits.MaxZipEntries}");
        }

        stream.Position = 0;
        try
        {
            return new SafeZip(new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true), limits);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidPrintFileException($"damaged zip archive ({ex.Message})", ex);
        }
    }

    /// <summary>Part names start with "/" in relationships; zip entry names do not. Backslashes become slashes.</summary>
    public static string Normalize(string partName)
    {
        var name = partName.Replace('\\', '/').TrimStart('/');
        return name;
    }

    public bool Contains(string partName) => _entries.ContainsKey(Normalize(partName));

    public long? DeclaredLength(string partName) => _entries.TryGetValue(Normalize(partName), out var entry) ? entry.Length : null;

    /// <summary>Reads a whole part into memory, bounded by <paramref name="maxBytes"/> and the ratio/total limits.</summary>
    public byte[]? ReadPart(string partName, long maxBytes)
    {
        using var stream = OpenPart(partName, maxBytes);
        if (stream is null)
        {
            return null;
        }

        // Size the buffer from the declared length (bounded) so it is not grown through doubling; still never trusted.
        var declared = DeclaredLength(partName) ?? 0;
        var capacityCap = Math.Max(256, Math.Min(maxBytes + 1, 64L * 1024 * 1024));
        var buffer = new MemoryStream((int)Math.Clamp(declared + 1, 256, capacityCap));
        stream.CopyTo(buffer);
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>Opens a part as a stream that throws <see cref="InvalidPrintFileException"/> when a limit is crossed.</summary>
    public Stream? OpenPart(string partName, long maxBytes)
    {
        if (!_entries.TryGetValue(Normalize(partName), out var entry))
        {
            return null;
        }

        try
        {
            return new BoundedInflateStream(entry.Open(), this, Normalize(partName), entry.CompressedLength, Math.Min(maxBytes, _limits.MaxZipPartBytes));
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidPrintFileException($"{Normalize(partName)}: damaged zip entry ({ex.Message})", ex);
        }
    }

    public static XmlReader CreateXmlReader(Stream stream, long maxCharacters) =>
        XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        });

    public void Dispose() => _archive.Dispose();

    private void CountInflated(long bytes)
    {
        _inflatedTotal += bytes;
        if (_inflatedTotal > _limits.MaxZipTotalInflatedBytes)
        {
            throw new InvalidPrintFileException($"zip archive inflates to more than {_limits.MaxZipTotalInflatedBytes} bytes");
        }
    }

    /// <summary>Reads the entry count from the end-of-central-directory record (zip64 aware).</summary>
    private static long ReadEntryCount(Stream stream)
    {
        var length = stream.Length;
        if (length < 22)
        {
            throw new InvalidPrintFileException("zip archive is truncated (no end of central directory)");
        }

        var tailLength = (int)Math.Min(length, 65_535 + 22 + 20);
        var tail = new byte[tailLength];
        stream.Position = length - tailLength;
        stream.ReadExactly(tail);
        for (var i = tailLength - 22; i >= 0; i--)
        {
            if (tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 0x05 && tail[i + 3] == 0x06)
            {
                long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
                var directorySize = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i + 12));
                if (directorySize != 0xFFFFFFFF && directorySize > MaxCentralDirectoryBytes)
                {
                    throw new InvalidPrintFileException($"zip central directory of {directorySize} bytes is over the limit");
                }

                if (count == 0xFFFF && i >= 20 && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i - 20)) == 0x07064B50)
                {
                    var zip64Offset = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(i - 20 + 8));
                    if (zip64Offset < 0 || zip64Offset > length - 56)
                    {
                        throw new InvalidPrintFileException("damaged zip64 end of central directory");
                    }

                    Span<byte> record = stackalloc byte[56];
                    stream.Position = zip64Offset;
                    stream.ReadExactly(record);
                    var total = BinaryPrimitives.ReadUInt64LittleEndian(record[32..]);
                    if (BinaryPrimitives.ReadUInt64LittleEndian(record[40..]) > MaxCentralDirectoryBytes)
                    {
                        throw new InvalidPrintFileException("zip64 central directory is over the limit");
                    }

                    count = total > long.MaxValue ? long.MaxValue : (long)total;
                }

                return count;
            }
        }

        throw new InvalidPrintFileException("not a complete zip archive (no end of central directory; truncated?)");
    }

    private sealed class BoundedInflateStream(Stream inner, SafeZip owner, string name, long compressedLength, long maxBytes) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n;
            try
            {
                n = inner.Read(buffer);
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidPrintFileException($"{name}: damaged compressed data ({ex.Message})", ex);
            }

            _read += n;
            owner.CountInflated(n);
            if (_read > maxBytes)
            {
                throw new InvalidPrintFileException($"{name} inflates to more than {maxBytes} bytes");
            }

            if (_read > owner._limits.CompressionRatioGraceBytes && _read > owner._limits.MaxCompressionRatio * Math.Max(compressedLength, 1))
            {
                throw new InvalidPrintFileException(
                    $"{name} looks like a zip bomb (compression ratio over {owner._limits.MaxCompressionRatio}:1)");
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
