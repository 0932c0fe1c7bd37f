package dev.migrations.core.diff;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import dev.migrations.core.operation.AddConstraint;
import dev.migrations.core.operation.CreateEnum;
import dev.migrations.core.operation.CreateSequence;
import dev.migrations.core.operation.CreateTable;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.postgres.Identifiers;
import dev.migrations.core.postgres.PostgresDdl;
import dev.migrations.core.postgres.SqlStatement;
import dev.migrations.core.postgres.catalog.PostgresCatalog;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.TableComment;
import dev.migrations.core.schema.TableElement;

/**
 * Puts a target schema (from the JPA mapping) in PostgreSQL's own spelling by letting PostgreSQL build it: inside a
 * transaction that is always rolled back, every object is created in a scratch copy of its schema and read back
 * through the catalog. Types, defaults, check expressions, index expressions and the names PostgreSQL chooses then
 * come out exactly as they do for the live database, so the diff compares like with like. Nothing is left behind.
 */
public final class TargetCanonicalizer {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PostgresCatalog catalog = new PostgresCatalog();

	private final PostgresDdl ddl = new PostgresDdl();

	/**
	 * The target as written (every constraint named) and as PostgreSQL spells it; fails with PostgreSQL's error if
	 * the target cannot be created. Only the tables that hold SQL text are built (see {@link BuiltTables}); the
	 * others keep their written form with their types spelled through one {@link TypeProbe} table, so the cost does
	 * not grow with plain tables.
	 */
	public CanonicalTarget canonicalize(Connection connection, DatabaseSchema mapped) throws SQLException {
		DatabaseSchema target = nameConstraints(mapped);
		Map<String, String> shadows = shadowSchemas(target);
		if (shadows.isEmpty()) {
			return CanonicalTarget.asIs(target);
		}
		Set<QualifiedName> builtNames = BuiltTables.of(target);
		List<Table> built = target.tables().stream().filter((table) -> builtNames.contains(table.name())).toList();
		List<Table> asWritten = target.tables().stream().filter((table) -> !builtNames.contains(table.name())).toList();
		TypeProbe probe = new TypeProbe(asWritten);
		QualifiedName probeName = QualifiedName.of(shadows.values().iterator().next(), "migrations_type_probe");
		Map<String, String> originals = new LinkedHashMap<>();
		shadows.forEach((original, shadow) -> originals.put(shadow, original));
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			for (String shadow : shadows.values()) {
				statement.execute("CREATE SCHEMA " + Identifiers.quote(shadow));
			}
			statement.execute("SET LOCAL search_path = " + shadowSearchPath(statement, shadows));
			List<Operation> creation = creation(new SchemaRenaming(shadows::get, UnaryOperator.identity())
				.apply(new DatabaseSchema(built, target.sequences(), target.enums())));
			if (!probe.isEmpty()) {
				creation.add(new CreateTable(probe.table(probeName)));
			}
			for (SqlStatement sql : this.ddl.render(creation)) {
				statement.addBatch(sql.toScript());
			}
			statement.executeBatch(); // one round trip for the whole schema, not one per statement
			DatabaseSchema read = this.catalog.read(connection, Set.copyOf(shadows.values()), Set.of());
			DatabaseSchema spelled = new SchemaRenaming(originals::get, (sql) -> unshadow(sql, originals))
				.apply(new DatabaseSchema(
						read.tables().stream().filter((table) -> !table.name().equals(probeName)).toList(),
						read.sequences(), read.enums()));
			List<Table> tables = new ArrayList<>(spelled.tables());
			if (!probe.isEmpty()) {
				tables.addAll(probe.spell(asWritten, read.table(probeName).orElseThrow()));
			}
			return new CanonicalTarget(target, new DatabaseSchema(tables, spelled.sequences(), spelled.enums()));
		}
		finally {
			connection.rollback();
			connection.setAutoCommit(autoCommit);
		}
	}

	/** Puts the real schema names back where PostgreSQL printed a shadow schema's name into an expression. */
	private static String unshadow(String sql, Map<String, String> originals) {
		String result = sql;
		List<String> longestFirst = originals.keySet().stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		for (String shadow : longestFirst) {
			result = result.replace(shadow, Identifiers.quote(originals.get(shadow)));
		}
		return result;
	}

	/** Names every unnamed constraint as PostgreSQL would, so both forms of the target share every name. */
	private static DatabaseSchema nameConstraints(DatabaseSchema schema) {
		List<Table> tables = new ArrayList<>();
		for (Table table : schema.tables()) {
			Set<String> taken = new HashSet<>();
			table.constraints().stream().map(Constraint::name).filter(Objects::nonNull).forEach(taken::add);
			List<Constraint> named = new ArrayList<>();
			for (Constraint constraint : table.constraints()) {
				named.add((constraint.name() != null) ? constraint : constraint.named(unique(
						ConstraintNames.conventional(table, constraint), taken)));
			}
			tables.add(Table.of(table.name(), withElements(table, named)));
		}
		return new DatabaseSchema(tables, schema.sequences(), schema.enums());
	}

	private static String unique(String name, Set<String> taken) {
		String candidate = name;
		for (int i = 1; !taken.add(candidate); i++) {
			candidate = name + i;
		}
		return candidate;
	}

	private static List<TableElement> withElements(Table table, List<Constraint> constraints) {
		List<TableElement> elements = new ArrayList<>(table.columns());
		elements.addAll(constraints);
		elements.addAll(table.indexes());
		if (table.comment() != null) {
			elements.add(new TableComment(table.comment()));
		}
		return elements;
	}

	private static Map<String, String> shadowSchemas(DatabaseSchema target) {
		String prefix = "migrations_shadow_" + HexFormat.of().formatHex(randomBytes());
		Map<String, String> shadows = new LinkedHashMap<>();
		Stream.of(target.tables().stream().map(Table::name), target.sequences().stream().map(Sequence::name),
				target.enums().stream().map(EnumType::name))
			.flatMap((names) -> names)
			.map(QualifiedName::schema)
			.distinct()
			.sorted()
			.forEach((schema) -> shadows.put(schema, prefix + "_" + shadows.size()));
		return shadows;
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[4];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/**
	 * The session's search path with each target schema replaced by its shadow, so names print qualified or not in
	 * the shadow exactly as they do in the live schema.
	 */
	private static String shadowSearchPath(Statement statement, Map<String, String> shadows) throws SQLException {
		List<String> path = new ArrayList<>();
		try (ResultSet result = statement.executeQuery("SELECT unnest(current_schemas(false))")) {
			while (result.next()) {
				String schema = result.getString(1);
				path.add(Identifiers.quote(shadows.getOrDefault(schema, schema)));
			}
		}
		return path.isEmpty() ? "''" : String.join(", ", path);
	}

	/** Types first, then tables without foreign keys, then every foreign key: no ordering problem. */
	private static List<Operation> creation(DatabaseSchema schema) {
		List<Operation> operations = new ArrayList<>();
		schema.enums().forEach((type) -> operations.add(new CreateEnum(type)));
		schema.sequences().forEach((sequence) -> operations.add(new CreateSequence(sequence)));
		for (Table table : schema.tables()) {
			operations.add(new CreateTable(new Table(table.name(), table.columns(), table.primaryKey(),
					table.uniqueConstraints(), List.of(), table.checks(), table.indexes(), table.comment())));
		}
		for (Table table : schema.tables()) {
			for (ForeignKey key : table.foreignKeys()) {
				operations.add(new AddConstraint(table.name(), key));
			}
		}
		return operations;
	}

}
