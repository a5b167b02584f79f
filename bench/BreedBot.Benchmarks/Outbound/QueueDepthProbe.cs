using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Queues;
using BreedBot.Benchmarks.Harness;

namespace BreedBot.Benchmarks.Outbound;

/// <summary>
/// Azurite's queue on its own, without BreedBot: <c>--reminders</c> messages queued, then 8 loops receive 32 at
/// a time, hold each 50 ms (a send) and delete it, like the send workers. Run at 2 000 messages and at the
/// given depth, it shows how the emulator's queue slows down as it fills, which bounds the fan-out benchmark.
/// </summary>
internal static class QueueDepthProbe
{
    private const int Loops = 8;
    private static readonly TimeSpan Hold = TimeSpan.FromMilliseconds(50);

    public static void Run(TextWriter output) => RunAsync(output, BenchArguments.Current).GetAwaiter().GetResult();

    private static async Task RunAsync(TextWriter output, BenchArguments options)
    {
        output.WriteLine(Line($"Azurite queue depth probe — {Environment.ProcessorCount} cores; load average at start: {MachineInfo.LoadAverage()}"));
        await using var storage = await LocalStorage.StartAsync();
        foreach (var depth in new[] { 2_000, options.Reminders }.Distinct())
        {
            var queue = new QueueClient(storage.ConnectionString, "probe" + depth.ToString(CultureInfo.InvariantCulture));
            await queue.CreateAsync();
            await Parallel.ForEachAsync(Enumerable.Range(0, depth), new ParallelOptions { MaxDegreeOfParallelism = 16 },
                async (i, ct) => await queue.SendMessageAsync("m" + i.ToString(CultureInfo.InvariantCulture), ct));
            var consumed = Stopwatch.StartNew();
            var (deleted, goneOnRetry) = await ConsumeAsync(queue, depth);
            output.WriteLine(Line($"  {depth} queued: {deleted} received and deleted in {consumed.Elapsed.TotalSeconds:F1} s = {deleted / consumed.Elapsed.TotalSeconds:F0} messages/s ({Loops} loops × 32, {Hold.TotalMilliseconds} ms each); deletes that timed out and were found done on retry: {goneOnRetry}"));
            await queue.DeleteAsync();
        }
    }

    private static async Task<(int Deleted, int GoneOnRetry)> ConsumeAsync(QueueClient queue, int depth)
    {
        var deleted = 0;
        var goneOnRetry = 0;
        var idle = 0;
        await Task.WhenAll(Enumerable.Range(0, Loops).Select(async _ =>
        {
            while (Volatile.Read(ref deleted) < depth && Volatile.Read(ref idle) < 100)
            {
                var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(10))).Value;
                if (batch.Length == 0)
                {
                    Interlocked.Increment(ref idle);
                    await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
                    continue;
                }

                await Task.WhenAll(batch.Select(async message =>
                {
                    await Task.Delay(Hold, TimeProvider.System);
                    try
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                    }
                    catch (Azure.RequestFailedException e) when (e.Status == 404)
                    {
                        // A delete slow enough to time out is retried by the SDK; the retry finds it done.
                        Interlocked.Increment(ref goneOnRetry);
                    }

                    Interlocked.Increment(ref deleted);
                }));
            }
        }));
        return (deleted, goneOnRetry);
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
