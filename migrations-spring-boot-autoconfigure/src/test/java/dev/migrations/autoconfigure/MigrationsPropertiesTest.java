package dev.migrations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.migrations.core.codegen.FileNameTemplate;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.TransactionMode;

/** The property defaults are literals (so they show in IDE metadata); they must say what the engine defaults to. */
class MigrationsPropertiesTest {

	private final MigrationsProperties properties = new MigrationsProperties();

	private final MigrationSettings engine = MigrationSettings.defaults();

	@Test
	void defaultsAreTheEnginesDefaults() {
		assertThat(this.properties.getVersionTable()).isEqualTo(this.engine.versionTable().name());
		assertThat(this.properties.getVersionTableSchema()).isEqualTo(this.engine.versionTable().schema());
		assertThat(this.properties.getHistoryTable()).isEqualTo(this.engine.historyTable());
		assertThat(this.properties.isTransactionPerRevision())
			.isEqualTo(this.engine.transactionMode() == TransactionMode.PER_REVISION);
		assertThat(this.properties.getLockWaitTimeout()).isEqualTo(this.engine.lockWaitTimeout());
		assertThat(this.properties.getLockTimeout()).isEqualTo(this.engine.lockTimeout());
		assertThat(this.properties.getStatementTimeout()).isEqualTo(this.engine.statementTimeout());
		assertThat(this.properties.isValidateChecksums()).isEqualTo(this.engine.validateChecksums());
		assertThat(this.properties.getTimestampPolicy()).isEqualTo(this.engine.timestampPolicy());
		assertThat(this.properties.getFileNameTemplate()).isEqualTo(FileNameTemplate.DEFAULT);
	}

}
