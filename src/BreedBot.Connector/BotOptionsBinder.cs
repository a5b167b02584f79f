using Microsoft.Extensions.Configuration;

namespace BreedBot.Connector;

/// <summary>
/// Reads the exact configuration keys by hand: the binder would append configured list items to the
/// defaults instead of replacing them, and the root keys are not a section.
/// </summary>
internal static class BotOptionsBinder
{
    public static void Bind(IConfiguration configuration, BotOptions options)
    {
        var appType = configuration["MicrosoftAppType"];
        if (!string.IsNullOrWhiteSpace(appType))
        {
            options.AppType = Enum.TryParse<BotAppType>(appType.Trim(), ignoreCase: true, out var parsed)
                && Enum.IsDefined(parsed) && !char.IsDigit(appType.Trim()[0])
                ? parsed
                : (BotAppType)(-1);
        }

        options.AppId = Trimmed(configuration["MicrosoftAppId"]) ?? options.AppId;
        options.AppPassword = configuration["MicrosoftAppPassword"] is { Length: > 0 } password ? password : options.AppPassword;
        options.AppTenantId = Trimmed(configuration["MicrosoftAppTenantId"]) ?? options.AppTenantId;

        var bot = configuration.GetSection(BotOptions.SectionName);
        options.OpenIdMetadataUrl = Trimmed(bot["OpenIdMetadataUrl"]) ?? options.OpenIdMetadataUrl;
        options.ValidIssuers = ReadList(bot.GetSection("ValidIssuers")) ?? options.ValidIssuers;
        options.AllowedServiceUrlHosts = ReadList(bot.GetSection("AllowedServiceUrlHosts")) ?? options.AllowedServiceUrlHosts;
        options.AllowedTenants = ReadList(bot.GetSection("AllowedTenants")) ?? options.AllowedTenants;
        options.CallTimeout = bot.GetValue("CallTimeout", options.CallTimeout);
        options.TurnTimeout = bot.GetValue("TurnTimeout", options.TurnTimeout);
        options.DangerouslyAllowUnauthenticatedRequests =
            bot.GetValue("DangerouslyAllowUnauthenticatedRequests", options.DangerouslyAllowUnauthenticatedRequests);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // A list is either indexed children (Bot:ValidIssuers:0) or one comma-separated value (handy in env vars).
    private static List<string>? ReadList(IConfigurationSection section)
    {
        // Indexed children win: a host may also report an empty value for the list's own key.
        var children = section.GetChildren().Select(child => child.Value?.Trim()).OfType<string>().Where(item => item.Length > 0).ToList();
        var items = children.Count > 0 || section.Value is not { } single
            ? (IEnumerable<string>)children
            : single.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }
}
