using Microsoft.Extensions.Options;

namespace BreedBot.Connector;

/// <summary>Refuses a configuration that would run with a hole in it, at startup rather than at the first request.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
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
