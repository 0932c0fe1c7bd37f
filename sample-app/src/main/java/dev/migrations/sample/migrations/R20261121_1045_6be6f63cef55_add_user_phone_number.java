package dev.migrations.sample.migrations;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/** Users may give a phone number; existing users have none. */
@Revision(id = "6be6f63cef55", revises = "7b7d30ef4180", message = "add user phone number",
		created = "2026-11-21T10:45:00Z")
public class R20261121_1045_6be6f63cef55_add_user_phone_number implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("users", column("phone_number", varchar(32)));
	}

	@Override
	public void downgrade(Operations op) {
		// The phone numbers are lost.
		op.dropColumn("users", "phone_number");
	}

}
