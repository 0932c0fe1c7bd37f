package dev.migrations.autoconfigure.actuate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.context.ApplicationContext;

import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.runtime.HistoryEntry;
import dev.migrations.core.runtime.Migrator;

/**
 * The {@code migrations} Actuator endpoint: for every {@link Migrator} bean of the application context and its
 * ancestors, where its database stands against the configured target, what is pending and what has run; and one
 * revision in detail. It only reads: nothing here changes the database, and nothing names a URL or a password.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private final ApplicationContext context;

	/** An endpoint describing the migrators of the context and its ancestors. */
	public MigrationsEndpoint(ApplicationContext context) {
		this.context = context;
	}

	/** Every migrator's current revisions, heads, pending revisions and history. */
	@ReadOperation
	public MigrationsDescriptor<MigratorDescriptor> migrations() {
		return describe(MigratorDescriptor::of);
	}

	/**
	 * One revision as each migrator knows it, or {@code null} (HTTP 404) when none knows it.
	 * @param revision a revision id, a unique prefix of at least four characters, a branch label, or a target
	 * naming one revision such as {@code head} or {@code current}
	 */
	@ReadOperation
	public MigrationsDescriptor<RevisionDescriptor> revision(@Selector String revision) {
		MigrationsDescriptor<RevisionDescriptor> described = describe(
				(migrator, target) -> RevisionDescriptor.of(migrator, revision));
		boolean known = described.contexts().values().stream().anyMatch((context) -> !context.migrators().isEmpty());
		return known ? described : null;
	}

	private <T> MigrationsDescriptor<T> describe(MigratorDescription<T> description) {
		Map<String, ContextMigrationsDescriptor<T>> contexts = new LinkedHashMap<>();
		for (ApplicationContext context = this.context; context != null; context = context.getParent()) {
			String target = context.getBeanProvider(MigrationsProperties.class)
				.getIfAvailable(MigrationsProperties::new)
				.getTarget();
			Map<String, T> migrators = new LinkedHashMap<>();
			context.getBeansOfType(Migrator.class).forEach((name, migrator) -> {
				T descriptor = description.describe(migrator, target);
				if (descriptor != null) {
					migrators.put(name, descriptor);
				}
			});
			ApplicationContext parent = context.getParent();
			contexts.put(context.getId(),
					new ContextMigrationsDescriptor<>(migrators, (parent != null) ? parent.getId() : null));
		}
		return new MigrationsDescriptor<>(contexts);
	}

	/** Describes one migrator, or gives {@code null} to leave it out. */
	@FunctionalInterface
	private interface MigratorDescription<T> {

		T describe(Migrator migrator, String target);

	}

	/**
	 * The response: application contexts by id, the context of the endpoint first, then its ancestors.
	 *
	 * @param <T> what is said about each migrator
	 * @param contexts the contexts by id
	 */
	public record MigrationsDescriptor<T>(Map<String, ContextMigrationsDescriptor<T>> contexts)
			implements OperationResponseBody {

	}

	/**
	 * The migrators of one application context.
	 *
	 * @param <T> what is said about each migrator
	 * @param migrators what is said about each {@link Migrator} bean, by bean name
	 * @param parentId the id of the parent context, or {@code null}
	 */
	public record ContextMigrationsDescriptor<T>(Map<String, T> migrators, String parentId) {

	}

	/**
	 * Where one migrator's database stands.
	 *
	 * @param target the configured target ({@code migrations.target})
	 * @param current the database's version rows: one revision per applied branch, empty at base
	 * @param heads the heads of the revision graph
	 * @param upToDate whether the database is at the target: nothing pending and no problem
	 * @param pending the revisions an upgrade to the target would apply, in order
	 * @param problem why the pending revisions cannot be computed (several heads for {@code head}, a version row no
	 * class declares, an applied revision that has changed), or {@code null}
	 * @param history the history table, oldest first
	 */
	public record MigratorDescriptor(String target, Set<String> current, List<String> heads, boolean upToDate,
			List<PendingRevisionDescriptor> pending, String problem, List<HistoryEntryDescriptor> history) {

		static MigratorDescriptor of(Migrator migrator, String target) {
			MigrationStatus status = MigrationStatus.of(migrator, target);
			return new MigratorDescriptor(status.target(), status.current(), status.heads(), status.upToDate(),
					status.pending().stream().map(PendingRevisionDescriptor::of).toList(), status.problem(),
					migrator.history().stream().map(HistoryEntryDescriptor::of).toList());
		}

	}

	/**
	 * A revision that an upgrade to the target would apply.
	 *
	 * @param id the revision id
	 * @param message the revision's message
	 */
	public record PendingRevisionDescriptor(String id, String message) {

		static PendingRevisionDescriptor of(RevisionScript revision) {
			return new PendingRevisionDescriptor(revision.id(), revision.message());
		}

	}

	/**
	 * One revision: its place in the graph, whether the database has it, and what happened to it.
	 *
	 * @param id the revision id
	 * @param parents the revisions it revises; empty for a base
	 * @param dependsOn the revisions it depends on without revising them
	 * @param branchLabels the labels of the branch starting here
	 * @param message the revision's message
	 * @param created when the revision was written, or {@code null}
	 * @param head whether no revision revises it
	 * @param current whether the database's version rows name it
	 * @param applied whether the database has it applied (current, or an ancestor of a current revision)
	 * @param history its entries in the history table, oldest first
	 */
	public record RevisionDescriptor(String id, List<String> parents, List<String> dependsOn,
			List<String> branchLabels, String message, Instant created, boolean head, boolean current,
			boolean applied, List<HistoryEntryDescriptor> history) {

		/** The revision the reference names for this migrator, or {@code null} if it names none or several. */
		static RevisionDescriptor of(Migrator migrator, String reference) {
			RevisionGraph graph = migrator.graph();
			Set<String> current = migrator.currentRevisions();
			Set<String> named;
			try {
				named = graph.resolve(reference, current);
			}
			catch (RevisionGraphException ex) {
				return null;
			}
			if (named.size() != 1) {
				return null;
			}
			RevisionScript revision = graph.get(named.iterator().next());
			String id = revision.id();
			return new RevisionDescriptor(id, revision.revises(), revision.dependsOn(), revision.branchLabels(),
					revision.message(), revision.created(), graph.isHead(id), current.contains(id),
					graph.applied(current).contains(id),
					migrator.history()
						.stream()
						.filter((entry) -> entry.revision().equals(id))
						.map(HistoryEntryDescriptor::of)
						.toList());
		}

	}

	/**
	 * One row of the history table.
	 *
	 * @param revision the revision id
	 * @param direction {@code upgrade}, {@code downgrade}, {@code stamp} or {@code unstamp}
	 * @param message the revision's message when it ran
	 * @param appliedAt when it ran
	 * @param durationMillis how long its statements took, in milliseconds; {@code null} for stamps
	 * @param appliedBy the database user that ran it
	 */
	public record HistoryEntryDescriptor(String revision, String direction, String message, Instant appliedAt,
			Long durationMillis, String appliedBy) {

		static HistoryEntryDescriptor of(HistoryEntry entry) {
			return new HistoryEntryDescriptor(entry.revision(), entry.direction(), entry.message(),
					entry.appliedAt().toInstant(), (entry.duration() != null) ? entry.duration().toMillis() : null,
					entry.appliedBy());
		}

	}

}
