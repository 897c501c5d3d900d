using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogTokens.Authorization.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "authorization_parties",
                columns: table => new
                {
                    party_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    person_identifier = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    organization_number = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    main_unit_party_id = table.Column<int>(type: "integer", nullable: true),
                    user_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authorization_parties", x => x.party_id);
                    table.ForeignKey(
                        name: "FK_authorization_parties_main_unit",
                        column: x => x.main_unit_party_id,
                        principalTable: "authorization_parties",
                        principalColumn: "party_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "authorization_service_resources",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    owner_organization_number = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    owner_org_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    policy_xml = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authorization_service_resources", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "authorization_access_package_assignments",
                columns: table => new
                {
                    holder_party_id = table.Column<int>(type: "integer", nullable: false),
                    for_party_id = table.Column<int>(type: "integer", nullable: false),
                    access_package = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authorization_access_package_assignments", x => new { x.holder_party_id, x.for_party_id, x.access_package });
                    table.ForeignKey(
                        name: "FK_authorization_access_package_assignments_for",
                        column: x => x.for_party_id,
                        principalTable: "authorization_parties",
                        principalColumn: "party_id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_authorization_access_package_assignments_holder",
                        column: x => x.holder_party_id,
                        principalTable: "authorization_parties",
                        principalColumn: "party_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "authorization_role_assignments",
                columns: table => new
                {
                    holder_party_id = table.Column<int>(type: "integer", nullable: false),
                    for_party_id = table.Column<int>(type: "integer", nullable: false),
                    role_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authorization_role_assignments", x => new { x.holder_party_id, x.for_party_id, x.role_code });
                    table.ForeignKey(
                        name: "FK_authorization_role_assignments_for",
                        column: x => x.for_party_id,
                        principalTable: "authorization_parties",
                        principalColumn: "party_id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_authorization_role_assignments_holder",
                        column: x => x.holder_party_id,
                        principalTable: "authorization_parties",
                        principalColumn: "party_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_authorization_access_package_assignments_for_party_id",
                table: "authorization_access_package_assignments",
                column: "for_party_id");

            migrationBuilder.CreateIndex(
                name: "IX_authorization_parties_main_unit_party_id",
                table: "authorization_parties",
                column: "main_unit_party_id");

            migrationBuilder.CreateIndex(
                name: "IX_authorization_parties_organization_number",
                table: "authorization_parties",
                column: "organization_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_authorization_parties_person_identifier",
                table: "authorization_parties",
                column: "person_identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_authorization_parties_user_id",
                table: "authorization_parties",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_authorization_role_assignments_for_party_id",
                table: "authorization_role_assignments",
                column: "for_party_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authorization_access_package_assignments");

            migrationBuilder.DropTable(
                name: "authorization_role_assignments");

            migrationBuilder.DropTable(
                name: "authorization_service_resources");

            migrationBuilder.DropTable(
                name: "authorization_parties");
        }
    }
}
