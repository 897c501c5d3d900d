using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogTokens.DialogService.Persistence.Migrations.PostgreSql
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
                    generation = table.Column<int>(type: "integer", nullable: false),
                    kid = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    protected_private_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    public_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    publish_at = table.Column<long>(type: "bigint", nullable: false),
                    sign_from = table.Column<long>(type: "bigint", nullable: false),
                    retire_at = table.Column<long>(type: "bigint", nullable: false),
                    withdraw_at = table.Column<long>(type: "bigint", nullable: false)
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
