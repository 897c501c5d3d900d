using Microsoft.EntityFrameworkCore;

namespace DialogTokens.IdentityProvider;

/// <summary>
/// The provider's one table, <c>identityprovider_redeemed_codes</c>, in a database the host chooses (SQLite or
/// PostgreSQL; the dialog service passes its own). Written with plain SQL that both understand, so the provider needs
/// no migrations of its own and leaves the host's alone.
/// </summary>
internal sealed class IdentityProviderDbContext(DbContextOptions<IdentityProviderDbContext> options) : DbContext(options);
