package dev.migrations.core.runtime;

import static dev.migrations.core.runtime.ShopRevisions.ORDERS;
import static dev.migrations.core.runtime.ShopRevisions.PHONE;
import static dev.migrations.core.runtime.ShopRevisions.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.operation.TimestampPolicy;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.revision.RevisionSet;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;

class MigratorTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private DataSource dataSource;

	@BeforeEach
	void newDatabase() {
		this.dataSource = server.newDatabase().dataSource();
	}

	private Migrator migrator(List<Class<?>> revisions) {
		return new Migrator(this.dataSource, RevisionGraph.ofClasses(revisions), MigrationSettings.defaults());
	}

	private Migrator shop() {
		return migrator(ShopRevisions.ALL);
	}

	@Test
	void upgradeFromBaseToHeadCreatesEveryTableAndRecordsTheHead() throws SQLException {
		MigrationResult result = shop().upgrade("head");

		assertThat(result.revisions()).extracting(AppliedRevision::revision).containsExactly(USERS, PHONE, ORDERS);
		assertThat(result.before()).isEmpty();
		assertThat(result.after()).containsExactly(ORDERS);
		assertThat(CatalogSnapshot.of(this.dataSource).tableNames()).containsExactlyInAnyOrder("public.users",
				"public.order", "public.migrations_version", "public.migrations_history");
		assertThat(CatalogSnapshot.of(this.dataSource).lines()).contains(
				"  column public.users.created_at timestamp with time zone not null default now()");
		assertThat(shop().currentRevisions()).containsExactly(ORDERS);
		assertThat(shop().history()).extracting(HistoryEntry::revision, HistoryEntry::direction).containsExactly(
				org.assertj.core.groups.Tuple.tuple(USERS, "upgrade"), org.assertj.core.groups.Tuple.tuple(PHONE, "upgrade"),
				org.assertj.core.groups.Tuple.tuple(ORDERS, "upgrade"));
	}

	@Test
	void upgradeWhenAtHeadDoesNothing() {
		shop().upgrade("head");

		MigrationResult again = shop().upgrade("head");

		assertThat(again.revisions()).isEmpty();
		assertThat(again.after()).containsExactly(ORDERS);
	}

	@Test
	void downgradeToBaseLeavesOnlyTheBookkeepingTables() throws SQLException {
		shop().upgrade("head");

		MigrationResult result = shop().downgrade("base");

		assertThat(result.revisions()).extracting(AppliedRevision::revision).containsExactly(ORDERS, PHONE, USERS);
		assertThat(CatalogSnapshot.of(this.dataSource).tableNames())
			.containsExactlyInAnyOrder("public.migrations_version", "public.migrations_history");
		assertThat(shop().currentRevisions()).isEmpty();
	}

	@Test
	void downgradeRestoresTheCatalogOfEachEarlierRevision() throws SQLException {
		List<CatalogSnapshot> snapshots = new ArrayList<>();
		snapshots.add(CatalogSnapshot.of(this.dataSource, "migrations_version", "migrations_history"));
		for (int i = 0; i < 3; i++) {
			shop().upgrade("+1");
			snapshots.add(CatalogSnapshot.of(this.dataSource, "migrations_version", "migrations_history"));
		}
		for (int i = 2; i >= 0; i--) {
			shop().downgrade("-1");
			assertThat(CatalogSnapshot.of(this.dataSource, "migrations_version", "migrations_history"))
				.isEqualTo(snapshots.get(i));
		}
	}

	@Test
	void relativeTargetsMoveOneRevisionAtATime() {
		assertThat(shop().upgrade("+2").after()).containsExactly(PHONE);
		assertThat(shop().upgrade("+1").after()).containsExactly(ORDERS);
		assertThat(shop().downgrade("-2").after()).containsExactly(USERS);
		assertThat(shop().upgrade(PHONE.substring(0, 6)).after()).containsExactly(PHONE);
	}

	@Test
	void stampRecordsARevisionWithoutRunningIt() throws SQLException {
		MigrationResult result = shop().stamp("head", false);

		assertThat(result.after()).containsExactly(ORDERS);
		assertThat(CatalogSnapshot.of(this.dataSource).tableNames())
			.containsExactlyInAnyOrder("public.migrations_version", "public.migrations_history");
		assertThat(shop().history()).extracting(HistoryEntry::direction).containsOnly("stamp");

		shop().stamp("base", false);
		assertThat(shop().currentRevisions()).isEmpty();
	}

	@Test
	void stampWithPurgeReplacesARevisionNoClassDeclares() throws SQLException {
		execute("CREATE TABLE migrations_version (version_num varchar(32) NOT NULL PRIMARY KEY);"
				+ " INSERT INTO migrations_version VALUES ('9c1d00000000')");

		assertThatExceptionOfType(RevisionGraphException.class).isThrownBy(() -> shop().stamp(USERS, false))
			.withMessageContaining("Can't locate revision identified by '9c1d00000000'");

		shop().stamp(USERS, true);
		assertThat(shop().currentRevisions()).containsExactly(USERS);
	}

	@Test
	void aDatabaseAtAnUnknownRevisionIsRefusedBeforeAnyDdl() throws SQLException {
		execute("CREATE TABLE migrations_version (version_num varchar(32) NOT NULL PRIMARY KEY);"
				+ " INSERT INTO migrations_version VALUES ('9c1d00000000')");
		CatalogSnapshot before = CatalogSnapshot.of(this.dataSource);

		assertThatExceptionOfType(RevisionGraphException.class).isThrownBy(() -> shop().upgrade("head"))
			.withMessageContaining("Can't locate revision identified by '9c1d00000000'");
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(before);
	}

	@Test
	void aRevisionFailingInItsThirdStatementLeavesNoTraceOfTheFirstTwo() throws SQLException {
		shop().upgrade("head");
		CatalogSnapshot atOrders = CatalogSnapshot.of(this.dataSource);
		List<Class<?>> revisions = new ArrayList<>(ShopRevisions.ALL);
		revisions.add(ShopRevisions.FailsOnThirdStatement.class);

		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> migrator(revisions).upgrade("head"))
			.satisfies((ex) -> {
				assertThat(ex.revision()).isEqualTo("d4d4d4d4d4d4");
				assertThat(ex.sqlState()).isEqualTo("42P01");
				assertThat(ex.statement()).isEqualTo("INSERT INTO no_such_table VALUES (1);");
				assertThat(ex.getMessage()).contains("Running upgrade " + ORDERS + " -> d4d4d4d4d4d4, broken on purpose",
						"statement 3 of 3", "SQLState 42P01", "the database is still at " + ORDERS);
			});
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(atOrders);
		assertThat(shop().currentRevisions()).containsExactly(ORDERS);
	}

	@Test
	void revisionsSentTogetherStillCommitOneByOneAndTheFailingOneIsNamed() throws SQLException {
		List<Class<?>> revisions = new ArrayList<>(ShopRevisions.ALL);
		revisions.add(ShopRevisions.FailsOnThirdStatement.class);
		List<String> heard = new ArrayList<>();
		Migrator migrator = new Migrator(this.dataSource, RevisionSet.of(RevisionGraph.ofClasses(revisions)),
				MigrationSettings.defaults(), List.of((revision) -> heard.add(revision.revision())));

		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> migrator.upgrade("head"))
			.satisfies((ex) -> {
				assertThat(ex.revision()).isEqualTo("d4d4d4d4d4d4");
				assertThat(ex.getMessage()).contains("Running upgrade " + ORDERS + " -> d4d4d4d4d4d4, broken on purpose",
						"failed at statement 3 of 3", "SQLState 42P01", "the database is still at " + ORDERS);
			});
		assertThat(heard).containsExactly(USERS, PHONE, ORDERS);
		assertThat(shop().currentRevisions()).containsExactly(ORDERS);
		assertThat(shop().history()).extracting(HistoryEntry::revision).containsExactly(USERS, PHONE, ORDERS);
		assertThat(CatalogSnapshot.of(this.dataSource).tableNames()).containsExactlyInAnyOrder("public.users",
				"public.order", "public.migrations_version", "public.migrations_history");
	}

	@Test
	void listenersHearEachRevisionWithTheDurationTheHistoryRecorded() {
		List<Class<?>> revisions = new ArrayList<>(ShopRevisions.ALL);
		revisions.add(ShopRevisions.Slow.class);
		List<AppliedRevision> heard = new ArrayList<>();
		new Migrator(this.dataSource, RevisionSet.of(RevisionGraph.ofClasses(revisions)), MigrationSettings.defaults(),
				List.of(heard::add)).upgrade("head");

		assertThat(heard).extracting(AppliedRevision::revision).containsExactly(USERS, PHONE, ORDERS, "f6f6f6f6f6f6");
		assertThat(heard).extracting(AppliedRevision::duration)
			.containsExactlyElementsOf(shop().history().stream().map(HistoryEntry::duration).toList());
		assertThat(heard.get(3).duration().toMillis()).isGreaterThanOrEqualTo(300);
	}

	@Test
	void inOneTransactionModeAFailureRollsBackEveryRevisionOfTheRun() throws SQLException {
		CatalogSnapshot empty = CatalogSnapshot.of(this.dataSource, "migrations_version", "migrations_history");
		List<Class<?>> revisions = new ArrayList<>(ShopRevisions.ALL);
		revisions.add(ShopRevisions.FailsOnThirdStatement.class);
		Migrator allOrNothing = new Migrator(this.dataSource, RevisionGraph.ofClasses(revisions),
				MigrationSettings.defaults().withTransactionMode(TransactionMode.ALL));

		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> allOrNothing.upgrade("head"))
			.withMessageContaining("The whole run was rolled back: the database is still at base");
		assertThat(CatalogSnapshot.of(this.dataSource, "migrations_version", "migrations_history")).isEqualTo(empty);
		assertThat(shop().currentRevisions()).isEmpty();
	}

	@Test
	void aFailureAtTheCommitIsReportedAsSuchAndLeavesNoTrace() throws SQLException {
		shop().upgrade("head");
		CatalogSnapshot atOrders = CatalogSnapshot.of(this.dataSource);
		List<Class<?>> revisions = new ArrayList<>(ShopRevisions.ALL);
		revisions.add(ShopRevisions.FailsAtCommit.class);

		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> migrator(revisions).upgrade("head"))
			.satisfies((ex) -> {
				assertThat(ex.sqlState()).isEqualTo("23503");
				assertThat(ex.getMessage()).contains("failed at the commit, where deferred constraints are checked",
						"SQLState 23503", "the database is still at " + ORDERS);
			});
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(atOrders);
		assertThat(shop().currentRevisions()).containsExactly(ORDERS);
	}

	@Test
	void theHistoryRecordsHowLongEachRevisionTookInEitherTransactionMode() {
		List<Class<?>> revisions = new ArrayList<>(ShopRevisions.ALL);
		revisions.addAll(List.of(ShopRevisions.Slow.class, ShopRevisions.AlsoSlow.class));
		migrator(revisions).upgrade(ORDERS);
		Migrator oneTransaction = new Migrator(this.dataSource, RevisionGraph.ofClasses(revisions),
				MigrationSettings.defaults().withTransactionMode(TransactionMode.ALL));

		oneTransaction.upgrade("head");
		migrator(revisions).downgrade(ORDERS);

		List<HistoryEntry> entries = shop().history().subList(3, 7);
		assertThat(entries).extracting((entry) -> entry.revision() + " " + entry.direction()).containsExactly(
				"f6f6f6f6f6f6 upgrade", "f7f7f7f7f7f7 upgrade", "f7f7f7f7f7f7 downgrade", "f6f6f6f6f6f6 downgrade");
		// each revision's own time: the second of one transaction is not charged with the first's 300 ms
		assertThat(entries.get(0).duration().toMillis()).isBetween(300L, 599L);
		assertThat(entries.get(1).duration().toMillis()).isBetween(200L, 499L);
		assertThat(entries.get(2).duration().toMillis()).isBetween(200L, 499L);
		assertThat(entries.get(3).duration().toMillis()).isBetween(300L, 599L);
	}

	@Test
	void aColumnMadeTimestampWithoutTimeZoneIsRefusedNamingTableAndColumn() throws SQLException {
		shop().upgrade("head");
		CatalogSnapshot before = CatalogSnapshot.of(this.dataSource);
		List<Class<?>> revisions = new ArrayList<>(ShopRevisions.ALL);
		revisions.add(ShopRevisions.LocalTimestamp.class);

		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> migrator(revisions).upgrade("head"))
			.withMessageContaining("Revision e5e5e5e5e5e5 (local times) makes column(s) order.shipped_at"
					+ " timestamp without time zone")
			.withMessageContaining("Nothing has run");
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(before);

		Migrator lenient = new Migrator(this.dataSource, RevisionGraph.ofClasses(revisions),
				MigrationSettings.defaults().withTimestampPolicy(TimestampPolicy.WARN));
		assertThat(lenient.upgrade("head").after()).containsExactly("e5e5e5e5e5e5");
	}

	@Test
	void anAppliedRevisionWhoseSqlChangedIsRefusedNamingIt() throws SQLException {
		shop().upgrade(USERS);
		execute("UPDATE migrations_history SET checksum = repeat('0', 64) WHERE revision = '" + USERS + "'");

		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> shop().upgrade("head"))
			.withMessageContaining("Revision " + USERS + " (create users) has changed since it was applied")
			.withMessageContaining(ShopRevisions.CreateUsers.class.getName());
		assertThat(shop().currentRevisions()).containsExactly(USERS);

		Migrator trusting = new Migrator(this.dataSource, RevisionGraph.ofClasses(ShopRevisions.ALL),
				MigrationSettings.defaults().withValidateChecksums(false));
		assertThat(trusting.upgrade("head").after()).containsExactly(ORDERS);
	}

	@Test
	void aVersionTableInAnotherSchemaIsCreatedThere() throws SQLException {
		Migrator migrator = new Migrator(this.dataSource, RevisionGraph.ofClasses(ShopRevisions.ALL),
				MigrationSettings.defaults().withVersionTable(dev.migrations.core.schema.QualifiedName.of("ops", "alembic_version")));

		migrator.upgrade("head");

		assertThat(CatalogSnapshot.of(this.dataSource).tableNames()).contains("ops.alembic_version",
				"ops.migrations_history");
		assertThat(migrator.currentRevisions()).containsExactly(ORDERS);
	}

	@Test
	void lockTimeoutMakesABlockedRevisionFailFastSayingWhatItWaitedFor() throws SQLException {
		shop().upgrade(PHONE);
		Migrator impatient = new Migrator(this.dataSource, RevisionGraph.ofClasses(ShopRevisions.ALL),
				MigrationSettings.defaults().withLockTimeout(java.time.Duration.ofMillis(300)));
		try (Connection blocker = this.dataSource.getConnection()) {
			blocker.setAutoCommit(false);
			try (Statement statement = blocker.createStatement()) {
				statement.execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE");
			}
			assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> impatient.upgrade("head"))
				.satisfies((ex) -> {
					assertThat(ex.sqlState()).isEqualTo("55P03");
					assertThat(ex.getMessage()).contains("lock_timeout", "CREATE TABLE \"order\"");
				});
			blocker.rollback();
		}
		assertThat(shop().currentRevisions()).containsExactly(PHONE);
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
