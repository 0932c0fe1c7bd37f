package dev.migrations.core.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.migrations.core.operation.NonTransactional;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.Operations;
import dev.migrations.core.postgres.PostgresDdl;
import dev.migrations.core.postgres.SqlStatement;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.RevisionScript;

/**
 * One direction of a revision, recorded and rendered: its operations, the SQL statements they become and, for each
 * statement, the operation it carries out (for a non-transactional block, the operation inside it). The checksum of
 * a revision is that of its rendered upgrade SQL, so any change that would make it do something else is noticed.
 */
record RenderedRevision(RevisionScript revision, List<Operation> operations, List<SqlStatement> statements,
		List<Operation> sources) {

	private static final PostgresDdl DDL = new PostgresDdl();

	static RenderedRevision upgrade(RevisionScript revision) {
		return render(revision, "upgrade", (migration) -> Operations.record(migration::upgrade));
	}

	static RenderedRevision downgrade(RevisionScript revision) {
		return render(revision, "downgrade", (migration) -> Operations.record(migration::downgrade));
	}

	private static RenderedRevision render(RevisionScript revision, String method, Function<Migration, List<Operation>> recorder) {
		try {
			List<Operation> operations = recorder.apply(revision.newInstance());
			List<Operation> sources = new ArrayList<>();
			for (Operation operation : operations) {
				List<Operation> singles = (operation instanceof NonTransactional block) ? block.operations()
						: List.of(operation);
				singles.forEach((single) -> sources.addAll(Collections.nCopies(DDL.render(single).size(), single)));
			}
			return new RenderedRevision(revision, operations, DDL.render(operations), List.copyOf(sources));
		}
		catch (RuntimeException ex) {
			throw new MigrationException("Revision " + revision.id() + " (" + revision.message() + "): " + method
					+ "() could not be recorded: " + ex.getMessage() + ". Fix " + revision.type().getName() + "."
					+ method + "(); nothing has run.", revision.id(), null, null, ex);
		}
	}

	/** The SHA-256 of the statements as an offline script would print them. */
	String checksum() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (SqlStatement statement : this.statements) {
				digest.update(statement.toScript().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

	/**
	 * The statements that undo the operations of the given statements, the last operation first: each operation's
	 * reverse as SQL, or a comment asking to undo it by hand when its reverse is not known.
	 */
	List<String> undo(List<Integer> statementIndexes) {
		List<Operation> newestFirst = new ArrayList<>();
		for (int index : statementIndexes) {
			Operation source = this.sources.get(index);
			if (newestFirst.isEmpty() || newestFirst.get(0) != source) { // an operation's statements are adjacent
				newestFirst.add(0, source);
			}
		}
		List<String> undo = new ArrayList<>();
		for (Operation operation : newestFirst) {
			Optional<Operation> reverse = operation.reverse();
			if (reverse.isPresent()) {
				DDL.render(reverse.get()).forEach((statement) -> undo.add(statement.toScript()));
			}
			else {
				undo.add("-- by hand, no reverse is known: " + operation.describe());
			}
		}
		return undo;
	}

	boolean hasNonTransactionalBlock() {
		return this.operations.stream().anyMatch(NonTransactional.class::isInstance);
	}

}
