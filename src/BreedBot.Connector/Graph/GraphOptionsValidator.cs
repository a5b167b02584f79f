using Microsoft.Extensions.Options;

namespace BreedBot.Connector.Graph;

/// <summary>Refuses a Graph base URL that could leak the token, or a look-up that could hold a turn past Teams' 15 s.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || !LoopbackHost.IsHttpsOrLoopbackHttp(baseUrl)
            || !string.IsNullOrEmpty(baseUrl.UserInfo) || !string.IsNullOrEmpty(baseUrl.Query))
        {
            failures.Add("Graph:BaseUrl must be an absolute https URL without query (http only for a loopback host).");
        }

        if (options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromSeconds(14))
        {
            failures.Add("Graph:Timeout must be between 00:00:01 and 00:00:14.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
