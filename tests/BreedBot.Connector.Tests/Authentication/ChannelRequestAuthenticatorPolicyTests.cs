using BreedBot.Connector.Authentication;
using BreedBot.Connector.Schema;

namespace BreedBot.Connector.Tests.Authentication;

public sealed class ChannelRequestAuthenticatorPolicyTests
{
    [Fact]
    public async Task AuthenticateAsync_TenantOnAllowList_Succeeds()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(AllowTenants("other", AuthenticationScenario.TenantId));

        var outcome = await scenario.AuthenticateAsync(scenario.Header());

        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_TenantOffAllowList_TenantNotAllowed()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(AllowTenants("other"));

        var outcome = await scenario.AuthenticateAsync(scenario.Header());

        Assert.Equal(AuthenticationFailure.TenantNotAllowed, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_TenantOnlyInChannelData_ChecksThatTenant()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(AllowTenants("channel-data-tenant"));
        var activity = AuthenticationScenario.Message(tenantId: null);
        activity.ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "channel-data-tenant" } };

        var outcome = await scenario.AuthenticateAsync(scenario.Header(), activity);

        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_AllowListAndNoTenant_TenantNotAllowed()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(AllowTenants("tenant-1"));

        var outcome = await scenario.AuthenticateAsync(scenario.Header(), AuthenticationScenario.Message(tenantId: null));

        Assert.Equal(AuthenticationFailure.TenantNotAllowed, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_BypassSwitchAndNoHeader_SucceedsAsDevelopmentBypass()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(Bypass, environment: "Development");

        var outcome = await scenario.AuthenticateAsync(null, AuthenticationScenario.Message("http://localhost:56150/"));

        Assert.True(outcome.Succeeded);
        Assert.True(outcome.IsDevelopmentBypass);
    }

    [Fact]
    public async Task AuthenticateAsync_BypassSwitchAndBadToken_StillRefused()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(Bypass);

        var outcome = await scenario.AuthenticateAsync(scenario.Header(spec => spec.Audience = "someone-else"));

        Assert.Equal(AuthenticationFailure.WrongAudience, outcome.Failure);
        Assert.False(outcome.IsDevelopmentBypass);
    }

    [Fact]
    public async Task AuthenticateAsync_BypassSwitchAndGarbageHeader_MalformedHeader()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(Bypass);

        var outcome = await scenario.AuthenticateAsync("Bearer garbage");

        Assert.Equal(AuthenticationFailure.MalformedHeader, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_BypassSwitchAndTenantOffAllowList_TenantNotAllowed()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(
            settings =>
            {
                Bypass(settings);
                AllowTenants("other")(settings);
            },
            environment: "Development");

        var outcome = await scenario.AuthenticateAsync(null, AuthenticationScenario.Message("http://localhost:56150/"));

        Assert.Equal(AuthenticationFailure.TenantNotAllowed, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_BypassSwitchAndForeignServiceUrl_ServiceUrlNotAllowed()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(Bypass);

        var outcome = await scenario.AuthenticateAsync(null, AuthenticationScenario.Message("https://collector.evil.example/"));

        Assert.Equal(AuthenticationFailure.ServiceUrlNotAllowed, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_BypassSwitchLoopbackOutsideDevelopment_ServiceUrlNotAllowed()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(Bypass, environment: "Production");

        var outcome = await scenario.AuthenticateAsync(null, AuthenticationScenario.Message("http://localhost:56150/"));

        Assert.Equal(AuthenticationFailure.ServiceUrlNotAllowed, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_BypassSwitchLoopbackNamedInTheAllowList_Succeeds()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(
            settings =>
            {
                Bypass(settings);
                settings["Bot:AllowedServiceUrlHosts"] = "smba.trafficmanager.net, localhost";
            },
            environment: "Production");

        var outcome = await scenario.AuthenticateAsync(null, AuthenticationScenario.Message("http://localhost:56150/"));

        Assert.True(outcome.IsDevelopmentBypass);
    }

    [Fact]
    public async Task AuthenticateAsync_BypassSwitchWithoutServiceUrl_ServiceUrlNotAllowed()
    {
        await using var scenario = await AuthenticationScenario.StartAsync(Bypass, environment: "Development");
        var activity = AuthenticationScenario.Message();
        activity.ServiceUrl = null;

        var outcome = await scenario.AuthenticateAsync(null, activity);

        Assert.Equal(AuthenticationFailure.ServiceUrlNotAllowed, outcome.Failure);
    }

    private static void Bypass(Dictionary<string, string?> settings) =>
        settings["Bot:DangerouslyAllowUnauthenticatedRequests"] = "true";

    private static Action<Dictionary<string, string?>> AllowTenants(params string[] tenants) => settings =>
    {
        for (var index = 0; index < tenants.Length; index++)
        {
            settings[$"Bot:AllowedTenants:{index}"] = tenants[index];
        }
    };
}
