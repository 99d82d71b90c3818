using System.Security.Cryptography;

namespace Printernizer.Infrastructure.Files;

/// <summary>
/// A write-only pass-through that computes SHA-256 and counts bytes while a transfer is written to its temp file, and
/// optionally holds the transfer to a bandwidth limit (bytes per second; 0: none).
/// </summary>
internal sealed class HashingWriteStream(Stream inner, long bytesPerSecondLimit, TimeProvider timeProvider) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly long _started = timeProvider.GetTimestamp();

    public long Written { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Written;

    public override long Position
    {
        get => Written;
        set => throw new NotSupportedException();
    }

    /// <summary>The SHA-256 of everything written (lower-case hex); call once at the end.</summary>
    public string FinishHash() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        inner.Write(buffer, offset, count);
        _hash.AppendData(buffer, offset, count);
        Written += count;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(buffer, cancellationToken);
        _hash.AppendData(buffer.Span);
        Written += buffer.Length;
        if (bytesPerSecondLimit > 0)
        {
            var due = TimeSpan.FromSeconds((double)Written / bytesPerSecondLimit);
            var wait = due - timeProvider.GetElapsedTime(_started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken);
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
