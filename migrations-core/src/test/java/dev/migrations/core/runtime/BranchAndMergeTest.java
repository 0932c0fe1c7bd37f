package dev.migrations.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.support.BranchedRevisions.Base;
import dev.migrations.core.support.BranchedRevisions.Invoices;
import dev.migrations.core.support.BranchedRevisions.Merge;
import dev.migrations.core.support.BranchedRevisions.Notes;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;

/** Two developers branch from one revision; a merge revision joins their heads. */
class BranchAndMergeTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private DataSource dataSource;

	@BeforeEach
	void newDatabase() {
		this.dataSource = server.newDatabase().dataSource();
	}

	private Migrator migrator(Class<?>... revisions) {
		return new Migrator(this.dataSource, RevisionGraph.ofClasses(List.of(revisions)), MigrationSettings.defaults());
	}

	@Test
	void twoHeadsAreRefusedAsHeadButUpgradeToHeadsAppliesBoth() throws SQLException {
		Migrator branched = migrator(Base.class, Invoices.class, Notes.class);

		assertThatExceptionOfType(RevisionGraphException.class).isThrownBy(() -> branched.upgrade("head"))
			.withMessageContaining("Multiple heads are present: 1a1a1a1a1a1a, 2b2b2b2b2b2b");

		assertThat(branched.upgrade("heads").after()).containsExactlyInAnyOrder("1a1a1a1a1a1a", "2b2b2b2b2b2b");
		assertThat(CatalogSnapshot.of(this.dataSource).tableNames()).contains("public.invoices", "public.notes");
	}

	@Test
	void aMergeRevisionJoinsTheHeadsIntoOneRow() {
		migrator(Base.class, Invoices.class, Notes.class).upgrade("heads");
		Migrator merged = migrator(Base.class, Invoices.class, Notes.class, Merge.class);

		assertThat(merged.upgrade("head").after()).containsExactly("3c3c3c3c3c3c");
		assertThat(merged.currentRevisions()).containsExactly("3c3c3c3c3c3c");
	}

	@Test
	void downgradingTheMergeRevisionLeavesBothParentsCurrent() {
		Migrator merged = migrator(Base.class, Invoices.class, Notes.class, Merge.class);
		merged.upgrade("head");

		assertThat(merged.downgrade("-1").after()).containsExactlyInAnyOrder("1a1a1a1a1a1a", "2b2b2b2b2b2b");

	}

	@Test
	void downgradingToTheBranchPointRevertsBothBranches() throws SQLException {
		Migrator merged = migrator(Base.class, Invoices.class, Notes.class, Merge.class);
		merged.upgrade("head");

		assertThat(merged.downgrade("1a1a1a1a1a1a-1").after()).containsExactly("0f0f0f0f0f0f");

		assertThat(CatalogSnapshot.of(this.dataSource).tableNames()).contains("public.customers")
			.doesNotContain("public.invoices", "public.notes");
	}

}
