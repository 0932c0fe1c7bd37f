package dev.migrations.core.codegen;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A revision about to be written as a Java class.
 *
 * @param id the new revision id
 * @param revises the parent ids (empty for a base, several for a merge)
 * @param message the message, free text
 * @param created when it was written (UTC, whole seconds)
 * @param branchLabels branch labels, usually none
 * @param kind whether it is a revision to fill in, a merge of heads or a generated one
 * @param body the operations of a generated revision; {@code null} for the other kinds
 */
public record NewRevision(String id, List<String> revises, String message, Instant created, List<String> branchLabels,
		Kind kind, GeneratedBody body) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public NewRevision {
		Objects.requireNonNull(id, "id");
		revises = List.copyOf(revises);
		message = (message != null) ? message : "";
		created = created.truncatedTo(ChronoUnit.SECONDS);
		branchLabels = List.copyOf(branchLabels);
		Objects.requireNonNull(kind, "kind");
		if ((kind == Kind.GENERATED) != (body != null)) {
			throw new IllegalArgumentException("a generated revision, and only one, has a generated body");
		}
	}

	/** A new random id: 12 lowercase hexadecimal characters, as Alembic's. */
	public static String randomId() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** What the body of the new revision holds. */
	public enum Kind {

		/** Empty {@code upgrade()} and {@code downgrade()} for a person to fill in. */
		BLANK,
		/** A merge revision: joins heads, changes nothing. */
		MERGE,
		/** Written by autogenerate from the differences between the JPA mapping and the database. */
		GENERATED

	}

}
