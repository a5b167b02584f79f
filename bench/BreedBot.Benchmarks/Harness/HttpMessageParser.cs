using System.Globalization;
using System.Text;

namespace BreedBot.Benchmarks.Harness;

/// <summary>
/// Follows the HTTP/1.1 messages of one direction of one connection, fed in pieces as they pass: the head up to the
/// blank line, then a body by Content-Length or by chunks. Says when a message begins (its first byte), when its head is
/// complete (with the head's text) and when the whole message has passed. For responses, <see cref="NoBody"/> tells it
/// which heads carry no body (the answer to a HEAD, 1xx, 204, 304).
/// </summary>
internal sealed class HttpMessageParser
{
    private readonly List<byte> _line = [];
    private State _state = State.Head;
    private long _remaining;

    /// <summary>Called with a complete head; returns true when the message has no body after it (default: by its headers).</summary>
    public Func<string, bool>? NoBody { get; init; }

    public Action<string>? OnHead { get; init; }

    public Action? OnComplete { get; init; }

    /// <summary>True between messages: the next byte fed starts a new one.</summary>
    public bool AtMessageStart => _state == State.Head && _line.Count == 0;

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
                    if (_state == State.Body)
                    {
                        Complete();
                    }
                    else
                    {
                        _state = State.ChunkSize;
                    }
                }

                continue;
            }

            _line.Add(data[0]);
            data = data[1..];
            if (_state == State.Head && EndsWith("\r\n\r\n"))
            {
                var head = Encoding.ASCII.GetString([.. _line]);
                _line.Clear();
                OnHeadComplete(head);
            }
            else if (_state == State.Head && _line.Count == 2 && EndsWith("\r\n"))
            {
                _line.Clear(); // a stray CRLF between messages
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
                if (blank)
                {
                    Complete();
                }
            }
        }
    }

    private void OnHeadComplete(string head)
    {
        OnHead?.Invoke(head);
        if (NoBody?.Invoke(head) == true)
        {
            Complete();
            return;
        }

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

        if (chunked)
        {
            (_state, _remaining) = (State.ChunkSize, 0);
        }
        else if (length > 0)
        {
            (_state, _remaining) = (State.Body, length);
        }
        else
        {
            Complete();
        }
    }

    private void Complete()
    {
        _state = State.Head;
        _remaining = 0;
        OnComplete?.Invoke();
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

    /// <summary>The value of one header in a head's text, or null.</summary>
    public static string? Header(string head, string name)
    {
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    private enum State
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        Trailers,
    }
}
