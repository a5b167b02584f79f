using System.ComponentModel.DataAnnotations;
using BreedBot.Web.Retention;

namespace BreedBot.Web.Tests.Retention;

public sealed class RetentionOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid()
    {
        Assert.Empty(Problems(new RetentionOptions()));
    }

    [Theory]
    [InlineData(100, 90, 365)]
    [InlineData(30, 400, 365)]
    public void Validate_DefaultOutsideItsBounds_IsRefused(int min, int @default, int max)
    {
        var problems = Problems(new RetentionOptions { MinDays = min, DefaultDays = @default, MaxDays = max });

        Assert.Contains(problems, p => p.Contains("MinDays <= DefaultDays <= MaxDays", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, 90)]
    [InlineData(10, 30)]
    [InlineData(60, 60)]
    [InlineData(999, 365)]
    public void DaysFor_ChosenPeriod_StaysWithinTheDeploymentBounds(int? chosen, int expected)
    {
        Assert.Equal(expected, new RetentionOptions().DaysFor(chosen));
    }

    private static List<string> Problems(RetentionOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
