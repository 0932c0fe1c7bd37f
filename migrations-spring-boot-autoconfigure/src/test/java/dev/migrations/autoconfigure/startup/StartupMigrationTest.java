package dev.migrations.autoconfigure.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import dev.migrations.autoconfigure.RevisionScanner;
import dev.migrations.autoconfigure.startup.app.Account;
import dev.migrations.autoconfigure.startup.app.AccountRepository;
import dev.migrations.autoconfigure.startup.app.StartupTestApplication;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionSet;
import dev.migrations.core.runtime.MigrationException;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

class StartupMigrationTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private TestDatabase database;

	@BeforeEach
	void newDatabase() {
		this.database = server.newDatabase();
		StartupTestApplication.INITIALIZED.clear();
	}

	private ConfigurableApplicationContext start(String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + this.database.jdbcUrl(),
				"spring.datasource.username=" + this.database.username(),
				"spring.datasource.password=" + this.database.password(), "spring.jpa.hibernate.ddl-auto=validate",
				"spring.jpa.open-in-view=false"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(StartupTestApplication.class).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.run();
	}

	@Test
	void startupAppliesPendingRevisionsSoThatJpaValidatesAndUsesTheSchema() throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			AccountRepository accounts = context.getBean(AccountRepository.class);
			UUID id = UUID.randomUUID();
			accounts.save(new Account(id, "ada@example.com", Instant.now()));

			assertThat(accounts.findById(id)).get().extracting(Account::getEmail).isEqualTo("ada@example.com");
			assertThat(context.getBean(Migrator.class).currentRevisions()).containsExactly("aaaa00000001");
		}
	}

	@Test
	void theEntityManagerFactoryIsCreatedAfterTheMigrationsInitializer() {
		try (ConfigurableApplicationContext context = start()) {
			List<String> order = StartupTestApplication.INITIALIZED;

			assertThat(order).contains("migrationsInitializer", "entityManagerFactory");
			assertThat(order.indexOf("migrationsInitializer")).isLessThan(order.indexOf("entityManagerFactory"));
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aRestartWithTheSameRevisionClassesTrustsTheirVerification(CapturedOutput output) {
		start().close();
		assertThat(output).doesNotContain("revision classes unchanged since verified");

		start().close();

		assertThat(output).contains("Database is up to date at aaaa00000001 (revision classes unchanged since verified)");
	}

	@Test
	void aRestartWithTheSameRevisionClassesLoadsNoneOfThemWhateverTheBeansOfTheContext() {
		AtomicInteger graphsBuilt = new AtomicInteger();
		startWith(countedRevisions(graphsBuilt)).close();
		assertThat(graphsBuilt).hasValue(1);

		AtomicInteger graphsBuiltOnRestart = new AtomicInteger();
		try (ConfigurableApplicationContext context = startWith(countedRevisions(graphsBuiltOnRestart))) {
			assertThat(context.getBean(Migrator.class).currentRevisions()).containsExactly("aaaa00000001");
			assertThat(graphsBuiltOnRestart).hasValue(0);
		}
	}

	/** The application's revisions under one fingerprint, counting how often their graph is built. */
	private static RevisionSet countedRevisions(AtomicInteger graphsBuilt) {
		String revisions = StartupTestApplication.class.getPackageName() + ".migrations";
		return RevisionSet.of("c".repeat(64), () -> {
			graphsBuilt.incrementAndGet();
			return new RevisionScanner(StartupMigrationTest.class.getClassLoader()).scan(List.of(revisions)).graph();
		});
	}

	private ConfigurableApplicationContext startWith(RevisionSet revisions) {
		return new SpringApplicationBuilder(StartupTestApplication.class).web(WebApplicationType.NONE)
			.initializers((GenericApplicationContext context) -> context.registerBean(RevisionSet.class, () -> revisions))
			.properties("spring.datasource.url=" + this.database.jdbcUrl(),
					"spring.datasource.username=" + this.database.username(),
					"spring.datasource.password=" + this.database.password(), "spring.jpa.hibernate.ddl-auto=validate",
					"spring.jpa.open-in-view=false")
			.run();
	}

	@Test
	void validateModeRefusesToStartWhileRevisionsArePending() throws Exception {
		assertThatException().isThrownBy(() -> start("migrations.mode=validate"))
			.havingRootCause()
			.isInstanceOf(MigrationException.class)
			.withMessageContaining("1 revision(s) pending (aaaa00000001 create accounts)")
			.withMessageContaining("migrations.mode=validate");
		assertThat(CatalogSnapshot.of(this.database.dataSource()).tableNames()).isEmpty();

		start().close();
		try (ConfigurableApplicationContext context = start("migrations.mode=validate")) {
			assertThat(context.getBean(Migrator.class).pending("head")).isEmpty();
		}
	}

	@Test
	void severalHeadsRefuseToStartAndSayHowToMerge() throws Exception {
		assertThatException()
			.isThrownBy(() -> start("migrations.packages=dev.migrations.autoconfigure.startup.branched"))
			.havingRootCause()
			.withMessage("Multiple heads are present: 0f9e8d7c6b5a, a1b2c3d4e5f6; run mvn spring-boot:run"
					+ " -Dmigrate.merge=\"merge heads\"");
		assertThat(CatalogSnapshot.of(this.database.dataSource()).tableNames()).isEmpty();
	}

	@Test
	void aFailingRevisionFailsStartupAndLeavesTheDatabaseAtThePreviousRevision() throws Exception {
		assertThatException()
			.isThrownBy(() -> start("migrations.packages=dev.migrations.autoconfigure.startup.failing"))
			.satisfies((ex) -> assertThat(migrationException(ex)).hasMessageContaining(
					"Running upgrade f00000000001 -> f00000000002, add size failed at statement 2 of 2")
				.hasMessageContaining("SQLState 42601"));
		Migrator migrator = new Migrator(this.database.dataSource(),
				RevisionGraph.ofClasses(List.of()), MigrationSettings.defaults());
		assertThat(migrator.currentRevisions()).containsExactly("f00000000001");
		assertThat(CatalogSnapshot.of(this.database.dataSource()).lines())
			.noneMatch((line) -> line.contains("widgets.size"));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void ddlAutoUpdateIsWarnedAboutBecauseMigrationsManageTheSchema(CapturedOutput output) {
		start("spring.jpa.hibernate.ddl-auto=update").close();

		assertThat(output).contains("spring.jpa.hibernate.ddl-auto=update lets Hibernate change the schema that"
				+ " migrations manage");
	}

	@Test
	void migrationsEnabledFalseLeavesTheDatabaseAlone() throws Exception {
		try (ConfigurableApplicationContext context = start("migrations.enabled=false",
				"spring.jpa.hibernate.ddl-auto=none")) {
			assertThat(context.getBeanNamesForType(Migrator.class)).isEmpty();
		}
		DataSource dataSource = this.database.dataSource();
		assertThat(CatalogSnapshot.of(dataSource).tableNames()).isEmpty();
	}

	private static MigrationException migrationException(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MigrationException migrationException) {
				return migrationException;
			}
		}
		throw new AssertionError("no MigrationException in the causes of " + failure);
	}

}
