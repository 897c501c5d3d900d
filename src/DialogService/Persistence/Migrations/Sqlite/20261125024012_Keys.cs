using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogTokens.DialogService.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Keys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dialogservice_signing_keys",
                columns: table => new
                {
                    generation = table.Column<int>(type: "INTEGER", nullable: false),
                    kid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    protected_private_key = table.Column<byte[]>(type: "BLOB", nullable: false),
                    public_key = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    publish_at = table.Column<long>(type: "INTEGER", nullable: false),
                    sign_from = table.Column<long>(type: "INTEGER", nullable: false),
                    retire_at = table.Column<long>(type: "INTEGER", nullable: false),
                    withdraw_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialogservice_signing_keys", x => x.generation);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dialogservice_signing_keys_kid",
                table: "dialogservice_signing_keys",
                column: "kid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dialogservice_signing_keys");
        }
    }
}
