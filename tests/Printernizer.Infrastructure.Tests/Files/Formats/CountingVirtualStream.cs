namespace Printernizer.Infrastructure.Tests.Files.Formats;

/// <summary>
/// A seekable read-only stream of <c>head + filler x n + tail</c> that never materialises the filler,
/// and counts the bytes actually read (to prove a reader only touches head and tail).
/// </summary>
internal sealed class CountingVirtualStream(byte[] head, byte[] filler, long fillerRepeats, byte[] tail) : Stream
{
    private readonly long _fillerLength = filler.Length * fillerRepeats;
    private long _position;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => head.Length + _fillerLength + tail.Length;

    public override long Position
    {
        get => _position;
        set => _position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length)
        {
            byte value;
            if (_position < head.Length)
            {
                value = head[_position];
            }
            else if (_position < head.Length + _fillerLength)
            {
                value = filler[(_position - head.Length) % filler.Length];
            }
            else
            {
                value = tail[_position - head.Length - _fillerLength];
            }

            buffer[written++] = value;
            _position++;
        }

        BytesRead += written;
        return written;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => Length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
