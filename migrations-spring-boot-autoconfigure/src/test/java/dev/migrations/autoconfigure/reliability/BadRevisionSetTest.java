package dev.migrations.autoconfigure.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.migrations.core.postgres.Sql;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

/**
 * Each kind of broken revision set stops the application's start before any DDL, with a message that names the
 * revisions and classes involved and says what to do. The revision classes are in the sub-packages of
 * {@value #BAD}, one package per case.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadRevisionSetTest {

	private static final String BAD = "dev.migrations.autoconfigure.reliability.revisions.bad";

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private TestDatabase database;

	@BeforeEach
	void newDatabase() {
		this.database = server.newDatabase();
	}

	@Test
	void aDuplicateId(CapturedOutput output) throws SQLException {
		refusedBeforeAnyDdl(output, "duplicate", "revision id bad000000001 is declared by both " + BAD
				+ ".duplicate.CreateInvoices and " + BAD + ".duplicate.CreateOrders; give one of them an id of its own");
	}

	@Test
	void oneIdInTwoPackages(CapturedOutput output) throws SQLException {
		refusedBeforeAnyDdl(output, "twopackages", "revision id bad000000004 is declared by both " + BAD
				+ ".twopackages.billing.CreateInvoices and " + BAD + ".twopackages.shipping.CreateShipments; give one of"
				+ " them an id of its own");
	}

	@Test
	void anUnknownParent(CapturedOutput output) throws SQLException {
		refusedBeforeAnyDdl(output, "orphan", "revision bad000000002 revises 0f0f0f0f0f0f, which does not exist;"
				+ " fix revises in " + BAD + ".orphan.CreateOrders or add the missing revision class");
	}

	@Test
	void aCycle(CapturedOutput output) throws SQLException {
		refusedBeforeAnyDdl(output, "cycle", "revisions form a cycle: bad0000000c1 -> bad0000000c3 -> bad0000000c2"
				+ " -> bad0000000c1 (each revises or depends on the next)");
	}

	@Test
	void twoHeads(CapturedOutput output) throws SQLException {
		refusedBeforeAnyDdl(output, "heads", "Multiple heads are present: bad0000000a1, bad0000000a2; run mvn"
				+ " spring-boot:run -Dmigrate.merge=\"merge heads\"");
	}

	@Test
	void anEmptyId(CapturedOutput output) throws SQLException {
		refusedBeforeAnyDdl(output, "emptyid", "revision id '' in " + BAD + ".emptyid.CreateOrders must be 12"
				+ " lowercase hexadecimal characters");
	}

	@Test
	void aMalformedId(CapturedOutput output) throws SQLException {
		refusedBeforeAnyDdl(output, "malformedid", "revision id 'Add-Orders-1' in " + BAD
				+ ".malformedid.CreateOrders must be 12 lowercase hexadecimal characters");
	}

	@Test
	void aClassAnnotatedButNotAMigration(CapturedOutput output) throws SQLException {
		refusedBeforeAnyDdl(output, "notmigration", BAD + ".notmigration.CreateOrders is annotated with @Revision"
				+ " but does not implement dev.migrations.core.revision.Migration: add implements Migration");
	}

	@Test
	void aDatabaseRevisionNoClassKnows(CapturedOutput output) throws SQLException {
		new Sql(this.database.dataSource()).run((op) -> op.execute("CREATE TABLE migrations_version"
				+ " (version_num varchar(32) PRIMARY KEY); INSERT INTO migrations_version VALUES ('9c1d00000000')"));
		refusedBeforeAnyDdl(output, "changed.before", "Can't locate revision identified by '9c1d00000000'",
				"Deploy the code that has it, or stamp a revision you know the database matches with purge");
	}

	@Test
	void anAppliedRevisionWhoseContentChanged(CapturedOutput output) throws SQLException {
		new Migrator(this.database.dataSource(),
				RevisionGraph.ofClasses(List.of(
						dev.migrations.autoconfigure.reliability.revisions.bad.changed.before.CreateOrders.class)),
				MigrationSettings.defaults())
			.upgrade("head");
		refusedBeforeAnyDdl(output, "changed.after", "Revision bad0000000b0 (create orders) has changed since it was"
				+ " applied", "revert the edit to " + BAD + ".changed.after.CreateOrders and put the change in a new"
						+ " revision");
	}

	private void refusedBeforeAnyDdl(CapturedOutput output, String casePackage, String... message)
			throws SQLException {
		CatalogSnapshot before = CatalogSnapshot.of(this.database.dataSource());

		FailedStart.run("spring.datasource.url=" + this.database.jdbcUrl(),
				"spring.datasource.username=" + this.database.username(),
				"spring.datasource.password=" + this.database.password(), "migrations.packages=" + BAD + "." + casePackage);

		FailedStart.assertReported(output, message);
		assertThat(CatalogSnapshot.of(this.database.dataSource())).isEqualTo(before);
	}

}
