using System.ComponentModel.DataAnnotations;
using BreedBot.Web.Meldcode;

namespace BreedBot.Web.Tests.Meldcode;

public sealed class AcuteOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValidAndAnswerWithinFiveSeconds()
    {
        var options = new AcuteOptions();

        Assert.Empty(Problems(options));
        Assert.True(options.LookupTimeout + options.SendDeadline < TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(4), options.SendDeadline);
        Assert.Equal(TimeSpan.FromMinutes(10), options.RepeatWindow);
    }

    [Fact]
    public void Validate_LookupAndDeadlineTogetherFiveSecondsOrMore_IsRefused()
    {
        var problems = Problems(new AcuteOptions { LookupTimeout = TimeSpan.FromSeconds(1), SendDeadline = TimeSpan.FromSeconds(4) });

        Assert.Contains(problems, p => p.Contains("LookupTimeout + SendDeadline", StringComparison.Ordinal));
    }

    private static List<string> Problems(AcuteOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
