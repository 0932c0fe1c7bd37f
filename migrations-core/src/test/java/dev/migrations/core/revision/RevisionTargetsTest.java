package dev.migrations.core.revision;

import java.util.List;
import java.util.Set;

import dev.migrations.core.revision.RevisionFixtures.Branched;
import dev.migrations.core.revision.RevisionFixtures.Labelled;
import dev.migrations.core.revision.RevisionFixtures.Linear;
import org.junit.jupiter.api.Test;

import static dev.migrations.core.revision.RevisionFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@link RevisionGraph#resolve} reads each form of target. */
class RevisionTargetsTest {

	private final RevisionGraph linear = Linear.graph();

	private final RevisionGraph branched = Branched.graph();

	private final RevisionGraph unmerged = Branched.unmerged();

	private final RevisionGraph labelled = Labelled.graph();

	@Test
	void baseNamesNoRevision() {
		assertThat(this.linear.resolve("base", rows(Linear.B))).isEmpty();
	}

	@Test
	void headNamesTheOnlyHead() {
		assertThat(this.linear.resolve("head", rows())).containsExactly(Linear.C);
		assertThat(this.branched.resolve("head", rows())).containsExactly(Branched.TOP);
	}

	@Test
	void headOfAnEmptyGraphIsBase() {
		assertThat(RevisionGraph.of(List.of()).resolve("head", rows())).isEmpty();
	}

	@Test
	void headWithSeveralHeadsListsThemAndTheWaysOut() {
		assertRefused(this.unmerged, "head", rows(), "Multiple heads are present: 2b0000000000, 3a0000000000;"
				+ " name one of them, use 'heads', or merge them");
	}

	@Test
	void headsNamesEveryHead() {
		assertThat(this.unmerged.resolve("heads", rows())).containsExactly(Branched.RIGHT, Branched.LEFT2);
		assertThat(this.labelled.resolve("heads", rows())).containsExactly(Labelled.USERS2, Labelled.BILLING3);
	}

	@Test
	void currentNamesTheCurrentRows() {
		assertThat(this.unmerged.resolve("current", rows(Branched.LEFT2, Branched.RIGHT)))
			.containsExactly(Branched.RIGHT, Branched.LEFT2);
		assertThat(this.linear.resolve("current", rows())).isEmpty();
	}

	@Test
	void currentLeavesOutARowThatIsAnAncestorOfAnotherRow() {
		assertThat(this.linear.resolve("current", rows(Linear.A, Linear.B))).containsExactly(Linear.B);
	}

	@Test
	void aFullIdNamesItsRevision() {
		assertThat(this.linear.resolve(Linear.B, rows())).containsExactly(Linear.B);
	}

	@Test
	void aUniquePrefixOfFourCharactersNamesItsRevision() {
		assertThat(this.linear.resolve("bbbb", rows())).containsExactly(Linear.B);
		assertThat(prefixes().resolve("3f2b", rows())).containsExactly("3f2b00000000");
	}

	@Test
	void aPrefixShorterThanFourCharactersIsRefusedEvenIfUnique() {
		assertRefused(this.linear, "bbb", rows(),
				"Can't locate revision identified by 'bbb'; a partial revision id needs at least 4 characters");
	}

	@Test
	void ambiguousPrefixListsEveryMatch() {
		assertRefused(prefixes(), "3f2a", rows(), "Multiple revisions start with '3f2a': 3f2a91c0d1b2, 3f2a00000000;"
				+ " give more characters of the id");
	}

	@Test
	void anUnknownTargetCannotBeLocated() {
		assertRefused(this.linear, "xyz", rows(), "Can't locate revision identified by 'xyz'");
		assertRefused(this.linear, "9c1d00000000", rows(), "Can't locate revision identified by '9c1d00000000'");
		assertRefused(this.linear, "", rows(), "Can't locate revision identified by ''");
	}

	@Test
	void aBranchLabelNamesTheLabelledRevision() {
		assertThat(this.labelled.resolve("users", rows())).containsExactly(Labelled.USERS1);
	}

