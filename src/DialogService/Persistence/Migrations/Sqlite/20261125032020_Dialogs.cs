using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogTokens.DialogService.Persistence.Migrations.Sqlite
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_resource = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    party = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    org = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    service_owner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    deleted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    document = table.Column<string>(type: "TEXT", nullable: false)
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
