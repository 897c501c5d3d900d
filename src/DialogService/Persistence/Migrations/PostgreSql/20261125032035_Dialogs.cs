using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogTokens.DialogService.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Dialogs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dialogservice_dialogs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<Guid>(type: "uuid", nullable: false),
                    service_resource = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    party = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    org = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    service_owner = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    deleted_at = table.Column<long>(type: "bigint", nullable: true),
                    document = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialogservice_dialogs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dialogservice_dialogs_party_created_at",
                table: "dialogservice_dialogs",
                columns: new[] { "party", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_dialogservice_dialogs_service_owner_created_at",
                table: "dialogservice_dialogs",
                columns: new[] { "service_owner", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dialogservice_dialogs");
        }
    }
}
