using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BreedBot.Testing;

/// <summary>
/// Every log record a host writes, at every level, as the text a log sink would keep: the
/// formatted message, each structured value, scopes and the full exception. Privacy tests search it.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _records = new();

    public IReadOnlyCollection<string> Records => _records.ToArray();

    public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Capture(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            owner._records.Enqueue($"{category} scope: {Describe(state)}");
            return NoScope.Instance;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            owner._records.Enqueue($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} | {Describe(state)} | {exception}");
        }

        private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join("; ", values.Select(v => $"{v.Key}={v.Value}"))
            : state?.ToString() ?? "";
    }

    private sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose()
        {
        }
    }
}
