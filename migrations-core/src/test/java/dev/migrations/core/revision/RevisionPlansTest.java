package dev.migrations.core.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.migrations.core.revision.MigrationPlan.Direction;
import dev.migrations.core.revision.MigrationPlan.Step;
import dev.migrations.core.revision.RevisionFixtures.Branched;
import dev.migrations.core.revision.RevisionFixtures.Labelled;
import dev.migrations.core.revision.RevisionFixtures.Linear;
import org.junit.jupiter.api.Test;

import static dev.migrations.core.revision.RevisionFixtures.planned;
import static dev.migrations.core.revision.RevisionFixtures.rows;
import static dev.migrations.core.revision.RevisionFixtures.rowsAfterEachStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link RevisionGraph#upgradePlan} and {@link RevisionGraph#downgradePlan} run, and the rows after each step. */
class RevisionPlansTest {

	private final RevisionGraph linear = Linear.graph();

	private final RevisionGraph branched = Branched.graph();

	private final RevisionGraph unmerged = Branched.unmerged();

	private final RevisionGraph labelled = Labelled.graph();

	@Test
	void upgradeToHeadAppliesParentsBeforeChildren() {
		MigrationPlan plan = this.linear.upgradePlan(rows(), "head");

		assertThat(plan.direction()).isEqualTo(Direction.UPGRADE);
		assertThat(planned(plan)).containsExactly(Linear.A, Linear.B, Linear.C);
		assertThat(rowsAfterEachStep(plan)).containsExactly(List.of(Linear.A), List.of(Linear.B), List.of(Linear.C));
	}

	@Test
	void upgradeSkipsTheRevisionsAlreadyApplied() {
		assertThat(planned(this.linear.upgradePlan(rows(Linear.A), "head"))).containsExactly(Linear.B, Linear.C);
	}

	@Test
	void upgradeToAnAppliedRevisionIsAnEmptyPlan() {
		assertThat(this.linear.upgradePlan(rows(Linear.C), "head").steps()).isEmpty();
		assertThat(this.linear.upgradePlan(rows(Linear.C), Linear.A).steps()).isEmpty();
		assertThat(this.linear.upgradePlan(rows(Linear.B), "base").steps()).isEmpty();
	}

	@Test
	void upgradeOfAnEmptyGraphIsAnEmptyPlan() {
		assertThat(RevisionGraph.of(List.of()).upgradePlan(rows(), "head").steps()).isEmpty();
	}

	@Test
	void upgradeAcrossBranchesKeepsARowPerBranchUntilTheMergeRevision() {
		MigrationPlan plan = this.branched.upgradePlan(rows(), "head");

		assertThat(planned(plan)).containsExactly(Branched.ROOT, Branched.LEFT, Branched.RIGHT, Branched.LEFT2,
				Branched.MERGE, Branched.TOP);
		assertThat(rowsAfterEachStep(plan)).containsExactly(List.of(Branched.ROOT), List.of(Branched.LEFT),
				List.of(Branched.LEFT, Branched.RIGHT), List.of(Branched.RIGHT, Branched.LEFT2),
				List.of(Branched.MERGE), List.of(Branched.TOP));
	}

	@Test
	void upgradeToOneBranchLeavesTheOtherAlone() {
		MigrationPlan plan = this.unmerged.upgradePlan(rows(Branched.ROOT), Branched.LEFT2);

		assertThat(planned(plan)).containsExactly(Branched.LEFT, Branched.LEFT2);
		assertThat(rowsAfterEachStep(plan)).containsExactly(List.of(Branched.LEFT), List.of(Branched.LEFT2));
	}

	@Test
	void upgradeToHeadsAppliesEveryBranch() {
		MigrationPlan plan = this.unmerged.upgradePlan(rows(Branched.LEFT2), "heads");

		assertThat(planned(plan)).containsExactly(Branched.RIGHT);
		assertThat(rowsAfterEachStep(plan)).containsExactly(List.of(Branched.RIGHT, Branched.LEFT2));
	}

