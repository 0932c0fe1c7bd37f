package dev.migrations.hibernate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;

import dev.migrations.core.schema.DatabaseSchema;

/**
 * Reads a JPA mapping into the schema model: what Hibernate's PostgreSQL schema export would create, as a
 * {@link DatabaseSchema} that compares with the one read from the live catalog.
 * <pre>{@code
 * Metadata metadata = HibernateSchemaReader.buildMetadata(entityClasses, Map.of(
 *         "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
 *         "hibernate.implicit_naming_strategy", "org.springframework.boot.hibernate.SpringImplicitNamingStrategy"));
 * MappedSchema mapped = HibernateSchemaReader.read(metadata, "public");
 * }</pre>
 * The metadata may also come from a running application (an {@code Integrator} receives it): {@link #read} needs
 * only that it was built for a PostgreSQL dialect.
 */
public final class HibernateSchemaReader {

	private HibernateSchemaReader() {
	}

	/**
	 * Builds Hibernate's boot metadata for the given classes without a database.
	 * @param annotatedClasses the entities, embeddables and mapped superclasses, as the caller scanned them
	 * @param settings the settings that shape the mapping, as the application gives them to Hibernate: naming
	 * strategies, {@code hibernate.type.prefer_native_enum_types}, {@code hibernate.column_ordering_strategy},
	 * {@code hibernate.globally_quoted_identifiers}, ... Connection settings are not needed (Hibernate is not allowed
	 * to connect). {@code jakarta.persistence.database-major-version} selects the dialect's version (the server's
	 * major version, as a String or a number; Hibernate's minimum when absent)
	 * @return the metadata, whose service registry is already closed
	 * @throws IllegalArgumentException when the settings select a dialect that is not PostgreSQL's
	 */
	public static Metadata buildMetadata(Collection<Class<?>> annotatedClasses, Map<String, ?> settings) {
		return buildMetadata(annotatedClasses, List.of(), settings);
	}

	/**
	 * Builds Hibernate's boot metadata for the given classes and packages without a database.
	 * @param annotatedClasses the entities, embeddables and mapped superclasses, as the caller scanned them
	 * @param packageNames packages whose {@code package-info} carries mapping annotations (a package-level
	 * {@code @SequenceGenerator}, say)
	 * @param settings as {@link #buildMetadata(Collection, Map)} describes them
	 * @return the metadata, whose service registry is already closed
	 * @throws IllegalArgumentException when the settings select a dialect that is not PostgreSQL's
	 */
	public static Metadata buildMetadata(Collection<Class<?>> annotatedClasses, Collection<String> packageNames,
			Map<String, ?> settings) {
		return requirePostgresql(OfflineMetadata.build(annotatedClasses, packageNames, settings));
	}

	/**
	 * Reads the tables, sequences and native enum types that Hibernate's PostgreSQL schema export would create, with
	 * each name as PostgreSQL would store it (bare identifiers folded to lower case), and where each column comes from.
	 * @param metadata Hibernate's boot metadata, built for a PostgreSQL dialect
	 * @param defaultSchema the schema that unqualified names resolve to: {@code hibernate.default_schema} when the
	 * application sets it, otherwise the first schema of the connection's {@code search_path}, normally
	 * {@code public}
	 * @return the schema the mapping asks for, every table and sequence qualified with its schema
	 * @throws IllegalArgumentException when the metadata was built for a dialect that is not PostgreSQL's
	 */
	public static MappedSchema read(Metadata metadata, String defaultSchema) {
		Objects.requireNonNull(defaultSchema, "defaultSchema");
		requirePostgresql(metadata);
		PostgresNames names = new PostgresNames(defaultSchema,
				metadata.getDatabase().getJdbcEnvironment().getIdentifierHelper());
		return new MappedSchema(new SchemaMapper(metadata, names).map(), ColumnOrigins.of(metadata, names));
	}

	private static Metadata requirePostgresql(Metadata metadata) {
		Dialect dialect = metadata.getDatabase().getDialect();
		if (!(dialect instanceof PostgreSQLDialect)) {
			throw new IllegalArgumentException("The mapping is for " + dialect + ", but migrations are for PostgreSQL: "
					+ "leave hibernate.dialect out or name a PostgreSQL dialect");
		}
		return metadata;
	}

}
