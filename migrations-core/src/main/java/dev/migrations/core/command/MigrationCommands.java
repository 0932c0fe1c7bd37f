package dev.migrations.core.command;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.migrations.core.codegen.GeneratedBody;
import dev.migrations.core.codegen.NewRevision;
import dev.migrations.core.codegen.RevisionWriter;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.runtime.MigrationResult;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.core.runtime.OfflineScript;

/**
 * Alembic's command set as plain methods that return values: {@code current}, {@code heads}, {@code branches},
 * {@code history}, {@code show}, {@code upgrade}, {@code downgrade}, {@code stamp}, {@code revision},
 * {@code merge}, {@code sql}, and writing what autogenerate found. Printing them is the caller's business.
 */
public final class MigrationCommands {

	private final Migrator migrator;

	private final OfflineScript offlineScript;

	private final RevisionWriter writer;

	private final Clock clock;

	/**
	 * Commands over a migrator; {@code writer} says where {@code revision} and {@code merge} write new classes.
	 */
	public MigrationCommands(Migrator migrator, OfflineScript offlineScript, RevisionWriter writer, Clock clock) {
		this.migrator = migrator;
		this.offlineScript = offlineScript;
		this.writer = writer;
		this.clock = clock;
	}

	/** The database's current revisions (one per applied branch); empty at base. */
	public List<RevisionStatus> current() {
		Set<String> rows = this.migrator.currentRevisions();
		graph().validateCurrent(rows);
		return statuses(rows.stream().map(graph()::get).toList(), rows);
	}

	/** The graph's heads. */
	public List<RevisionStatus> heads() {
		return statuses(graph().heads(), this.migrator.currentRevisions());
	}

	/** The graph's branch points, each with the revisions that branch from it. */
	public List<BranchPoint> branches() {
		Set<String> rows = this.migrator.currentRevisions();
		List<BranchPoint> branches = new ArrayList<>();
		for (RevisionScript branchPoint : graph().branchPoints()) {
			branches.add(new BranchPoint(status(branchPoint, rows), statuses(graph().children(branchPoint.id()), rows)));
		}
		return branches;
	}

	/** The revisions of a range ({@code base:head}, {@code ae10:}, {@code :head}, {@code current:}), newest first. */
	public List<RevisionStatus> history(String range) {
		Set<String> rows = this.migrator.currentRevisions();
		return statuses(graph().range((range == null || range.isBlank()) ? ":" : range, rows), rows);
	}

	/** One revision: its place in the graph and the SQL it runs. */
	public RevisionDetails show(String target) {
		Set<String> rows = this.migrator.currentRevisions();
		Set<String> resolved = graph().resolve(target, rows);
		if (resolved.size() != 1) {
			throw new RevisionGraphException("'" + target + "' names " + (resolved.isEmpty() ? "no revision (base)"
					: "several revisions: " + String.join(", ", resolved)) + "; show needs exactly one");
		}
		RevisionScript revision = graph().get(resolved.iterator().next());
		return new RevisionDetails(status(revision, rows), this.offlineScript.upgradeStatements(revision),
				this.offlineScript.downgradeStatements(revision));
	}

	/** Applies revisions up to the target. */
	public MigrationResult upgrade(String target) {
		return this.migrator.upgrade(target);
	}

	/** Reverts revisions down to the target. */
	public MigrationResult downgrade(String target) {
		return this.migrator.downgrade(target);
	}

	/** Records the target as the database's revision without running anything. */
	public MigrationResult stamp(String target, boolean purge) {
		return this.migrator.stamp(target, purge);
	}

	/** Writes a new, empty revision on top of the single head and returns its file. */
	public Path revision(String message) {
		return write(singleHead(), message, NewRevision.Kind.BLANK, null);
	}

	/** Writes a revision generated from the differences between the mapping and the database, on top of the single head. */
	public Path generated(String message, GeneratedBody body) {
		return write(singleHead(), message, NewRevision.Kind.GENERATED, body);
	}

	private List<String> singleHead() {
		List<RevisionScript> heads = graph().heads();
		if (heads.size() > 1) {
			throw new RevisionGraphException("Multiple heads are present: " + ids(heads)
					+ "; merge them first (merge command) so the new revision has one parent");
		}
		return heads.stream().map(RevisionScript::id).toList();
	}

	/** Writes a merge revision joining the given revisions ({@code heads} for all heads) and returns its file. */
	public Path merge(String message, String revisions) {
		Set<String> parents = graph().resolve((revisions == null || revisions.isBlank()) ? "heads" : revisions,
				Set.of());
		if (parents.size() < 2) {
			throw new RevisionGraphException("Nothing to merge: '" + revisions + "' names " + parents.size()
					+ " revision(s); a merge joins at least two heads");
		}
		return write(List.copyOf(parents), message, NewRevision.Kind.MERGE, null);
	}

	/** The offline SQL script for a range such as {@code base:head} or {@code head:base}. */
	public String sql(String range) {
		return this.offlineScript.render(range);
	}

	private Path write(List<String> parents, String message, NewRevision.Kind kind, GeneratedBody body) {
		if (this.writer == null) {
			throw new IllegalStateException("No source folder is configured for new revisions");
		}
		String id = NewRevision.randomId();
		while (graph().contains(id)) {
			id = NewRevision.randomId();
		}
		return this.writer.write(new NewRevision(id, parents, message, this.clock.instant(), List.of(), kind, body));
	}

	private List<RevisionStatus> statuses(List<RevisionScript> revisions, Set<String> rows) {
		return revisions.stream().map((revision) -> status(revision, rows)).toList();
	}

	private RevisionStatus status(RevisionScript revision, Set<String> rows) {
		String id = revision.id();
		return new RevisionStatus(revision, graph().isHead(id), rows.contains(id),
				graph().applied(rows).contains(id), graph().children(id).size() > 1, revision.revises().size() > 1);
	}

	private static String ids(List<RevisionScript> revisions) {
		return String.join(", ", revisions.stream().map(RevisionScript::id).toList());
	}

	/** The migrator's graph, built (its revision classes loaded) only when a command needs it. */
	private RevisionGraph graph() {
		return this.migrator.graph();
	}

}
