namespace Printernizer.Infrastructure.Files.Formats;

/// <summary>
/// Reads LF/CRLF-terminated lines from a stream without allocating per line, up to a byte budget.
/// Lines longer than the cap are skipped (reported via <c>tooLong</c>), never buffered whole.
/// </summary>
internal sealed class LineScanner
{
    private readonly Stream _stream;
    private readonly int _maxLine;
    private readonly byte[] _buffer;
    private readonly bool _crIsNewline;
    private long _budget;
    private int _start;
    private int _end;
    private bool _eof;

    /// <param name="stream">Source, read from its current position.</param>
    /// <param name="maxLineBytes">Longer lines are skipped.</param>
    /// <param name="byteBudget">Bytes to read at most.</param>
    /// <param name="crIsNewline">Also end lines at a lone CR (old Mac line ends; CRLF then yields an extra empty line).</param>
    public LineScanner(Stream stream, int maxLineBytes, long byteBudget, bool crIsNewline = false)
    {
        _crIsNewline = crIsNewline;
        _stream = stream;
        _maxLine = maxLineBytes;
        _buffer = new byte[Math.Max(maxLineBytes + 1, 64 * 1024)];
        _budget = byteBudget;
    }

    /// <summary>Bytes handed out as lines (including terminators) so far.</summary>
    public long Consumed { get; private set; }

    /// <summary>Returns the next line without its terminator; false at end of stream or budget.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = _crIsNewline ? available.IndexOfAny((byte)'\n', (byte)'\r') : available.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = TrimCr(available[..newline]);
                _start += newline + 1;
                Consumed += newline + 1;
                if (tooLong)
                {
                    line = default;
                }

                return true;
            }

            if (available.Length >= _maxLine)
            {
                // Drop the overlong fragment and keep skipping until its end.
                tooLong = true;
                Consumed += available.Length;
                _start = _end = 0;
            }

            if (_eof || _budget <= 0)
            {
                if (_end > _start)
                {
                    line = tooLong ? default : TrimCr(_buffer.AsSpan(_start, _end - _start));
                    Consumed += _end - _start;
                    _start = _end;
                    return true;
                }

                line = default;
                return tooLong;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var room = (int)Math.Min(_buffer.Length - _end, _budget);
        var read = _stream.Read(_buffer, _end, room);
        if (read <= 0)
        {
            _eof = true;
            return;
        }

        _end += read;
        _budget -= read;
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
}
