package dev.migrations.core.revision;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class implementing {@link Migration} as a revision and places it in the revision graph.
 *
 * <pre>{@code
 * @Revision(id = "bce8c437167b", revises = {}, message = "initial schema", created = "2025-10-03T21:49:00Z")
 * public class R20251003_2149_bce8c437167b_initial_schema implements Migration { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

	/** The revision id: 12 lowercase hexadecimal characters, unique in the graph. */
	String id();

	/** The parent revision ids: none for a base, one for a plain revision, several for a merge revision. */
	String[] revises() default {};

	/** A one-line description, shown in logs and by the history command. */
	String message() default "";

	/** When the revision was written, as an ISO-8601 instant ({@code 2025-10-03T21:49:00Z}); informational. */
	String created() default "";

	/** Labels naming the branch that starts at this revision, usable in targets as {@code <label>@head}. */
	String[] branchLabels() default {};

	/** Revisions that must be applied before this one, without being its parents. */
	String[] dependsOn() default {};

}
