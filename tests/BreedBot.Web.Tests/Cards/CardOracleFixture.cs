namespace BreedBot.Web.Tests.Cards;

/// <summary>Runs the Node oracle once for all cards and binder features of a test class.</summary>
public sealed class CardOracleFixture : IAsyncLifetime
{
    internal IReadOnlyDictionary<string, OracleResult> Results { get; private set; } = new Dictionary<string, OracleResult>();

    public async Task InitializeAsync() =>
        Results = await CardOracle.RunAsync(CardCases.All.Values.Concat(BinderFeatureCases.All.Values));

    public Task DisposeAsync() => Task.CompletedTask;

    internal OracleResult Result(string id)
    {
        var result = Results.TryGetValue(id, out var found) ? found : throw new KeyNotFoundException($"The oracle returned nothing for '{id}'.");
        Assert.True(result.Error is null, $"The official packages failed on '{id}': {result.Error}");
        return result;
    }
}