	@Test
	void labelAtHeadNamesTheHeadReachedThroughChildren() {
		assertThat(this.labelled.resolve("billing@head", rows())).containsExactly(Labelled.BILLING3);
		assertThat(this.labelled.resolve("users@head", rows())).containsExactly(Labelled.USERS2);
	}

	@Test
	void anIdOrPrefixWorksInPlaceOfTheLabel() {
		assertThat(this.branched.resolve("2b00@head", rows())).containsExactly(Branched.TOP);
	}

	@Test
	void labelAtHeadWithSeveralHeadsIsRefused() {
		assertRefused(this.unmerged, "1000@head", rows(), "Multiple heads are present for '1000@head':"
				+ " 2b0000000000, 3a0000000000; name one of them, use 'heads', or merge them");
	}

	@Test
	void anUnknownLabelAtHeadCannotBeLocated() {
		assertRefused(this.labelled, "shipping@head", rows(), "Can't locate revision identified by 'shipping'");
	}

	@Test
	void plusNMovesUpFromTheCurrentRows() {
		assertThat(this.linear.resolve("+1", rows())).containsExactly(Linear.A);
		assertThat(this.linear.resolve("+1", rows(Linear.A))).containsExactly(Linear.B);
		assertThat(this.linear.resolve("+2", rows(Linear.A))).containsExactly(Linear.C);
	}

	@Test
	void plusNFollowsTheUpgradePathToTheHeadAcrossBranches() {
		assertThat(this.branched.resolve("+2", rows(Branched.ROOT))).containsExactly(Branched.LEFT, Branched.RIGHT);
		assertThat(this.branched.resolve("+4", rows(Branched.ROOT))).containsExactly(Branched.MERGE);
	}

	@Test
	void plusNPastTheHeadIsRefused() {
		assertRefused(this.linear, "+2", rows(Linear.B),
				"Relative revision +2 goes past head: applying 1 already reaches head");
		assertRefused(RevisionGraph.of(List.of()), "+1", rows(),
				"Relative revision +1 goes past head: applying 0 already reaches head");
	}

	@Test
	void plusNWithSeveralHeadsIsRefused() {
		assertRefused(this.unmerged, "+1", rows(Branched.ROOT), "Multiple heads are present: 2b0000000000,"
				+ " 3a0000000000; name one of them, use 'heads', or merge them");
	}

	@Test
	void minusNRevertsFromTheCurrentRow() {
		assertThat(this.linear.resolve("-1", rows(Linear.C))).containsExactly(Linear.B);
		assertThat(this.linear.resolve("-2", rows(Linear.C))).containsExactly(Linear.A);
		assertThat(this.linear.resolve("-3", rows(Linear.C))).isEmpty();
	}

	@Test
	void minusNPastBaseIsRefused() {
		assertRefused(this.linear, "-4", rows(Linear.C),
				"Relative revision -4 goes past base: reverting 3 already reaches base");
	}

	@Test
	void minusOneFromAMergeRevisionNamesBothParents() {
		assertThat(this.branched.resolve("-1", rows(Branched.MERGE))).containsExactly(Branched.RIGHT, Branched.LEFT2);
	}

	@Test
	void minusNThroughAMergeRevisionAsksForAnExplicitTarget() {
		assertRefused(this.branched, "-2", rows(Branched.MERGE), "Relative revision -2 needs one current revision to"
				+ " step back from, but the database is at 2b0000000000, 3a0000000000 after reverting 1; downgrade to"
				+ " an explicit target instead, such as one of these");
	}

	@Test
	void minusNWithSeveralCurrentRowsAsksForAnExplicitTarget() {
		assertRefused(this.unmerged, "-1", rows(Branched.LEFT2, Branched.RIGHT), "Relative revision -1 needs one"
				+ " current revision to step back from, but the database is at 2b0000000000, 3a0000000000; downgrade"
				+ " to an explicit target instead, such as one of these");
	}

	@Test
	void aDependencyDoesNotMergeRowsSoMinusNStillSeesSeveral() {
		Set<String> current = rows(Labelled.USERS2, Labelled.BILLING2);

		assertRefused(this.labelled, "-1", current, "Relative revision -1 needs one current revision to step back"
				+ " from, but the database is at a00000000002, b00000000002; downgrade to an explicit target instead,"
				+ " such as one of these");
	}

