package dev.migrations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.runtime.DatabaseConnectionException;
import dev.migrations.core.runtime.MigrationException;

class MigrationsFailureAnalyzerTest {

	private final MigrationsFailureAnalyzer analyzer = new MigrationsFailureAnalyzer();

	@Test
	void aBrokenGraphIsDescribedByItsOwnMessageWithinTheBeanCreationFailures() {
		RevisionGraphException broken = new RevisionGraphException("revision b revises a, which does not exist");

		FailureAnalysis analysis = this.analyzer
			.analyze(new BeanCreationException("migrator", new BeanCreationException("revisionGraph", broken)));

		assertThat(analysis.getDescription()).isEqualTo("revision b revises a, which does not exist");
		assertThat(analysis.getAction()).startsWith("Correct the revision classes or the target named above");
		assertThat(analysis.getCause()).isSameAs(broken);
	}

	@Test
	void aFailedMigrationIsDescribedByItsMessage() {
		MigrationException failed = new MigrationException("Running upgrade  -> a1, x failed at statement 1 of 1");

		FailureAnalysis analysis = this.analyzer.analyze(new BeanCreationException("migrationsInitializer", failed));

		assertThat(analysis.getDescription()).isEqualTo(failed.getMessage());
		assertThat(analysis.getAction()).startsWith("Fix what the message names");
	}

	@Test
	void aDatabaseThatCannotBeUsedNamesTheDataSourcePropertiesToCheck() {
		DatabaseConnectionException refused = new DatabaseConnectionException("Could not connect to the database",
				"28P01", null);

		FailureAnalysis analysis = this.analyzer.analyze(new BeanCreationException("migrationsInitializer", refused));

		assertThat(analysis.getDescription()).isEqualTo(refused.getMessage());
		assertThat(analysis.getAction()).startsWith("Check spring.datasource.url");
	}

	@Test
	void otherFailuresAreLeftToOtherAnalyzers() {
		assertThat(this.analyzer.analyze(new IllegalStateException("something else"))).isNull();
	}

}
