package dev.migrations.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.cfg.MappingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.hibernate.shop.Shop;
import dev.migrations.testsupport.FreshDatabase;

/**
 * The strongest check of the reader: Hibernate's own export of the same entities, run on PostgreSQL, creates exactly
 * the tables, columns, constraints, indexes, sequences and enum types that the reader says it would.
 */
class SchemaExportComparisonTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@Test
	void snakeCaseMappingReadsAsWhatHibernatesExportCreates() throws SQLException {
		assertReaderMatchesExport(Shop.SNAKE_CASE, database.dataSource());
	}

	@Test
	void foldedNamesAndNativeEnumsReadAsWhatHibernatesExportCreates() throws SQLException {
		assertReaderMatchesExport(Shop.NATIVE_ENUMS, database.newDatabase().dataSource());
	}

	@Test
	void globallyQuotedNamesReadAsWhatHibernatesExportCreates() throws SQLException {
		assertReaderMatchesExport(Map.of(MappingSettings.GLOBALLY_QUOTED_IDENTIFIERS, true,
				MappingSettings.GLOBALLY_QUOTED_IDENTIFIERS_SKIP_COLUMN_DEFINITIONS, true),
				database.newDatabase().dataSource());
	}

	private static void assertReaderMatchesExport(Map<String, Object> settings, DataSource dataSource)
			throws SQLException {
		SchemaFacts read = SchemaFacts.of(
				HibernateSchemaReader.read(HibernateSchemaReader.buildMetadata(Shop.CLASSES, settings), "public")
					.schema());
		SchemaFacts created;
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(HibernateExport.createScript(Shop.CLASSES, settings));
			created = SchemaFacts.of(connection);
		}
		assertThat(read.tables()).containsExactlyElementsOf(created.tables());
		assertThat(read.columns()).containsExactlyElementsOf(created.columns());
		assertThat(read.constraints()).containsExactlyElementsOf(created.constraints());
		assertThat(created.namedConstraints()).containsAll(read.namedConstraints());
		assertThat(read.indexes()).containsExactlyElementsOf(created.indexes());
		assertThat(read.sequences()).containsExactlyElementsOf(created.sequences());
		assertThat(read.enums()).containsExactlyElementsOf(created.enums());
	}

}
