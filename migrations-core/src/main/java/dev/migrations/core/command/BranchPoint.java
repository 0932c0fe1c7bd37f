package dev.migrations.core.command;

import java.util.ArrayList;
import java.util.List;

/**
 * A revision that several revisions revise, with those children.
 *
 * @param revision the branch point
 * @param children the revisions that revise it
 */
public record BranchPoint(RevisionStatus revision, List<RevisionStatus> children) {

	public BranchPoint {
		children = List.copyOf(children);
	}

	/** As {@code branches} prints it: the branch point, then one {@code    -> child, message} line per child. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(this.revision.revision().id() + " (branchpoint)");
		for (RevisionStatus child : this.children) {
			lines.add("   -> " + child.shortLine() + ", " + child.revision().message());
		}
		return lines;
	}

}
