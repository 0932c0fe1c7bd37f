package dev.migrations.core.command;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.revision.RevisionScript;

/**
 * A revision with what the graph and the database say about it, and its Alembic-style one-line forms.
 *
 * @param revision the revision
 * @param head whether no revision revises it
 * @param current whether the database's version table names it
 * @param applied whether the database has it applied (current, or an ancestor of a current one)
 * @param branchPoint whether several revisions revise it
 * @param mergePoint whether it revises several revisions
 */
public record RevisionStatus(RevisionScript revision, boolean head, boolean current, boolean applied,
		boolean branchPoint, boolean mergePoint) {

	/** {@code bce8c437167b (users) (head)}: as {@code current} and {@code heads} print it. */
	public String shortLine() {
		return this.revision.id() + labels() + flag(this.head, "head");
	}

	/**
	 * {@code ae1027a6acf -> 27c6a30d7c24 (head) (current), add a column}: as {@code history} prints it, with
	 * {@code <base>} for a base revision's parent.
	 */
	public String historyLine() {
		String parents = this.revision.revises().isEmpty() ? "<base>" : String.join(", ", this.revision.revises());
		return parents + " -> " + this.revision.id() + labels() + flag(this.head, "head")
				+ flag(this.branchPoint, "branchpoint") + flag(this.mergePoint, "mergepoint")
				+ flag(this.current, "current") + ", " + this.revision.message();
	}

	private String labels() {
		List<String> parts = new ArrayList<>();
		this.revision.branchLabels().forEach((label) -> parts.add(" (" + label + ")"));
		return String.join("", parts);
	}

	private static String flag(boolean set, String name) {
		return set ? " (" + name + ")" : "";
	}

}
