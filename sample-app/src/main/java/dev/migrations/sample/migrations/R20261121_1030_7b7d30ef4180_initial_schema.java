package dev.migrations.sample.migrations;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.jsonb;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.uuid;
import static dev.migrations.core.schema.ColumnTypes.varchar;
import static dev.migrations.core.schema.ReferentialAction.CASCADE;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/**
 * The sample's first schema: users, the OAuth providers they sign in with (GitHub and Google to begin with), their
 * connections to those providers, the connections' tokens and the audit log.
 */
@Revision(id = "7b7d30ef4180", message = "initial schema", created = "2026-11-21T10:30:00Z")
public class R20261121_1030_7b7d30ef4180_initial_schema implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("users",
				column("id", uuid()).notNull(),
				column("email", varchar(255)).notNull(),
				column("created_at", timestamptz()).notNull().serverDefault("now()"),
				column("updated_at", timestamptz()).notNull().serverDefault("now()"),
				primaryKey("id"),
				unique("email"));
		op.createTable("oauth_providers",
				column("id", bigint()).generatedByDefaultAsIdentity(),
				column("name", varchar(50)).notNull(),
				column("display_name", varchar(100)).notNull(),
				primaryKey("id"),
				unique("name"));
		op.execute("INSERT INTO oauth_providers (name, display_name)"
				+ " VALUES ('github', 'GitHub'), ('google', 'Google')");
		op.createTable("provider_connections",
				column("id", uuid()).notNull(),
				column("user_id", uuid()).notNull(),
				column("provider_id", bigint()).notNull(),
				column("external_account_id", varchar(255)).notNull(),
				column("created_at", timestamptz()).notNull().serverDefault("now()"),
				primaryKey("id"),
				foreignKey("user_id").references("users", "id").onDelete(CASCADE),
				foreignKey("provider_id").references("oauth_providers", "id"),
				unique("provider_id", "external_account_id"),
				index("ix_provider_connections_user_id", "user_id"));
		op.createTable("tokens",
				column("id", uuid()).notNull(),
				column("connection_id", uuid()).notNull(),
				column("access_token", varchar(2048)).notNull(),
				column("expires_at", timestamptz()).notNull(),
				column("created_at", timestamptz()).notNull().serverDefault("now()"),
				primaryKey("id"),
				foreignKey("connection_id").references("provider_connections", "id").onDelete(CASCADE),
				index("ix_tokens_connection_id", "connection_id"));
		op.createTable("audit_log",
				column("id", bigint()).generatedByDefaultAsIdentity(),
				column("actor", varchar(255)).notNull(),
				column("action", varchar(100)).notNull(),
				column("payload", jsonb()),
				column("occurred_at", timestamptz()).notNull().serverDefault("now()"),
				primaryKey("id"),
				index("ix_audit_log_occurred_at", "occurred_at"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("audit_log");
		op.dropTable("tokens");
		op.dropTable("provider_connections");
		op.dropTable("oauth_providers");
		op.dropTable("users");
	}

}
