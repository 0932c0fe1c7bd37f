package dev.migrations.core.runtime;

import java.util.List;
import java.util.Set;

import dev.migrations.core.postgres.SqlStatement;
import dev.migrations.core.revision.MigrationPlan;
import dev.migrations.core.revision.MigrationPlan.Direction;
import dev.migrations.core.revision.MigrationPlan.Step;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionSet;
import dev.migrations.core.revision.RevisionScript;

/**
 * The SQL script of an upgrade or downgrade, written without touching any database (Alembic's {@code --sql}):
 * the bookkeeping tables, then each revision's statements with its version-table and history updates, one
 * transaction per revision. Running the script on a database gives the same catalog as running the revisions.
 */
public final class OfflineScript {

	private final RevisionSet revisions;

	private final VersionTable versionTable;

	private final HistoryTable historyTable;

	public OfflineScript(RevisionGraph graph, MigrationSettings settings) {
		this(RevisionSet.of(graph), settings);
	}

	/** A script writer for a revision set, whose classes are loaded only when a script is first rendered. */
	public OfflineScript(RevisionSet revisions, MigrationSettings settings) {
		this.revisions = revisions;
		this.versionTable = new VersionTable(settings.versionTable());
		this.historyTable = new HistoryTable(settings.qualifiedHistoryTable());
	}

	/**
	 * The script for a range {@code from:to} ({@code base:head}, {@code :head}, {@code ae10:head},
	 * {@code head:base}, {@code head:-1}): an upgrade when {@code to} lies above {@code from}, a downgrade when it
	 * lies below.
	 */
	public String render(String range) {
		int colon = range.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("offline SQL needs a range such as base:head or head:base, not '"
					+ range + "'");
		}
		String from = range.substring(0, colon).isEmpty() ? "base" : range.substring(0, colon);
		String to = range.substring(colon + 1);
		RevisionGraph graph = this.revisions.graph();
		Set<String> start = graph.stampRows(Set.of(), from);
		boolean downgrade = !start.isEmpty() && graph.applied(start).containsAll(graph.resolve(to, start));
		MigrationPlan plan = downgrade ? graph.downgradePlan(start, to) : graph.upgradePlan(start, to);
		return render(plan, start, range);
	}

	/** The statements a revision's {@code upgrade()} renders, as the script prints them. */
	public List<String> upgradeStatements(RevisionScript revision) {
		return RenderedRevision.upgrade(revision).statements().stream().map(SqlStatement::toScript).toList();
	}

	/** The statements a revision's {@code downgrade()} renders, as the script prints them. */
	public List<String> downgradeStatements(RevisionScript revision) {
		return RenderedRevision.downgrade(revision).statements().stream().map(SqlStatement::toScript).toList();
	}

	private String render(MigrationPlan plan, Set<String> start, String range) {
		StringBuilder script = new StringBuilder();
		script.append("-- ").append(plan.direction().name().toLowerCase()).append(' ').append(range)
			.append(": ").append(plan.steps().size()).append(" revision(s)\n\n");
		this.versionTable.createStatements().forEach((sql) -> script.append(sql).append(";\n"));
		script.append(this.historyTable.createStatement()).append(";\n\n");
		Set<String> rows = start;
		for (Step step : plan.steps()) {
			RenderedRevision rendered = (plan.direction() == Direction.UPGRADE) ? RenderedRevision.upgrade(step.revision())
					: RenderedRevision.downgrade(step.revision());
			script.append("-- Running ").append(plan.direction().name().toLowerCase()).append(' ')
				.append(PlanExecutor.transition(plan.direction(), step)).append('\n');
			boolean inTransaction = false;
			for (SqlStatement statement : rendered.statements()) {
				inTransaction = switchTransaction(script, inTransaction, statement.transactional());
				script.append(statement.toScript()).append('\n');
			}
			inTransaction = switchTransaction(script, inTransaction, true);
			List<String> bookkeeping = this.versionTable.updateStatements(rows, step.rowsAfter());
			bookkeeping.forEach((sql) -> script.append(sql).append(";\n"));
			script.append(this.historyTable.insertStatement(step.revision().id(),
					(plan.direction() == Direction.UPGRADE) ? HistoryAction.UPGRADE : HistoryAction.DOWNGRADE,
					step.revision().message(), (plan.direction() == Direction.UPGRADE) ? rendered.checksum() : null,
					null)).append(";\n");
			script.append("COMMIT;\n\n");
			rows = step.rowsAfter();
		}
		return script.toString();
	}

	private static boolean switchTransaction(StringBuilder script, boolean inTransaction, boolean wanted) {
		if (wanted && !inTransaction) {
			script.append("BEGIN;\n");
		}
		else if (!wanted && inTransaction) {
			script.append("COMMIT;\n");
		}
		return wanted;
	}

}
