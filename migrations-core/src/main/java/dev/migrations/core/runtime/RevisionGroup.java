package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.migrations.core.revision.MigrationPlan.Step;

/**
 * Consecutive revisions sent to the server as one batch, in one round trip: for each, its statements, then its
 * version-table and history updates and, with one transaction per revision, its {@code COMMIT} (and a
 * {@code BEGIN} before every revision but the first, which the driver begins). The server runs the entries in order
 * and stops at the first error, so each revision still commits or rolls back on its own. Tells which revision, and
 * which part of it, an entry of the batch belongs to.
 */
final class RevisionGroup {

	/** Revisions per batch: enough to hide the round trips, few enough for the log to show progress. */
	static final int MAX_REVISIONS = 50;

	static final String BEGIN = "BEGIN";

	static final String COMMIT = "COMMIT";

	private final boolean transactionPerRevision;

	private final List<String> entries = new ArrayList<>();

	private final List<Member> members = new ArrayList<>();

	RevisionGroup(boolean transactionPerRevision) {
		this.transactionPerRevision = transactionPerRevision;
	}

	/**
	 * Whether the revision can join a batch: all its statements are transactional and carry no parameter (the
	 * others run statement by statement).
	 */
	static boolean accepts(RenderedRevision revision) {
		return revision.statements().stream()
			.allMatch((statement) -> statement.transactional() && statement.parameters().isEmpty());
	}

	void add(Step step, RenderedRevision revision, List<String> bookkeeping, Set<String> rowsBefore) {
		int begin = this.entries.size();
		if (this.transactionPerRevision && !this.members.isEmpty()) {
			this.entries.add(BEGIN);
		}
		int firstStatement = this.entries.size();
		revision.statements().forEach((statement) -> this.entries.add(statement.sql()));
		this.entries.addAll(bookkeeping);
		if (this.transactionPerRevision) {
			this.entries.add(COMMIT);
		}
		this.members.add(new Member(step, revision, List.copyOf(bookkeeping), Set.copyOf(rowsBefore), begin,
				firstStatement));
	}

	boolean isFull() {
		return this.members.size() >= MAX_REVISIONS;
	}

	boolean isEmpty() {
		return this.members.isEmpty();
	}

	List<String> entries() {
		return this.entries;
	}

	List<Member> members() {
		return this.members;
	}

	void clear() {
		this.entries.clear();
		this.members.clear();
	}

	/** The revision an entry of the batch belongs to. */
	Member memberOf(int entry) {
		Member owner = this.members.get(0);
		for (Member member : this.members) {
			if (member.begin() <= entry) {
				owner = member;
			}
		}
		return owner;
	}

	/** The revision that starts from these version rows: after a failure, the one that was rolled back. */
	Optional<Member> startingFrom(Set<String> rows) {
		return this.members.stream().filter((member) -> member.rowsBefore().equals(rows)).findFirst();
	}

	/**
	 * One revision of the batch: where its entries start ({@code begin}, its {@code BEGIN} if it has one) and where
	 * its statements start; its bookkeeping follows them, then its {@code COMMIT}.
	 */
	record Member(Step step, RenderedRevision revision, List<String> bookkeeping, Set<String> rowsBefore, int begin,
			int firstStatement) {

		/** Which of its statements an entry is; negative or past the statements for BEGIN, bookkeeping, COMMIT. */
		int statementIndex(int entry) {
			return entry - this.firstStatement;
		}

	}

}
