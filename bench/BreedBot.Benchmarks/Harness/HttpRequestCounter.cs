using System.Globalization;
using System.Text;

namespace BreedBot.Benchmarks.Harness;

/// <summary>
/// Counts the HTTP/1.1 requests in one connection's client-to-server byte stream, fed in pieces as
/// they pass: headers up to the blank line, then a body by Content-Length or by chunks.
/// </summary>
internal sealed class HttpRequestCounter
{
    private readonly List<byte> _line = [];
    private State _state = State.Headers;
    private long _remaining;

    public int Requests { get; private set; }

    public void Feed(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_state is State.Body or State.ChunkData)
            {
                var take = (int)Math.Min(_remaining, data.Length);
                data = data[take..];
                _remaining -= take;
                if (_remaining == 0)
                {
                    _state = _state == State.Body ? State.Headers : State.ChunkSize;
                }

                continue;
            }

            _line.Add(data[0]);
            data = data[1..];
            if (_state == State.Headers && EndsWith("\r\n\r\n"))
            {
                OnHeaders(Encoding.ASCII.GetString([.. _line]));
                _line.Clear();
            }
            else if (_state == State.ChunkSize && EndsWith("\r\n"))
            {
                var text = Encoding.ASCII.GetString([.. _line]).Trim();
                var size = long.Parse(text.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                _line.Clear();
                (_state, _remaining) = size == 0 ? (State.Trailers, 0) : (State.ChunkData, size + 2);
            }
            else if (_state == State.Trailers && EndsWith("\r\n"))
            {
                var blank = _line.Count == 2;
                _line.Clear();
                _state = blank ? State.Headers : State.Trailers;
            }
        }
    }

    private void OnHeaders(string head)
    {
        if (head.Trim().Length == 0)
        {
            return; // stray CRLF between requests
        }

        Requests++;
        long length = 0;
        var chunked = false;
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = long.Parse(value, CultureInfo.InvariantCulture);
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && value.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                chunked = true;
            }
        }

        (_state, _remaining) = chunked ? (State.ChunkSize, 0) : length > 0 ? (State.Body, length) : (State.Headers, 0);
    }

    private bool EndsWith(string ending)
    {
        if (_line.Count < ending.Length)
        {
            return false;
        }

        for (var i = 0; i < ending.Length; i++)
        {
            if (_line[_line.Count - ending.Length + i] != ending[i])
            {
                return false;
            }
        }

        return true;
    }

    private enum State
    {
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        Trailers,
    }
}
