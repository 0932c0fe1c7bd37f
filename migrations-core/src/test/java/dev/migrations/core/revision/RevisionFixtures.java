package dev.migrations.core.revision;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The revision graphs the specifications talk about, one nested class per shape. */
final class RevisionFixtures {

	private RevisionFixtures() {
	}

	/** The ids of the revisions, in the order given. */
	static List<String> ids(Collection<RevisionScript> revisions) {
		return revisions.stream().map(RevisionScript::id).toList();
	}

	/** A set of version rows, written as the ids of the rows. */
	static Set<String> rows(String... ids) {
		return Set.of(ids);
	}

	/** The version rows after each step of a plan, each in the order the plan gives them. */
	static List<List<String>> rowsAfterEachStep(MigrationPlan plan) {
		return plan.steps().stream().map((step) -> List.copyOf(step.rowsAfter())).toList();
	}

	/** The ids of the revisions a plan runs, in order. */
	static List<String> planned(MigrationPlan plan) {
		return plan.steps().stream().map((step) -> step.revision().id()).toList();
	}

	/** {@code a <- b <- c}: three revisions in a line. */
	static final class Linear {

		static final String A = "aaaaaaaaaaaa";

		static final String B = "bbbbbbbbbbbb";

		static final String C = "cccccccccccc";

		static RevisionGraph graph() {
			return RevisionGraph.ofClasses(List.of(RevA.class, RevB.class, RevC.class));
		}

		@Revision(id = A, message = "create users", created = "2025-01-01T10:00:00Z")
		public static class RevA extends NoOpMigration {

		}

		@Revision(id = B, revises = A, message = "add email", created = "2025-01-02T10:00:00Z")
		public static class RevB extends NoOpMigration {

		}

		@Revision(id = C, revises = B, message = "add phone", created = "2025-01-03T10:00:00Z")
		public static class RevC extends NoOpMigration {

		}

	}

	/**
	 * Two branches from one root, merged, then one more revision.
	 *
	 * <pre>
	 *         +-- left -- left2 --+
	 * root ---+                   +-- merge -- top
	 *         +-- right ----------+
	 * </pre>
	 */
	static final class Branched {

		static final String ROOT = "100000000000";

		static final String LEFT = "2a0000000000";

		static final String LEFT2 = "3a0000000000";

		static final String RIGHT = "2b0000000000";

		static final String MERGE = "4d0000000000";

		static final String TOP = "5e0000000000";

		static RevisionGraph graph() {
			return RevisionGraph.ofClasses(
					List.of(Root.class, Left.class, Left2.class, Right.class, Merge.class, Top.class));
		}

		/** The same graph before the merge: two heads, left2 and right. */
		static RevisionGraph unmerged() {
			return RevisionGraph.ofClasses(List.of(Root.class, Left.class, Left2.class, Right.class));
		}

		@Revision(id = ROOT, message = "root", created = "2025-02-01T10:00:00Z")
		public static class Root extends NoOpMigration {

		}

		@Revision(id = LEFT, revises = ROOT, message = "left", created = "2025-02-02T10:00:00Z")
		public static class Left extends NoOpMigration {

		}

		@Revision(id = RIGHT, revises = ROOT, message = "right", created = "2025-02-03T10:00:00Z")
		public static class Right extends NoOpMigration {

		}

		@Revision(id = LEFT2, revises = LEFT, message = "left again", created = "2025-02-04T10:00:00Z")
		public static class Left2 extends NoOpMigration {

		}

		@Revision(id = MERGE, revises = { LEFT2, RIGHT }, message = "merge", created = "2025-02-05T10:00:00Z")
		public static class Merge extends NoOpMigration {

		}

		@Revision(id = TOP, revises = MERGE, message = "top", created = "2025-02-06T10:00:00Z")
		public static class Top extends NoOpMigration {

		}

	}

	/**
	 * Two labelled branches with their own bases; billing2 depends on users2 without revising it.
	 *
	 * <pre>
	 * users1 (users) ----- users2
	 *                         :  depends on
	 * billing1 (billing) -- billing2 -- billing3
	 * </pre>
	 *
	 * Billing was written first, so only the dependency puts users2 before billing2.
	 */
	static final class Labelled {

		static final String USERS1 = "a00000000001";

		static final String USERS2 = "a00000000002";

		static final String BILLING1 = "b00000000001";

		static final String BILLING2 = "b00000000002";

		static final String BILLING3 = "b00000000003";

		static RevisionGraph graph() {
			return RevisionGraph.ofClasses(
					List.of(Users1.class, Users2.class, Billing1.class, Billing2.class, Billing3.class));
		}

		@Revision(id = USERS1, branchLabels = "users", message = "users", created = "2025-03-02T10:00:00Z")
		public static class Users1 extends NoOpMigration {

		}

		@Revision(id = USERS2, revises = USERS1, message = "users email", created = "2025-03-03T10:00:00Z")
		public static class Users2 extends NoOpMigration {

		}

		@Revision(id = BILLING1, branchLabels = "billing", message = "billing", created = "2025-03-01T10:00:00Z")
		public static class Billing1 extends NoOpMigration {

		}

		@Revision(id = BILLING2, revises = BILLING1, dependsOn = USERS2, message = "invoices reference users",
				created = "2025-03-01T11:00:00Z")
		public static class Billing2 extends NoOpMigration {

		}

		@Revision(id = BILLING3, revises = BILLING2, message = "invoice totals", created = "2025-03-01T12:00:00Z")
		public static class Billing3 extends NoOpMigration {

		}

	}

}
