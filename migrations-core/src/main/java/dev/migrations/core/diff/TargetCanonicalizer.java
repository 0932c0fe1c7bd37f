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
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
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
	 * The target as written (every constraint named), as PostgreSQL spells it, and as PostgreSQL spells that spelling
	 * once re-created, as a comparison with {@code live} needs it. Only the tables that hold SQL text are built (see
	 * {@link BuiltTables}); the others keep their written form with their types spelled through one
	 * {@link TypeProbe} table, so their number costs no DDL. The diff creates a table, sequence or enum type that
	 * {@code live} lacks from its written form and compares nothing of it but its name, so only what {@code live}
	 * holds is put in PostgreSQL's spelling (with what a built table needs to be created: the tables its foreign keys
	 * reach, the sequences and types). Against an empty database nothing is built and no statement is sent; a target
	 * that PostgreSQL cannot create then fails when the generated revision is applied, not here.
	 * @param live the live schema the target will be compared with, as {@code PostgresCatalog} reads it
	 */
	public CanonicalTarget canonicalize(Connection connection, DatabaseSchema mapped, DatabaseSchema live)
			throws SQLException {
		Set<QualifiedName> tables = live.tables().stream().map(Table::name).collect(Collectors.toSet());
		Set<QualifiedName> sequences = live.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
		Set<QualifiedName> enums = live.enums().stream().map(EnumType::name).collect(Collectors.toSet());
		return canonicalize(connection, mapped, tables::contains, sequences::contains, enums::contains);
	}

	/**
	 * @param comparedTable whether a table of the target is compared with a live one, and so on
	 */
	private CanonicalTarget canonicalize(Connection connection, DatabaseSchema mapped,
			Predicate<QualifiedName> comparedTable, Predicate<QualifiedName> comparedSequence,
			Predicate<QualifiedName> comparedEnum) throws SQLException {
		DatabaseSchema target = nameConstraints(mapped);
		List<String> schemas = schemas(target);
		if (schemas.isEmpty()) {
			return CanonicalTarget.asIs(target);
		}
		Set<QualifiedName> builtNames = BuiltTables.of(target, comparedTable);
		List<Table> probed = target.tables()
			.stream()
			.filter((table) -> comparedTable.test(table.name()) && !builtNames.contains(table.name()))
			.toList();
		List<Table> asWritten = target.tables()
			.stream()
			.filter((table) -> !comparedTable.test(table.name()) && !builtNames.contains(table.name()))
			.toList();
		// a built table may use any sequence (a default's nextval) or type: then all are built, as they are created
		boolean buildsTables = !builtNames.isEmpty();
		DatabaseSchema built = new DatabaseSchema(
				target.tables().stream().filter((table) -> builtNames.contains(table.name())).toList(),
				target.sequences().stream().filter((sequence) -> buildsTables || comparedSequence.test(sequence.name()))
					.toList(),
				target.enums().stream().filter((type) -> buildsTables || comparedEnum.test(type.name())).toList());
		TypeProbe probe = new TypeProbe(probed);
		if (built.tables().isEmpty() && built.sequences().isEmpty() && built.enums().isEmpty() && probe.isEmpty()) {
			return CanonicalTarget.asIs(target); // nothing is compared: against an empty database, no round trip
		}
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			Map<String, String> first = shadowSchemas(schemas);
			QualifiedName probeName = QualifiedName.of(first.values().iterator().next(), "migrations_type_probe");
			DatabaseSchema printedWithProbe = build(connection, statement,
					probe.addedTo(new SchemaRenaming(first::get, UnaryOperator.identity()).apply(built), probeName),
					first);
			DatabaseSchema printed = TypeProbe.removedFrom(printedWithProbe, probeName);
			List<Table> plain = new ArrayList<>(probe.spell(probed, printedWithProbe, probeName));
			plain.addAll(asWritten);
			DatabaseSchema canonical = withUnbuilt(renamed(printed, inverse(first)), plain, target, built);
			if (!buildsTables) { // only the tables' expressions are reprinted (ReprintedSpelling): none was built
				return new CanonicalTarget(target, canonical, canonical);
			}
			// PostgreSQL does not always print an expression as it prints it again once re-parsed: build what it
			// printed once more, for the spelling a revision re-creating it from the catalog (a downgrade) leaves
			Map<String, String> second = shadowSchemas(schemas);
			DatabaseSchema reprinted = build(connection, statement, renamed(printed, between(first, second)),
					between(first, second));
			return new CanonicalTarget(target, canonical,
					withUnbuilt(renamed(reprinted, inverse(second)), plain, target, built));
		}
		finally {
			connection.rollback();
			connection.setAutoCommit(autoCommit);
		}
	}

	/** The schema read back, followed by what was not built: the tables as given, the sequences and types as written. */
	private static DatabaseSchema withUnbuilt(DatabaseSchema read, List<Table> tables, DatabaseSchema target,
			DatabaseSchema built) {
		List<Sequence> sequences = new ArrayList<>(read.sequences());
		target.sequences().stream().filter((sequence) -> !built.sequences().contains(sequence)).forEach(sequences::add);
		List<EnumType> enums = new ArrayList<>(read.enums());
		target.enums().stream().filter((type) -> !built.enums().contains(type)).forEach(enums::add);
		return TypeProbe.withTables(new DatabaseSchema(read.tables(), sequences, enums), tables);
	}

	/**
	 * Creates the schema, already moved into its shadow schemas, and reads it back from the catalog.
	 * @param renames for each schema on the search path, the shadow schema that stands in for it
	 */
	private DatabaseSchema build(Connection connection, Statement statement, DatabaseSchema schema,
			Map<String, String> renames) throws SQLException {
		for (String shadow : renames.values()) {
			statement.execute("CREATE SCHEMA " + Identifiers.quote(shadow));
		}
		statement.execute("SET LOCAL search_path = " + shadowSearchPath(statement, renames));
		for (SqlStatement sql : this.ddl.render(creation(schema))) {
			statement.addBatch(sql.toScript());
		}
		statement.executeBatch(); // one round trip for the whole schema, not one per statement
		return this.catalog.read(connection, Set.copyOf(renames.values()), Set.of());
	}

	/**
	 * Moves a schema read from shadow schemas to other schemas, also where PostgreSQL printed a shadow schema's
	 * name into an expression: the shadows' random names cannot be mistaken for anything else.
	 */
	private static DatabaseSchema renamed(DatabaseSchema schema, Map<String, String> renames) {
		return new SchemaRenaming(renames::get, (sql) -> renamed(sql, renames)).apply(schema);
	}

	private static String renamed(String sql, Map<String, String> renames) {
		String result = sql;
		List<String> longestFirst = renames.keySet().stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		for (String shadow : longestFirst) {
			result = result.replace(shadow, Identifiers.quote(renames.get(shadow)));
		}
		return result;
	}

	private static Map<String, String> inverse(Map<String, String> map) {
		Map<String, String> inverse = new LinkedHashMap<>();
		map.forEach((key, value) -> inverse.put(value, key));
		return inverse;
	}

	/** From each of one set of shadows to the other set's shadow of the same schema. */
	private static Map<String, String> between(Map<String, String> from, Map<String, String> to) {
		Map<String, String> renames = new LinkedHashMap<>();
		from.forEach((original, shadow) -> renames.put(shadow, to.get(original)));
		return renames;
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

	/** The schemas of the target's tables, sequences and types, in name order. */
	private static List<String> schemas(DatabaseSchema target) {
		return Stream.of(target.tables().stream().map(Table::name), target.sequences().stream().map(Sequence::name),
				target.enums().stream().map(EnumType::name))
			.flatMap((names) -> names)
			.map(QualifiedName::schema)
			.distinct()
			.sorted()
			.toList();
	}

	/** For each schema, a scratch schema of a new random name. */
	private static Map<String, String> shadowSchemas(List<String> schemas) {
		String prefix = "migrations_shadow_" + HexFormat.of().formatHex(randomBytes());
		Map<String, String> shadows = new LinkedHashMap<>();
		schemas.forEach((schema) -> shadows.put(schema, prefix + "_" + shadows.size()));
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
