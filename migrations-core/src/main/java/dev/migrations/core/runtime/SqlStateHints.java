package dev.migrations.core.runtime;

import java.util.Map;

/** What to do about the SQLStates a migration most often meets. */
final class SqlStateHints {

	private static final Map<String, String> HINTS = Map.of(
			"55P03", "A lock was not granted within lock_timeout: another session holds a lock on the object"
					+ " (see pg_locks and pg_stat_activity). Retry when it is done, or raise migrations.lock-timeout.",
			"57014", "The statement was cancelled, most likely by statement_timeout: raise migrations.statement-timeout"
					+ " for this revision's work, or split it.",
			"25001", "PostgreSQL refuses this statement inside a transaction: put it in op.nonTransactional(block -> ...).",
			"40P01", "A deadlock with another session was detected; the other session went on. Run again.",
			"23505", "Existing rows violate a unique constraint: fix the data first (a data migration before this one).",
			"23502", "Existing rows have NULL in a column made NOT NULL: give it a server default or fill it first.",
			"23514", "Existing rows violate a check constraint: fix the data first (a data migration before this one).",
			"42P01", "A table the revision uses does not exist: is an earlier revision missing, or the schema wrong?",
			"42703", "A column the revision uses does not exist: check its name and the revision's order.");

	private SqlStateHints() {
	}

	/** A sentence for the SQLState, or an empty string when there is nothing specific to say. */
	static String hint(String sqlState) {
		return (sqlState != null) ? HINTS.getOrDefault(sqlState, "") : "";
	}

}
