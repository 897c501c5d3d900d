namespace DialogTokens.DialogService.Authentication;

/// <summary>The issuer's discovery document or keys could not be read, so no token can be validated.</summary>
internal sealed class IssuerMetadataUnavailableException : Exception
{
    public IssuerMetadataUnavailableException()
    {
    }

    public IssuerMetadataUnavailableException(string message)
        : base(message)
    {
    }

    public IssuerMetadataUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
