namespace BreedBot.Connector.Schema;

/// <summary>The HTTP answer to an invoke activity: <see cref="Status"/> becomes the status code, <see cref="Body"/> the JSON body.</summary>
public sealed record InvokeResponse(int Status, object? Body)
{
    public static InvokeResponse Ok(object? body = null) => new(200, body);
}
