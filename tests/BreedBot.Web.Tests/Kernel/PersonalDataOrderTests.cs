using BreedBot.Testing;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Kernel;

/// <summary>The erase order is one explicit list: every kind of personal data has one place in it, and the real host registers one source per kind.</summary>
[Collection(SharedAzurite.Name)]
public sealed class PersonalDataOrderTests(AzuriteFixture azurite)
{
    [Fact]
    public void Erase_EveryKind_HasExactlyOnePlace()
    {
        Assert.Equal(PersonalDataOrder.Erase.Count, PersonalDataOrder.Erase.Distinct().Count());
        Assert.Equal(Enum.GetValues<PersonalDataKind>().Order(), PersonalDataOrder.Erase.Order());
    }

    [Fact]
    public async Task Sorted_TheRealHostsSources_OneOfEachKindInTheEraseOrder()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        using var scope = host.Services.CreateScope();
        var sources = scope.ServiceProvider.GetServices<IPersonalDataSource>();

        Assert.Equal(PersonalDataOrder.Erase, PersonalDataOrder.Sorted(sources).Select(s => s.Kind));
    }

    [Fact]
    public void Sorted_KindWithoutAPlace_FailsLoudly()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PersonalDataOrder.Sorted([new Unplaced()]));

        Assert.Contains("no place", error.Message, StringComparison.Ordinal);
    }

    private sealed class Unplaced : IPersonalDataSource
    {
        public PersonalDataKind Kind => (PersonalDataKind)999;

        public Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<PersonalDataSection>>([]);

        public Task EraseAsync(PersonalDataSubject subject, CancellationToken ct) => Task.CompletedTask;
    }
}
