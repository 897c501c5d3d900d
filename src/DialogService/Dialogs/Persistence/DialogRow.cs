using Microsoft.EntityFrameworkCore;

namespace DialogTokens.DialogService.Dialogs.Persistence;

/// <summary>
/// A dialog as stored: the columns a query filters on, and the content and actions as one JSON document (read and
/// written whole, never queried into). <see cref="Revision"/> is the concurrency token, so an update whose revision
/// changed under it fails instead of overwriting. Times are Unix milliseconds, comparable in SQL on SQLite too.
/// </summary>
internal sealed class DialogRow
{
    public Guid Id { get; set; }

    public Guid Revision { get; set; }

    public string ServiceResource { get; set; } = "";

    public string Party { get; set; } = "";

    public string Org { get; set; } = "";

    public string ServiceOwner { get; set; } = "";

    public string Status { get; set; } = "";

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }

    public long? DeletedAt { get; set; }

    public string Document { get; set; } = "";

    public static void Build(ModelBuilder modelBuilder)
    {
        var dialog = modelBuilder.Entity<DialogRow>();
        dialog.ToTable("dialogservice_dialogs");
        dialog.HasKey(d => d.Id);
        dialog.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        dialog.Property(d => d.Revision).HasColumnName("revision").IsConcurrencyToken();
        dialog.Property(d => d.ServiceResource).HasColumnName("service_resource").HasMaxLength(255);
        dialog.Property(d => d.Party).HasColumnName("party").HasMaxLength(255);
        dialog.Property(d => d.Org).HasColumnName("org").HasMaxLength(50);
        dialog.Property(d => d.ServiceOwner).HasColumnName("service_owner").HasMaxLength(20);
        dialog.Property(d => d.Status).HasColumnName("status").HasMaxLength(30);
        dialog.Property(d => d.CreatedAt).HasColumnName("created_at");
        dialog.Property(d => d.UpdatedAt).HasColumnName("updated_at");
        dialog.Property(d => d.DeletedAt).HasColumnName("deleted_at");
        dialog.Property(d => d.Document).HasColumnName("document");
        dialog.HasIndex(d => new { d.Party, d.CreatedAt });
        dialog.HasIndex(d => new { d.ServiceOwner, d.CreatedAt });
    }

    public Dialog ToDialog() => new(
        Id, Revision, ServiceResource, Party, Org, ServiceOwner, Status,
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt), DateTimeOffset.FromUnixTimeMilliseconds(UpdatedAt),
        DeletedAt is { } deleted ? DateTimeOffset.FromUnixTimeMilliseconds(deleted) : null,
        DialogDocumentJson.Read(Document));

    public void CopyFrom(Dialog dialog)
    {
        Id = dialog.Id;
        Revision = dialog.Revision;
        ServiceResource = dialog.ServiceResource;
        Party = dialog.Party;
        Org = dialog.Org;
        ServiceOwner = dialog.ServiceOwner;
        Status = dialog.Status;
        CreatedAt = dialog.CreatedAt.ToUnixTimeMilliseconds();
        UpdatedAt = dialog.UpdatedAt.ToUnixTimeMilliseconds();
        DeletedAt = dialog.DeletedAt?.ToUnixTimeMilliseconds();
        Document = DialogDocumentJson.Write(dialog.Document);
    }
}
