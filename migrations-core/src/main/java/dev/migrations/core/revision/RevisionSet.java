package dev.migrations.core.revision;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The revisions an application ships: their graph, built only when first needed, and optionally a fingerprint of
 * their class files. With a fingerprint, a database last verified by these very class files (see
 * {@code Migrator}) is known to be up to date without loading a revision class.
 */
public final class RevisionSet {

	private final String fingerprint;

	private final Supplier<RevisionGraph> loader;

	private volatile RevisionGraph graph;

	private RuntimeException failure;

	private RevisionSet(String fingerprint, Supplier<RevisionGraph> loader) {
		this.fingerprint = fingerprint;
		this.loader = loader;
	}

	/** A set with its graph already built and no fingerprint: every run validates from the classes. */
	public static RevisionSet of(RevisionGraph graph) {
		Objects.requireNonNull(graph, "graph");
		RevisionSet set = new RevisionSet(null, () -> graph);
		set.graph = graph;
		return set;
	}

	/**
	 * A set known by the fingerprint of its class files (see {@link ClassFilesFingerprint}), whose graph the loader
	 * builds, loading the classes, the first time it is asked for.
	 */
	public static RevisionSet of(String fingerprint, Supplier<RevisionGraph> loader) {
		return new RevisionSet(Objects.requireNonNull(fingerprint, "fingerprint"), Objects.requireNonNull(loader, "loader"));
	}

	/** The fingerprint of the class files, when the set was made from them. */
	public Optional<String> fingerprint() {
		return Optional.ofNullable(this.fingerprint);
	}

	/**
	 * The graph, built (and the revision classes loaded) on the first call; refuses a broken one, then and on every
	 * later call, with the same exception, without loading the classes again.
	 */
	public RevisionGraph graph() {
		RevisionGraph built = this.graph;
		if (built == null) {
			synchronized (this) {
				if (this.failure != null) {
					throw this.failure;
				}
				built = this.graph;
				if (built == null) {
					try {
						built = Objects.requireNonNull(this.loader.get(), "graph");
					}
					catch (RuntimeException ex) {
						this.failure = ex;
						throw ex;
					}
					this.graph = built;
				}
			}
		}
		return built;
	}

}