	@Test
	void upgradeAppliesDependenciesFirstWithoutMergingTheirRows() {
		MigrationPlan plan = this.labelled.upgradePlan(rows(), "billing@head");

		assertThat(planned(plan)).containsExactly(Labelled.BILLING1, Labelled.USERS1, Labelled.USERS2,
				Labelled.BILLING2, Labelled.BILLING3);
		assertThat(rowsAfterEachStep(plan).get(3)).containsExactly(Labelled.USERS2, Labelled.BILLING2);
		assertThat(rowsAfterEachStep(plan).get(4)).containsExactly(Labelled.USERS2, Labelled.BILLING3);
	}

	@Test
	void upgradePlusOneAppliesTheNextRevisionOnThePathToHead() {
		assertThat(planned(this.linear.upgradePlan(rows(Linear.A), "+1"))).containsExactly(Linear.B);
		assertThat(planned(this.branched.upgradePlan(rows(Branched.LEFT), "+1"))).containsExactly(Branched.RIGHT);
	}

	@Test
	void upgradeRefusesMinusN() {
		assertThatThrownBy(() -> this.linear.upgradePlan(rows(Linear.C), "-1"))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("Relative revision -1 reverts revisions: use it with downgrade");
	}

	@Test
	void downgradeToBaseRevertsEverythingChildrenFirst() {
		MigrationPlan plan = this.linear.downgradePlan(rows(Linear.C), "base");

		assertThat(plan.direction()).isEqualTo(Direction.DOWNGRADE);
		assertThat(planned(plan)).containsExactly(Linear.C, Linear.B, Linear.A);
		assertThat(rowsAfterEachStep(plan)).containsExactly(List.of(Linear.B), List.of(Linear.A), List.of());
	}

	@Test
	void downgradeToBaseRevertsEveryBranch() {
		assertThat(planned(this.unmerged.downgradePlan(rows(Branched.LEFT2, Branched.RIGHT), "base")))
			.containsExactly(Branched.LEFT2, Branched.RIGHT, Branched.LEFT, Branched.ROOT);
	}

	@Test
	void downgradeMinusOneRevertsTheCurrentRevision() {
		MigrationPlan plan = this.linear.downgradePlan(rows(Linear.C), "-1");

		assertThat(planned(plan)).containsExactly(Linear.C);
		assertThat(rowsAfterEachStep(plan)).containsExactly(List.of(Linear.B));
	}

	@Test
	void downgradeMinusOneFromMergeRevisionLeavesBothParentsAsRows() {
		MigrationPlan plan = this.branched.downgradePlan(rows(Branched.MERGE), "-1");

		assertThat(planned(plan)).containsExactly(Branched.MERGE);
		assertThat(rowsAfterEachStep(plan)).containsExactly(List.of(Branched.RIGHT, Branched.LEFT2));
	}

	@Test
	void downgradeToARevisionOnOneBranchRevertsOnlyItsDescendants() {
		MigrationPlan plan = this.branched.downgradePlan(rows(Branched.TOP), Branched.LEFT);

		assertThat(planned(plan)).containsExactly(Branched.TOP, Branched.MERGE, Branched.LEFT2);
		assertThat(rowsAfterEachStep(plan)).containsExactly(List.of(Branched.MERGE),
				List.of(Branched.RIGHT, Branched.LEFT2), List.of(Branched.LEFT, Branched.RIGHT));
	}

	@Test
	void downgradeLeavesUnrelatedBranchesAlone() {
		MigrationPlan plan = this.unmerged.downgradePlan(rows(Branched.LEFT2, Branched.RIGHT), Branched.LEFT);

		assertThat(planned(plan)).containsExactly(Branched.LEFT2);
		assertThat(rowsAfterEachStep(plan)).containsExactly(List.of(Branched.LEFT, Branched.RIGHT));
	}

