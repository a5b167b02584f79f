using Microsoft.Extensions.Options;

namespace BreedBot.Connector;

/// <summary>Refuses a configuration that would run with a hole in it, at startup rather than at the first request.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    private static readonly TimeSpan MaxTurn = TimeSpan.FromSeconds(14);

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        ValidateIdentity(options, failures);

        if (!Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out var metadata) || !LoopbackHost.IsHttpsOrLoopbackHttp(metadata))
        {
            failures.Add("Bot:OpenIdMetadataUrl must be an absolute https URL (http only for a loopback host).");
        }

        if (options.ValidIssuers.Count == 0 || options.ValidIssuers.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Bot:ValidIssuers must list at least one issuer.");
        }

        if (options.AllowedServiceUrlHosts.Count == 0 || !options.AllowedServiceUrlHosts.All(ServiceUrlPolicy.IsValidHostPattern))
        {
            failures.Add("Bot:AllowedServiceUrlHosts must list host names, optionally as *.domain.tld (of IP addresses only a loopback one such as 127.0.0.1).");
        }

        // Teams shows an error after 15 s: a turn must be answered well before that.
        if (options.CallTimeout < TimeSpan.FromSeconds(1) || options.CallTimeout > MaxTurn)
        {
            failures.Add("Bot:CallTimeout must be between 00:00:01 and 00:00:14.");
        }

        if (options.TurnTimeout < options.CallTimeout || options.TurnTimeout > MaxTurn)
        {
            failures.Add("Bot:TurnTimeout must be at least Bot:CallTimeout and at most 00:00:14.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateIdentity(BotOptions options, List<string> failures)
    {
        if (!Enum.IsDefined(options.AppType))
        {
            failures.Add("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
            return;
        }

        if (!options.HasAppId)
        {
            if (!options.DangerouslyAllowUnauthenticatedRequests)
            {
                failures.Add("MicrosoftAppId is required (only a local development run may omit it, with Bot:DangerouslyAllowUnauthenticatedRequests=true).");
            }

            return;
        }

        if (options.AppType is BotAppType.MultiTenant or BotAppType.SingleTenant && string.IsNullOrEmpty(options.AppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required for MicrosoftAppType {options.AppType}.");
        }

        if (options.AppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.AppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant.");
        }
    }
}
