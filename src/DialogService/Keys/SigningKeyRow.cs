using Microsoft.EntityFrameworkCore;

namespace DialogTokens.DialogService.Keys;

/// <summary>
/// One key of the ring, as stored. <see cref="Generation"/> is the primary key: the database, not the instances,
/// decides who created generation n+1, so two instances never make competing keys. Times are Unix milliseconds, so
/// that they compare in SQL on SQLite too.
/// </summary>
internal sealed class SigningKeyRow
{
    public int Generation { get; set; }

    public string KeyId { get; set; } = "";

    /// <summary>The raw Ed25519 private key, protected by ASP.NET Core Data Protection; never stored in plain text.</summary>
    public byte[] ProtectedPrivateKey { get; set; } = [];

    public byte[] PublicKey { get; set; } = [];

    public long CreatedAt { get; set; }

    public long PublishAt { get; set; }

    public long SignFrom { get; set; }

    /// <summary>When it stops signing: the next generation's <see cref="SignFrom"/> once that exists.</summary>
    public long RetireAt { get; set; }

    /// <summary>When it leaves the JWKS: <see cref="RetireAt"/> plus the token lifetime and the clock skew margin.</summary>
    public long WithdrawAt { get; set; }

    public static void Build(ModelBuilder modelBuilder)
    {
        var key = modelBuilder.Entity<SigningKeyRow>();
        key.ToTable("dialogservice_signing_keys");
        key.HasKey(k => k.Generation);
        key.Property(k => k.Generation).HasColumnName("generation").ValueGeneratedNever();
        key.Property(k => k.KeyId).HasColumnName("kid").HasMaxLength(100);
        key.HasIndex(k => k.KeyId).IsUnique();
        key.Property(k => k.ProtectedPrivateKey).HasColumnName("protected_private_key");
        key.Property(k => k.PublicKey).HasColumnName("public_key");
        key.Property(k => k.CreatedAt).HasColumnName("created_at");
        key.Property(k => k.PublishAt).HasColumnName("publish_at");
        key.Property(k => k.SignFrom).HasColumnName("sign_from");
        key.Property(k => k.RetireAt).HasColumnName("retire_at");
        key.Property(k => k.WithdrawAt).HasColumnName("withdraw_at");
    }
}