	@Test
	void downgradeAlsoRevertsRevisionsThatDependOnWhatItReverts() {
		MigrationPlan plan = this.labelled.downgradePlan(rows(Labelled.USERS2, Labelled.BILLING3), "users");

		assertThat(planned(plan)).containsExactly(Labelled.BILLING3, Labelled.BILLING2, Labelled.USERS2);
		assertThat(rowsAfterEachStep(plan)).containsExactly(List.of(Labelled.USERS2, Labelled.BILLING2),
				List.of(Labelled.BILLING1, Labelled.USERS2), List.of(Labelled.BILLING1, Labelled.USERS1));
	}

	@Test
	void downgradeToWhereTheDatabaseIsIsAnEmptyPlan() {
		assertThat(this.linear.downgradePlan(rows(Linear.C), "current").steps()).isEmpty();
		assertThat(this.linear.downgradePlan(rows(Linear.C), "head").steps()).isEmpty();
		assertThat(this.linear.downgradePlan(rows(), "base").steps()).isEmpty();
	}

	@Test
	void downgradeToARevisionThatIsNotAppliedIsRefused() {
		assertThatThrownBy(() -> this.linear.downgradePlan(rows(Linear.A), Linear.C))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("Can't downgrade to cccccccccccc: it is not applied (the database is at aaaaaaaaaaaa);"
					+ " upgrade to it instead");
		assertThatThrownBy(() -> this.unmerged.downgradePlan(rows(Branched.LEFT2), Branched.RIGHT))
			.hasMessage("Can't downgrade to 2b0000000000: it is not applied (the database is at 3a0000000000);"
					+ " upgrade to it instead");
		assertThatThrownBy(() -> this.linear.downgradePlan(rows(), Linear.A))
			.hasMessage("Can't downgrade to aaaaaaaaaaaa: it is not applied (the database is at base);"
					+ " upgrade to it instead");
	}

	@Test
	void downgradeRefusesPlusN() {
		assertThatThrownBy(() -> this.linear.downgradePlan(rows(Linear.A), "+1"))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("Relative revision +1 applies revisions: use it with upgrade");
	}

	@Test
	void plansRefuseACurrentRowNoRevisionDeclares() {
		assertThatThrownBy(() -> this.linear.upgradePlan(rows("9c1d00000000"), "head"))
			.hasMessageStartingWith("Can't locate revision identified by '9c1d00000000' (it is recorded");
		assertThatThrownBy(() -> this.linear.downgradePlan(rows("9c1d00000000"), "base"))
			.hasMessageStartingWith("Can't locate revision identified by '9c1d00000000' (it is recorded");
	}

	@Test
	void downgradingToBaseRetracesTheRowsOfTheUpgradeFromBase() {
		List<List<String>> rowsUp = rowsAfterEachStep(this.branched.upgradePlan(rows(), "head"));
		List<List<String>> rowsBefore = new ArrayList<>(rowsUp.subList(0, rowsUp.size() - 1));
		rowsBefore.add(0, List.of());
		Collections.reverse(rowsBefore);

		assertThat(rowsAfterEachStep(this.branched.downgradePlan(rows(Branched.TOP), "base"))).isEqualTo(rowsBefore);
	}

	@Test
	void theRowsAfterEachStepRecordExactlyTheRevisionsAppliedSoFar() {
		for (RevisionGraph graph : List.of(this.linear, this.branched, this.unmerged, this.labelled)) {
			Set<String> applied = new HashSet<>();
			for (Step step : graph.upgradePlan(rows(), "heads").steps()) {
				applied.add(step.revision().id());
				assertThat(graph.withAncestors(step.rowsAfter())).isEqualTo(applied);
			}
			for (Step step : graph.downgradePlan(graph.resolve("heads", rows()), "base").steps()) {
				applied.remove(step.revision().id());
				assertThat(graph.withAncestors(step.rowsAfter())).isEqualTo(applied);
			}
			assertThat(applied).isEmpty();
		}
	}

}
