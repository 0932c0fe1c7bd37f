package dev.migrations.core.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import dev.migrations.core.operation.NonTransactional;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.Operations;
import dev.migrations.core.postgres.PostgresDdl;
import dev.migrations.core.postgres.SqlStatement;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.RevisionScript;

/**
 * One direction of a revision, recorded and rendered: its operations and the SQL statements they become. The
 * checksum of a revision is that of its rendered upgrade SQL, so any change that would make it do something else
 * is noticed.
 */
record RenderedRevision(RevisionScript revision, List<Operation> operations, List<SqlStatement> statements) {

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
			return new RenderedRevision(revision, operations, DDL.render(operations));
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

	boolean hasNonTransactionalBlock() {
		return this.operations.stream().anyMatch(NonTransactional.class::isInstance);
	}

}
