namespace BreedBot.Connector.Authentication;

/// <summary>Why an inbound request was refused; every value other than <see cref="None"/> means 401.</summary>
public enum AuthenticationFailure
{
    None,
    MissingToken,
    MalformedHeader,
    UntrustedIssuer,
    UnsupportedAlgorithm,
    UnknownSigningKey,
    InvalidSignature,
    Expired,
    NotYetValid,
    MissingEndorsement,
    WrongAudience,
    ServiceUrlMismatch,
    ServiceUrlNotAllowed,
    TenantNotAllowed,
    MetadataUnavailable,
}
