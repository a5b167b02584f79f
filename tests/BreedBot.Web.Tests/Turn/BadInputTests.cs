using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BreedBot.Testing;
using BreedBot.Web.Localization;
using BreedBot.Web.Tests.Hosting;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Tests.Turn;

/// <summary>Bad input gets a clear answer and never an exception page.</summary>
[Collection(SharedAzurite.Name)]
public sealed class BadInputTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHost host = null!;

    public async Task InitializeAsync() => host = await BotHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PostAsync_BodyOverLimit_Returns413BeforeParsing()
    {
        var activity = TestActivities.PersonalMessage(host.ServiceUrl, new string('x', 300 * 1024));

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("")]
    public async Task PostAsync_BodyIsNotAnActivity_Returns400(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", host.Authorization());

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostAsync_UnknownActivityTypeAndFields_Returns200AndDoesNothing()
    {
        var activity = TestActivities.PersonalMessage(host.ServiceUrl, "help");
        activity["type"] = "someFutureType";
        activity["brandNewField"] = new JsonObject { ["nested"] = true };

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task PostAsync_InvokeWithUnknownVerb_ReturnsInvokeError()
    {
        var response = await host.PostAsync(TestActivities.CardAction(host.ServiceUrl, "reflection.nonsense"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("UnknownVerb", body["value"]!["code"]!.GetValue<string>());
        Assert.Equal(TurnTexts.For(UserLanguage.Dutch).UnknownAction, body["value"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostAsync_InvokeWithoutVerb_ReturnsInvokeError()
    {
        var response = await host.PostAsync(TestActivities.CardAction(host.ServiceUrl, verb: null, locale: "en-US"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal(TurnTexts.For(UserLanguage.English).UnknownAction, body["value"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostAsync_UnknownInvokeName_Returns501WithoutError()
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "x");
        activity["name"] = "composeExtension/query";

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task PostAsync_SubmitOfAnUnknownCard_RepliesKindly()
    {
        var activity = TestActivities.PersonalMessage(host.ServiceUrl, "");
        activity.Remove("text");
        activity["value"] = new JsonObject { ["verb"] = "old.card", ["answer"] = "x" };

        await host.PostAsync(activity);

        var reply = await host.Connector.WaitForRequestAsync(r => r.Method == "POST", TimeSpan.FromSeconds(10));
        Assert.Equal(TurnTexts.For(UserLanguage.Dutch).UnknownAction, reply.Json!["text"]!.GetValue<string>());
    }
}
