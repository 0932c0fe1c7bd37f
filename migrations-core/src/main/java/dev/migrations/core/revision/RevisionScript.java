package dev.migrations.core.revision;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A revision as the engine knows it: the validated content of a {@link Revision} annotation and the
 * {@link Migration} class that carries it. Two scripts are equal when they come from the same class.
 */
public final class RevisionScript {

	private static final Pattern REVISION_ID = Pattern.compile("[0-9a-f]{12}");

	private static final Pattern BRANCH_LABEL = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	/** Words with a meaning in targets, so they cannot name a branch. */
	private static final Set<String> RESERVED_WORDS = Set.of("base", "head", "heads", "current");

	private final Class<? extends Migration> type;

	/** Looked up once: every checksum validation instantiates each applied revision again. */
	private final Constructor<? extends Migration> constructor;

	private final String id;

	private final List<String> revises;

	private final String message;

	private final Instant created;

	private final List<String> branchLabels;

	private final List<String> dependsOn;

	private RevisionScript(Class<? extends Migration> type, Constructor<? extends Migration> constructor,
			Revision revision) {
		this.type = type;
		this.constructor = constructor;
		this.id = revision.id();
		this.revises = List.of(revision.revises());
		this.message = revision.message();
		this.created = parseCreated(revision.created()); // after id and type: its error names them
		this.branchLabels = List.of(revision.branchLabels());
		this.dependsOn = List.of(revision.dependsOn());
	}

	/**
	 * Reads the {@link Revision} annotation of a class.
	 * @throws RevisionGraphException if the class is not a well-formed revision; the message names the class and
	 * the fix
	 */
	public static RevisionScript of(Class<?> type) {
		Revision revision = type.getAnnotation(Revision.class);
		if (revision == null) {
			throw new RevisionGraphException(type.getName() + " is not a revision: it is not annotated with @Revision");
		}
		if (!Migration.class.isAssignableFrom(type)) {
			throw new RevisionGraphException(type.getName() + " is annotated with @Revision but does not implement "
					+ Migration.class.getName() + ": add implements Migration, or remove the annotation if it is"
					+ " not a revision");
		}
		Constructor<? extends Migration> constructor = instantiable(type.asSubclass(Migration.class));
		if (!isRevisionId(revision.id())) {
			throw new RevisionGraphException("revision id '" + revision.id() + "' in " + type.getName()
					+ " must be 12 lowercase hexadecimal characters, e.g. 3f2a91c0d1b2");
		}
		RevisionScript script = new RevisionScript(type.asSubclass(Migration.class), constructor, revision);
		script.checkReferences("revises", script.revises);
		script.checkReferences("depends on", script.dependsOn);
		script.checkBranchLabels();
		return script;
	}

	/** Whether the text has the shape of a revision id: 12 lowercase hexadecimal characters. */
	static boolean isRevisionId(String text) {
		return REVISION_ID.matcher(text).matches();
	}

	private static Constructor<? extends Migration> instantiable(Class<? extends Migration> type) {
		Constructor<? extends Migration> constructor = publicNoArgConstructor(type);
		if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers()) || constructor == null) {
			throw new RevisionGraphException("revision class " + type.getName()
					+ " must be a public, non-abstract class with a public no-argument constructor");
		}
		return constructor;
	}

	private static Constructor<? extends Migration> publicNoArgConstructor(Class<? extends Migration> type) {
		try {
			return type.getConstructor();
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	private Instant parseCreated(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw invalid("has created '" + text + "', which is not an ISO-8601 instant such as 2025-10-03T21:49:00Z");
		}
	}

	private void checkReferences(String relation, List<String> ids) {
		Set<String> seen = new HashSet<>();
		for (String other : ids) {
			if (!isRevisionId(other)) {
				throw invalid(relation + " '" + other + "', which is not a revision id: ids are 12 lowercase "
						+ "hexadecimal characters, e.g. 3f2a91c0d1b2");
			}
			if (other.equals(this.id)) {
				throw invalid(relation + " itself");
			}
			if (!seen.add(other)) {
				throw invalid(relation + " " + other + " twice");
			}
		}
	}

	private void checkBranchLabels() {
		Set<String> seen = new HashSet<>();
		for (String label : this.branchLabels) {
			if (!BRANCH_LABEL.matcher(label).matches()) {
				throw invalid("has branch label '" + label
						+ "': a label starts with a letter and contains only letters, digits and underscores");
			}
			if (RESERVED_WORDS.contains(label)) {
				throw invalid("has branch label '" + label + "', which is reserved: base, head, heads and current "
						+ "are targets");
			}
			if (!seen.add(label)) {
				throw invalid("has branch label '" + label + "' twice");
			}
		}
	}

	private RevisionGraphException invalid(String problem) {
		return new RevisionGraphException(this + " " + problem);
	}

	/** The revisions that must be applied before this one: its parents, then its dependencies, each once. */
	Set<String> prerequisites() {
		Set<String> prerequisites = new LinkedHashSet<>(this.revises);
		prerequisites.addAll(this.dependsOn);
		return prerequisites;
	}

	/** Creates the migration through its public no-argument constructor. */
	public Migration newInstance() {
		try {
			return this.constructor.newInstance();
		}
		catch (InvocationTargetException ex) {
			throw new RevisionGraphException("could not create " + this + ": its constructor threw "
					+ ex.getCause(), ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new RevisionGraphException("could not create " + this + ": " + ex, ex);
		}
	}

	/** The class implementing the revision. */
	public Class<? extends Migration> type() {
		return this.type;
	}

	/** The revision id, 12 lowercase hexadecimal characters. */
	public String id() {
		return this.id;
	}

	/** The parent revision ids: empty for a base, several for a merge revision. */
	public List<String> revises() {
		return this.revises;
	}

	/** The one-line description, possibly empty. */
	public String message() {
		return this.message;
	}

	/** When the revision was written, or {@code null} if the annotation does not say. */
	public Instant created() {
		return this.created;
	}

	/** The labels naming the branch that starts here. */
	public List<String> branchLabels() {
		return this.branchLabels;
	}

	/** Revisions that must be applied before this one without being its parents. */
	public List<String> dependsOn() {
		return this.dependsOn;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RevisionScript script && script.type == this.type;
	}

	@Override
	public int hashCode() {
		return this.type.hashCode();
	}

	/** The id and the class, as error messages name a revision: {@code revision 3f2a91c0d1b2 in com.x.Foo}. */
	@Override
	public String toString() {
		return "revision " + this.id + " in " + this.type.getName();
	}

}