	@Test
	void idPlusNWalksUpThroughTheOnlyChild() {
		assertThat(this.linear.resolve("aaaa+2", rows())).containsExactly(Linear.C);
		assertThat(this.branched.resolve("2a00+1", rows())).containsExactly(Branched.LEFT2);
	}

	@Test
	void idMinusNWalksDownThroughTheOnlyParent() {
		assertThat(this.linear.resolve("cccc-2", rows())).containsExactly(Linear.A);
	}

	@Test
	void oneStepDownFromABaseIsBase() {
		assertThat(this.linear.resolve("aaaa-1", rows())).isEmpty();
	}

	@Test
	void walkingPastBaseIsRefused() {
		assertRefused(this.linear, "bbbb-3", rows(), "'bbbb-3' goes past base");
	}

	@Test
	void walkingPastTheHeadIsRefused() {
		assertRefused(this.linear, "bbbb+2", rows(), "'bbbb+2' goes past the heads: nothing follows cccccccccccc");
		assertRefused(RevisionGraph.of(List.of()), "base+1", rows(),
				"'base+1' goes past the heads: nothing follows base");
	}

	@Test
	void walkingUpFromABranchPointIsAmbiguous() {
		assertRefused(this.branched, "1000+1", rows(), "'1000+1' is ambiguous: from 100000000000 it could go to"
				+ " 2a0000000000 or 2b0000000000; name the revision instead");
	}

	@Test
	void walkingDownFromAMergeRevisionIsAmbiguous() {
		assertRefused(this.branched, "5e00-2", rows(), "'5e00-2' is ambiguous: from 4d0000000000 it could go to"
				+ " 3a0000000000 or 2b0000000000; name the revision instead");
	}

	@Test
	void walksStartFromAnyTargetNamingOneRevision() {
		assertThat(this.linear.resolve("head-1", rows())).containsExactly(Linear.B);
		assertThat(this.linear.resolve("base+1", rows())).containsExactly(Linear.A);
		assertThat(this.linear.resolve("current+1", rows(Linear.A))).containsExactly(Linear.B);
		assertThat(this.labelled.resolve("users@head-1", rows())).containsExactly(Labelled.USERS1);
		assertThat(this.labelled.resolve("billing+2", rows())).containsExactly(Labelled.BILLING3);
	}

	@Test
	void aWalkFromSeveralRevisionsIsRefused() {
		assertRefused(this.unmerged, "heads-1", rows(),
				"'heads-1' walks from several revisions (2b0000000000, 3a0000000000); start from one of them");
	}

	@Test
	void resolveRefusesACurrentRowNoRevisionDeclares() {
		assertThatThrownBy(() -> this.linear.resolve("head", rows("9c1d00000000")))
			.hasMessageStartingWith("Can't locate revision identified by '9c1d00000000' (it is recorded in the"
					+ " database's version table");
	}

	private static void assertRefused(RevisionGraph graph, String target, Set<String> current, String message) {
		assertThatThrownBy(() -> graph.resolve(target, current)).isInstanceOf(RevisionGraphException.class)
			.hasMessage(message);
	}

	/** Ids that share prefixes: 3f2a91c0d1b2 and 3f2a00000000 share '3f2a', 3f2b00000000 does not. */
	private static RevisionGraph prefixes() {
		return RevisionGraph.ofClasses(List.of(First.class, Second.class, Third.class));
	}

	@Revision(id = "3f2a91c0d1b2", created = "2025-04-01T00:00:00Z")
	public static class First extends NoOpMigration {

	}

	@Revision(id = "3f2a00000000", revises = "3f2a91c0d1b2", created = "2025-04-02T00:00:00Z")
	public static class Second extends NoOpMigration {

	}

	@Revision(id = "3f2b00000000", revises = "3f2a00000000", created = "2025-04-03T00:00:00Z")
	public static class Third extends NoOpMigration {

	}

}
