package dev.migrations.core.revision;

import java.util.List;

import dev.migrations.core.revision.RevisionFixtures.Branched;
import dev.migrations.core.revision.RevisionFixtures.Labelled;
import dev.migrations.core.revision.RevisionFixtures.Linear;
import org.junit.jupiter.api.Test;

import static dev.migrations.core.revision.RevisionFixtures.ids;
import static dev.migrations.core.revision.RevisionFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which revisions {@link RevisionGraph#range} lists for history, newest first. */
class RevisionRangesTest {

	private final RevisionGraph linear = Linear.graph();

	private final RevisionGraph branched = Branched.graph();

	@Test
	void aRangeListsBothEndsAndEverythingBetweenNewestFirst() {
		assertThat(ids(this.linear.range("aaaa:cccc", rows()))).containsExactly(Linear.C, Linear.B, Linear.A);
	}

	@Test
	void anOpenStartReachesBackToBase() {
		assertThat(ids(this.linear.range(":bbbb", rows()))).containsExactly(Linear.B, Linear.A);
	}

	@Test
	void anOpenEndReachesUpToTheHeads() {
		assertThat(ids(this.linear.range("bbbb:", rows()))).containsExactly(Linear.C, Linear.B);
	}

	@Test
	void aColonAloneListsEveryRevision() {
		assertThat(ids(this.branched.range(":", rows()))).containsExactly(Branched.TOP, Branched.MERGE,
				Branched.LEFT2, Branched.RIGHT, Branched.LEFT, Branched.ROOT);
	}

	@Test
	void aSingleTargetListsTheRevisionsItNames() {
		assertThat(ids(this.linear.range("bbbb", rows()))).containsExactly(Linear.B);
		assertThat(ids(Branched.unmerged().range("heads", rows()))).containsExactly(Branched.LEFT2, Branched.RIGHT);
	}

	@Test
	void eachSideTakesAnyTargetForm() {
		assertThat(ids(this.linear.range("base:head", rows()))).containsExactly(Linear.C, Linear.B, Linear.A);
		assertThat(ids(this.linear.range("head-1:", rows()))).containsExactly(Linear.C, Linear.B);
		assertThat(ids(this.linear.range("current:", rows(Linear.B)))).containsExactly(Linear.C, Linear.B);
		assertThat(ids(this.linear.range(":current", rows(Linear.B)))).containsExactly(Linear.B, Linear.A);
	}

	@Test
	void aRangeAcrossAMergeLeavesOutTheOtherBranchAndWhatCameBefore() {
		assertThat(ids(this.branched.range("2a00:5e00", rows()))).containsExactly(Branched.TOP, Branched.MERGE,
				Branched.LEFT2, Branched.LEFT);
	}

	@Test
	void aRangeFollowsDependenciesAcrossBranches() {
		assertThat(ids(Labelled.graph().range("users:billing@head", rows()))).containsExactly(Labelled.BILLING3,
				Labelled.BILLING2, Labelled.USERS2, Labelled.USERS1);
	}

	@Test
	void aRangeWhoseStartIsNotAnAncestorOfItsEndIsRefused() {
		assertThatThrownBy(() -> Branched.unmerged().range("2b00:3a00", rows()))
			.isInstanceOf(RevisionGraphException.class)
			.hasMessage("Revision 2b0000000000 is not an ancestor of revision 3a00");
		assertThatThrownBy(() -> this.linear.range("cccc:aaaa", rows()))
			.hasMessage("Revision cccccccccccc is not an ancestor of revision aaaa");
	}

	@Test
	void aRangeEndingAtBaseIsEmpty() {
		assertThat(this.linear.range(":base", rows())).isEmpty();
	}

	@Test
	void theEmptyGraphHasAnEmptyHistory() {
		assertThat(RevisionGraph.of(List.of()).range(":", rows())).isEmpty();
	}

	@Test
	void aRangeRefusesAnUnknownSide() {
		assertThatThrownBy(() -> this.linear.range("aaaa:9c1d00000000", rows()))
			.hasMessage("Can't locate revision identified by '9c1d00000000'");
	}

}
