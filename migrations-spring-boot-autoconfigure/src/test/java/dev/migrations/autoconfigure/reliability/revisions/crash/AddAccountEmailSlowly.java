package dev.migrations.autoconfigure.reliability.revisions.crash;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.schema.ColumnTypes.text;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/**
 * A long revision: between its two DDL statements it pauses for as many seconds as the session setting
 * {@value #SLEEP_SETTING} says, not at all when it is not set. The crash test sets it for the process it kills.
 */
@Revision(id = AddAccountEmailSlowly.ID, revises = CreateAccounts.ID, message = "add account email, slowly")
public class AddAccountEmailSlowly implements Migration {

	public static final String ID = "ca5e00000002";

	/** The custom setting read for the pause, in seconds. */
	public static final String SLEEP_SETTING = "crash_test.sleep_seconds";

	@Override
	public void upgrade(Operations op) {
		op.addColumn("accounts", column("email", text()));
		op.execute("SELECT pg_sleep(coalesce(current_setting('" + SLEEP_SETTING + "', true), '0')::float8)");
		op.createIndex("ix_accounts_email", "accounts", "email");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropIndex("ix_accounts_email");
		op.dropColumn("accounts", "email");
	}

}
