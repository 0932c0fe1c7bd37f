package dev.migrations.core.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.migrations.core.revision.RevisionFixtures.Branched;
import dev.migrations.core.revision.RevisionFixtures.Labelled;
import dev.migrations.core.revision.RevisionFixtures.Linear;
import org.junit.jupiter.api.Test;

import static dev.migrations.core.revision.RevisionFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionGraphTest {

	@Test
	void anEmptyGraphIsValidAndHasNoHeadsOrBases() {
		RevisionGraph graph = RevisionGraph.of(List.of());

		assertThat(graph.revisions()).isEmpty();
		assertThat(graph.heads()).isEmpty();
		assertThat(graph.bases()).isEmpty();
	}

	@Test
	void revisionsListParentsBeforeChildren() {
		assertThat(ids(Linear.graph().revisions())).containsExactly(Linear.A, Linear.B, Linear.C);
	}

	@Test
	void revisionsListDependenciesBeforeTheRevisionsThatNeedThem() {
		assertThat(ids(Labelled.graph().revisions())).containsExactly(Labelled.BILLING1, Labelled.USERS1,
				Labelled.USERS2, Labelled.BILLING2, Labelled.BILLING3);
	}

	@Test
	void revisionsFreeToComeInAnyOrderComeOldestFirstThenById() {
		RevisionGraph graph = RevisionGraph
			.ofClasses(List.of(LaterLowId.class, EarlierHighId.class, SameTimeHighId.class, Undated.class));

		assertThat(ids(graph.revisions())).containsExactly("dddddddddddd", "eeeeeeeeeeee", "111111111111",
				"ffffffffffff");
	}

	@Test
	void theOrderDoesNotDependOnTheOrderTheRevisionsWereFound() {
		List<Class<?>> classes = new ArrayList<>(List.of(Branched.Root.class, Branched.Left.class,
				Branched.Left2.class, Branched.Right.class, Branched.Merge.class, Branched.Top.class));
		List<String> expected = ids(Branched.graph().revisions());
		Random random = new Random(42);
		for (int attempt = 0; attempt < 20; attempt++) {
			Collections.shuffle(classes, random);
			assertThat(ids(RevisionGraph.ofClasses(classes).revisions())).isEqualTo(expected);
		}
	}

	@Test
	void aLinearGraphHasOneHeadAndOneBase() {
		RevisionGraph graph = Linear.graph();

		assertThat(ids(graph.heads())).containsExactly(Linear.C);
		assertThat(ids(graph.bases())).containsExactly(Linear.A);
		assertThat(graph.branchPoints()).isEmpty();
		assertThat(graph.mergePoints()).isEmpty();
	}

	@Test
	void aBranchPointHasSeveralChildrenAndAMergePointSeveralParents() {
		RevisionGraph graph = Branched.graph();

		assertThat(ids(graph.branchPoints())).containsExactly(Branched.ROOT);
		assertThat(ids(graph.children(Branched.ROOT))).containsExactly(Branched.LEFT, Branched.RIGHT);
		assertThat(ids(graph.mergePoints())).containsExactly(Branched.MERGE);
		assertThat(ids(graph.heads())).containsExactly(Branched.TOP);
	}

	@Test
	void unmergedBranchesAreSeveralHeads() {
		RevisionGraph graph = Branched.unmerged();

		assertThat(ids(graph.heads())).containsExactly(Branched.RIGHT, Branched.LEFT2);
		assertThat(graph.isHead(Branched.RIGHT)).isTrue();
		assertThat(graph.isHead(Branched.LEFT)).isFalse();
	}

	@Test
	void aDependencyIsNeitherAParentNorAChild() {
		RevisionGraph graph = Labelled.graph();

		assertThat(graph.children(Labelled.USERS2)).isEmpty();
		assertThat(ids(graph.heads())).containsExactly(Labelled.USERS2, Labelled.BILLING3);
		assertThat(ids(graph.bases())).containsExactly(Labelled.BILLING1, Labelled.USERS1);
	}

	@Test
	void getFindsARevisionByItsFullId() {
		assertThat(Linear.graph().get(Linear.B).type()).isEqualTo(Linear.RevB.class);
	}

	@Test
	void getRefusesAnUnknownId() {
		assertThatThrownBy(() -> Linear.graph().get("9c1d00000000")).isInstanceOf(RevisionGraphException.class)
			.hasMessage("Can't locate revision identified by '9c1d00000000'");
		assertThatThrownBy(() -> Linear.graph().children("9c1d00000000"))
			.hasMessage("Can't locate revision identified by '9c1d00000000'");
	}

	@Test
	void refusesAnIdDeclaredByTwoClassesNamingBoth() {
		assertThatThrownBy(() -> RevisionGraph.ofClasses(List.of(Linear.RevA.class, SameIdAsA.class)))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("revision id aaaaaaaaaaaa is declared by both " + Linear.RevA.class.getName() + " and "
					+ SameIdAsA.class.getName() + "; give one of them an id of its own (the revision command picks a random"
					+ " one) and update the revises of the revisions on top of it");
	}

	@Test
	void aClassFoundTwiceIsOneRevision() {
		assertThat(RevisionGraph.ofClasses(List.of(Linear.RevA.class, Linear.RevA.class)).revisions()).hasSize(1);
	}

	@Test
	void refusesAParentThatDoesNotExist() {
		assertThatThrownBy(() -> RevisionGraph.ofClasses(List.of(UnknownParent.class)))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("revision 3f2a91c0d1b2 revises 9c1d00000000, which does not exist; fix revises in "
					+ UnknownParent.class.getName() + " or add the missing revision class");
	}

	@Test
	void refusesADependencyThatDoesNotExist() {
		assertThatThrownBy(() -> RevisionGraph.ofClasses(List.of(UnknownDependency.class)))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("revision 3f2a91c0d1b3 depends on 9c1d00000000, which does not exist; fix dependsOn in "
					+ UnknownDependency.class.getName() + " or add the missing revision class");
	}

	@Test
	void refusesACycleNamingTheRevisionsInIt() {
		assertThatThrownBy(() -> RevisionGraph.ofClasses(List.of(CycleStart.class, CycleX.class, CycleY.class,
				CycleZ.class, AfterCycle.class)))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("revisions form a cycle: c00000000001 -> c00000000003 -> c00000000002 -> c00000000001"
					+ " (each revises or depends on the next); a revision can only revise or depend on older"
					+ " revisions");
	}

	@Test
	void refusesABranchLabelDeclaredByTwoRevisions() {
		assertThatThrownBy(() -> RevisionGraph.ofClasses(List.of(Labelled.Users1.class, AlsoUsers.class)))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("branch label 'users' is declared by both revision a00000000001 in "
					+ Labelled.Users1.class.getName() + " and revision a00000000009 in " + AlsoUsers.class.getName());
	}

	@Test
	void ofClassesRefusesAClassThatIsNotARevision() {
		assertThatThrownBy(() -> RevisionGraph.ofClasses(List.of(Linear.RevA.class, String.class)))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("java.lang.String is not a revision: it is not annotated with @Revision");
	}

	@Test
	void validateCurrentAcceptsRowsThatAreRevisions() {
		assertThatNoException().isThrownBy(() -> Branched.unmerged()
			.validateCurrent(Set.of(Branched.LEFT2, Branched.RIGHT)));
	}

	@Test
	void validateCurrentRefusesARowNoRevisionDeclares() {
		assertThatThrownBy(() -> Linear.graph().validateCurrent(Set.of(Linear.A, "9c1d00000000")))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("Can't locate revision identified by '9c1d00000000' (it is recorded in the database's version"
					+ " table, but no revision class declares it: is the class missing from the scanned packages, or was"
					+ " the database migrated by a newer build? Deploy the code that has it, or stamp a revision you"
					+ " know the database matches with purge: -Dmigrate.stamp=<revision> -Dmigrate.purge)");
	}

	@Revision(id = "111111111111", created = "2025-01-02T00:00:00Z")
	public static class LaterLowId extends NoOpMigration {

	}

	@Revision(id = "eeeeeeeeeeee", created = "2025-01-01T00:00:00Z")
	public static class EarlierHighId extends NoOpMigration {

	}

	@Revision(id = "ffffffffffff", created = "2025-01-02T00:00:00Z")
	public static class SameTimeHighId extends NoOpMigration {

	}

	@Revision(id = "dddddddddddd")
	public static class Undated extends NoOpMigration {

	}

	@Revision(id = Linear.A)
	public static class SameIdAsA extends NoOpMigration {

	}

	@Revision(id = "3f2a91c0d1b2", revises = "9c1d00000000")
	public static class UnknownParent extends NoOpMigration {

	}

	@Revision(id = "3f2a91c0d1b3", dependsOn = "9c1d00000000")
	public static class UnknownDependency extends NoOpMigration {

	}

	@Revision(id = "c00000000000")
	public static class CycleStart extends NoOpMigration {

	}

	@Revision(id = "c00000000001", revises = "c00000000003")
	public static class CycleX extends NoOpMigration {

	}

	@Revision(id = "c00000000002", revises = { "c00000000000", "c00000000001" })
	public static class CycleY extends NoOpMigration {

	}

	@Revision(id = "c00000000003", revises = "c00000000000", dependsOn = "c00000000002")
	public static class CycleZ extends NoOpMigration {

	}

	@Revision(id = "c00000000004", revises = "c00000000001")
	public static class AfterCycle extends NoOpMigration {

	}

	@Revision(id = "a00000000009", branchLabels = "users")
	public static class AlsoUsers extends NoOpMigration {

	}

}
