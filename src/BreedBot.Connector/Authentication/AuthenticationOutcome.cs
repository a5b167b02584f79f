namespace BreedBot.Connector.Authentication;

/// <summary>The verdict on one inbound request.</summary>
public sealed record AuthenticationOutcome
{
    private AuthenticationOutcome(AuthenticationFailure failure, bool isDevelopmentBypass)
    {
        Failure = failure;
        IsDevelopmentBypass = isDevelopmentBypass;
    }

    public bool Succeeded => Failure == AuthenticationFailure.None;

    public AuthenticationFailure Failure { get; }

    /// <summary>True when the request had no token and was let through by <c>Bot:DangerouslyAllowUnauthenticatedRequests</c>.</summary>
    public bool IsDevelopmentBypass { get; }

    public static AuthenticationOutcome Authenticated { get; } = new(AuthenticationFailure.None, isDevelopmentBypass: false);

    public static AuthenticationOutcome DevelopmentBypass { get; } = new(AuthenticationFailure.None, isDevelopmentBypass: true);

    public static AuthenticationOutcome Fail(AuthenticationFailure failure)
    {
        if (failure == AuthenticationFailure.None)
        {
            throw new ArgumentOutOfRangeException(nameof(failure), "A failure needs a reason.");
        }

        return new AuthenticationOutcome(failure, isDevelopmentBypass: false);
    }
}
