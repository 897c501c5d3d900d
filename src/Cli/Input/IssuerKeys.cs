namespace DialogTokens.Cli.Input;

/// <summary>The issuer's keys for <c>verify --jwks</c>, and the issuer named by its metadata when there is one.</summary>
internal sealed record IssuerKeys(DialogTokenKeySet Keys, string? MetadataIssuer);
