package dev.migrations.core.runtime;

import static dev.migrations.core.runtime.ShopRevisions.ORDERS;
import static dev.migrations.core.runtime.ShopRevisions.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionSet;
import dev.migrations.testsupport.FreshDatabase;

/**
 * A start whose revision classes are byte-for-byte those last verified against the database (their fingerprint is
 * in the history) knows the database is up to date without loading, rendering or validating a revision; any other
 * start does the full work, and records its own fingerprint once it finds everything in order.
 */
class VerifiedClassesTest {

	private static final String CLASSES = "a".repeat(64);

	private static final String REBUILT_CLASSES = "b".repeat(64);

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private DataSource dataSource;

	private final AtomicInteger graphsBuilt = new AtomicInteger();

	@BeforeEach
	void newDatabase() {
		this.dataSource = server.newDatabase().dataSource();
	}

	private Migrator migrator(String fingerprint, MigrationSettings settings) {
		RevisionSet revisions = RevisionSet.of(fingerprint, () -> {
			this.graphsBuilt.incrementAndGet();
			return RevisionGraph.ofClasses(ShopRevisions.ALL);
		});
		return new Migrator(this.dataSource, revisions, settings, List.of());
	}

	private Migrator migrator(String fingerprint) {
		return migrator(fingerprint, MigrationSettings.defaults());
	}

	@Test
	void anUpgradeToTheHeadRecordsTheClassesThatMadeIt() throws SQLException {
		migrator(CLASSES).upgrade("head");

		assertThat(query("SELECT revision, verified_classes FROM migrations_history ORDER BY id DESC LIMIT 1"))
			.isEqualTo(ORDERS + " " + CLASSES);
	}

	@Test
	void theNextStartWithTheSameClassesLoadsNoRevision() {
		migrator(CLASSES).upgrade("head");
		this.graphsBuilt.set(0);

		MigrationResult result = migrator(CLASSES).upgrade("head");

		assertThat(result.revisions()).isEmpty();
		assertThat(result.after()).containsExactly(ORDERS);
		assertThat(this.graphsBuilt).hasValue(0);
		assertThat(migrator(CLASSES).pending("head")).isEmpty();
		assertThat(this.graphsBuilt).hasValue(0);
	}

	@Test
	void otherClassesAreValidatedInFullThenRecorded() throws SQLException {
		migrator(CLASSES).upgrade("head");
		this.graphsBuilt.set(0);

		migrator(REBUILT_CLASSES).upgrade("head");
		assertThat(this.graphsBuilt).hasValue(1);
		assertThat(query("SELECT verified_classes FROM migrations_history ORDER BY id DESC LIMIT 1"))
			.isEqualTo(REBUILT_CLASSES);

		migrator(REBUILT_CLASSES).upgrade("head");
		assertThat(this.graphsBuilt).hasValue(1);
	}

	@Test
	void otherClassesStillHaveTheirChecksumsValidated() throws SQLException {
		migrator(CLASSES).upgrade("head");
		execute("UPDATE migrations_history SET checksum = repeat('0', 64) WHERE revision = '" + PHONE + "'");

		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> migrator(REBUILT_CLASSES).upgrade("head"))
			.withMessageContaining("Revision " + PHONE + " (add user phone number) has changed since it was applied");
	}

	@Test
	void aDatabaseMovedSinceTheVerificationIsNotTrusted() throws SQLException {
		migrator(CLASSES).upgrade("head");
		migrator(CLASSES).downgrade("-1");
		this.graphsBuilt.set(0);

		MigrationResult result = migrator(CLASSES).upgrade("head");

		assertThat(result.revisions()).extracting(AppliedRevision::revision).containsExactly(ORDERS);
		assertThat(this.graphsBuilt).hasValue(1);
	}

	@Test
	void aVersionRowChangedByHandIsNotTrusted() throws SQLException {
		migrator(CLASSES).upgrade("head");
		execute("UPDATE migrations_version SET version_num = '" + PHONE + "'");
		this.graphsBuilt.set(0);

		assertThat(migrator(CLASSES).pending("head")).extracting((revision) -> revision.id()).containsExactly(ORDERS);
		assertThat(this.graphsBuilt).hasValue(1);
	}

	@Test
	void withChecksumValidationOffNothingIsRecordedOrTrusted() throws SQLException {
		MigrationSettings trusting = MigrationSettings.defaults().withValidateChecksums(false);
		migrator(CLASSES, trusting).upgrade("head");
		assertThat(query("SELECT count(verified_classes) FROM migrations_history")).isEqualTo("0");

		migrator(CLASSES).upgrade("head");
		this.graphsBuilt.set(0);
		migrator(CLASSES, trusting).upgrade("head");

		assertThat(this.graphsBuilt).hasValue(1);
	}

	@Test
	void aReadOnlyDatabaseAtTheHeadStillPassesTheCheckWithoutTheShortcut() throws SQLException {
		migrator(CLASSES).upgrade("head");
		execute("ALTER DATABASE " + query("SELECT current_database()") + " SET default_transaction_read_only = on");

		MigrationResult result = migrator(REBUILT_CLASSES).upgrade("head");

		assertThat(result.revisions()).isEmpty();
		assertThat(result.after()).containsExactly(ORDERS);
		assertThat(query("SELECT verified_classes FROM migrations_history ORDER BY id DESC LIMIT 1"))
			.isEqualTo(CLASSES);
	}

	@Test
	void aHistoryTableFromAnEarlierVersionGetsTheColumnAtTheNextUpgrade() throws SQLException {
		migrator(CLASSES).upgrade("head");
		execute("ALTER TABLE migrations_history DROP COLUMN verified_classes");

		assertThat(migrator(CLASSES).upgrade("head").revisions()).isEmpty(); // validated in full, nothing recorded
		migrator(CLASSES).downgrade("-1");
		migrator(CLASSES).upgrade("head");

		assertThat(query("SELECT revision, verified_classes FROM migrations_history ORDER BY id DESC LIMIT 1"))
			.isEqualTo(ORDERS + " " + CLASSES);
	}

	private String query(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			StringBuilder row = new StringBuilder(String.valueOf(result.getString(1)));
			for (int column = 2; column <= result.getMetaData().getColumnCount(); column++) {
				row.append(' ').append(result.getString(column));
			}
			return row.toString();
		}
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
