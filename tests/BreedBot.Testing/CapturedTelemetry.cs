using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BreedBot.Testing;

/// <summary>
/// Every trace span and metric measurement in the process, flattened to text: names, tags, events,
/// status. Listens to all sources and meters, so what an exporter could send is what is searched.
/// </summary>
public sealed class CapturedTelemetry : IDisposable
{
    private readonly ConcurrentQueue<string> _records = new();
    private readonly ActivityListener _traces;
    private readonly MeterListener _metrics;

    public CapturedTelemetry()
    {
        _traces = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span => _records.Enqueue(Describe(span)),
        };
        ActivitySource.AddActivityListener(_traces);
        _metrics = new MeterListener { InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument) };
        _metrics.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _metrics.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _metrics.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _metrics.Start();
    }

    public IReadOnlyCollection<string> Records => _records.ToArray();

    public void Dispose()
    {
        _traces.Dispose();
        _metrics.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            text.Add($"{tag.Key}={tag.Value}");
        }

        _records.Enqueue($"metric {instrument.Meter.Name}/{instrument.Name}={value} {string.Join("; ", text)}");
    }

    private static string Describe(Activity span) =>
        $"span {span.Source.Name}/{span.DisplayName} {span.Status} {span.StatusDescription} " +
        string.Join("; ", span.TagObjects.Select(t => $"{t.Key}={t.Value}")) + " events: " +
        string.Join("; ", span.Events.Select(e => e.Name + " " + string.Join(",", e.Tags.Select(t => $"{t.Key}={t.Value}")))) +
        " baggage: " + string.Join("; ", span.Baggage.Select(b => $"{b.Key}={b.Value}"));
}
