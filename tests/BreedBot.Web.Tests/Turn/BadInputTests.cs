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

    [Fact]
    public async Task PostAsync_LargeBodyWithoutLength_ReadWholeAndAnswered()
    {
        // No Content-Length, and far more than the first buffer: the reader grows its buffer as the body arrives.
        var activity = TestActivities.PersonalMessage(host.ServiceUrl, "help");
        activity["somethingNew"] = new string('x', 200 * 1024);

        var response = await PostStreamedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(host.Connector.Requests);
        Assert.Contains("Wat BreedBot voor je doet", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_BodyOverLimitWithoutLength_Returns413()
    {
        var activity = TestActivities.PersonalMessage(host.ServiceUrl, new string('x', 300 * 1024));

        var response = await PostStreamedAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    private async Task<HttpResponseMessage> PostStreamedAsync(JsonNode activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new UnsizedContent(Encoding.UTF8.GetBytes(activity.ToJsonString())),
        };
        request.Headers.TryAddWithoutValidation("Authorization", host.Authorization());
        return await host.Client.SendAsync(request);
    }

    /// <summary>A body that does not say its length, as a chunked request does.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] body;

        public UnsizedContent(byte[] body)
        {
            this.body = body;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
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
