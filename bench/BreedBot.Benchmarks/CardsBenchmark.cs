using System.Globalization;
using System.Text.Json;
using BreedBot.Benchmarks.Harness;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Pairing;
using BreedBot.Web.Cards;
using BreedBot.Web.Help;
using BreedBot.Web.Installation;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Members;
using BreedBot.Web.Pairing;

namespace BreedBot.Benchmarks;

/// <summary>
/// Card expansion: the Web project's card factories (template + data → card), one thread, and the
/// same card written as the JSON that goes to Teams. Cards per second, CPU time and allocations.
/// </summary>
internal static class CardsBenchmark
{
    private const int WarmUp = 200;
    private const int Runs = 2000;

    public static void Run(TextWriter output)
    {
        output.WriteLine(Line($"Cards benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}; load average at start: {MachineInfo.LoadAverage()}"));
        output.WriteLine(Line($"{Runs} expansions per card after {WarmUp} warm-up runs, one thread"));
        output.WriteLine(Line($"  {"card",-34}{"cards/s",10}{"median µs",11}{"cpu µs",9}{"alloc KB",10}"));

        var colleagues = Enumerable.Range(1, 24).Select(i => ($"key-{i}", $"Collega {i}")).ToList();
        var join = new JoinCardModel("19:team@thread.tacv2", "Wijkteam Noord", colleagues, JoinCardModel.AnswersOf(null), []);
        var duo = new DuoCardModel("Wijkteam Noord", ["Sanne de Vries"], ["sanne@example.org"], new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(10, 0)), true);
        var cases = new (string Name, Func<RenderedCard> Render)[]
        {
            ("help (nl)", () => HelpCard.Render(UserLanguage.Dutch)),
            ("help (en)", () => HelpCard.Render(UserLanguage.English)),
            ("join, 24 colleagues (nl)", () => JoinCard.Render(UserLanguage.Dutch, join)),
            ("duo (nl)", () => DuoCard.Render(UserLanguage.Dutch, duo)),
            ("welcome personal (nl)", () => WelcomePersonalCard.Render(UserLanguage.Dutch, "Sanne")),
            ("notice, 3 lines (nl)", () => NoticeCard.Render(UserLanguage.Dutch, "Titel", "een", "twee", "drie")),
        };

        foreach (var (name, render) in cases)
        {
            Print(output, name, StopwatchTiming.Measure(() => render(), WarmUp, Runs));
        }

        // What the reply costs beyond expansion: the card inside an activity, serialized for the wire.
        var help = HelpCard.Render(UserLanguage.Dutch);
        var reply = new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(help.Content)], Summary = help.Summary };
        var wire = StopwatchTiming.Measure(() => JsonSerializer.SerializeToUtf8Bytes(reply, ActivityJson.Options), WarmUp, Runs);
        Print(output, "help reply serialized (activity)", wire);

        var helpFigures = StopwatchTiming.Measure(() => HelpCard.Render(UserLanguage.Dutch), WarmUp, Runs);
        BenchSummary.Add("help card expansions per second (one thread)", Line($"{1000 / helpFigures.MedianMs:F0}"), "no target");
    }

    private static void Print(TextWriter output, string name, StopwatchTiming.Figures figures) =>
        output.WriteLine(Line($"  {name,-34}{1000 / figures.MedianMs,10:F0}{figures.MedianMs * 1000,11:F0}{figures.CpuMsPerRun * 1000,9:F0}{figures.AllocatedBytesPerRun / 1024.0,10:F1}"));

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
