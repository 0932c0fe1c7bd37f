package dev.migrations.sample.migrations;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/**
 * Emails are compared case-insensitively, so they are stored lower-case: a data migration lower-cases the
 * existing ones, then a check constraint keeps them so. Two users whose emails differ only in case make the update
 * fail on the unique constraint, and the revision rolls back: merge those users first.
 */
@Revision(id = "6b41dd6cdab5", revises = "6be6f63cef55", message = "lower-case user emails",
		created = "2026-11-21T11:00:00Z")
public class R20261121_1100_6b41dd6cdab5_lower_case_user_emails implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.execute("UPDATE users SET email = lower(email) WHERE email <> lower(email)");
		op.createCheckConstraint("ck_users_email_lower_case", "users", "email = lower(email)");
	}

	@Override
	public void downgrade(Operations op) {
		// The emails stay lower-case: their original case is not kept.
		op.dropConstraint("ck_users_email_lower_case", "users");
	}

}
