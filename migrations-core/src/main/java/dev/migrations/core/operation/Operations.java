package dev.migrations.core.operation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.IndexPart;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.SequenceOptions;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.TableElement;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * The DSL a revision's {@code upgrade()} and {@code downgrade()} write against, in Alembic's {@code op.*} style.
 * Each call records one {@link Operation}; nothing touches the database until the runtime renders and runs them.
 * Names are unqualified (the connection's {@code search_path}) unless given through {@link #inSchema(String)}.
 *
 * <pre>{@code
 * op.createTable("users",
 *     column("id", uuid()).notNull(),
 *     column("email", varchar(255)).notNull(),
 *     primaryKey("id"),
 *     unique("email"));
 * op.alterColumn("users", "email").type(text()).previousType(varchar(255));
 * }</pre>
 */
public final class Operations {

	private final List<Supplier<List<Operation>>> recorded;

	private final String schema;

	private Operations(List<Supplier<List<Operation>>> recorded, String schema) {
		this.recorded = recorded;
		this.schema = schema;
	}

	/** Runs a revision body against a fresh recorder and returns the operations it recorded, in order. */
	public static List<Operation> record(Consumer<Operations> body) {
		Operations operations = new Operations(new ArrayList<>(), null);
		body.accept(operations);
		List<Operation> recorded = operations.operations();
		recorded.forEach(Operations::refuseConcurrentInTransaction);
		return recorded;
	}

	private static void refuseConcurrentInTransaction(Operation operation) {
		boolean concurrent = (operation instanceof CreateIndex create && create.concurrently())
				|| (operation instanceof DropIndex drop && drop.concurrently());
		if (concurrent) {
			throw new IllegalStateException(operation.describe() + " is concurrent, which PostgreSQL refuses inside a"
					+ " transaction: record it inside op.nonTransactional(block -> ...)");
		}
	}

	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		this.recorded.forEach((entry) -> operations.addAll(entry.get()));
		return List.copyOf(operations);
	}

	/** The same DSL with unqualified table, index, sequence and type names placed in the given schema. */
	public Operations inSchema(String schema) {
		return new Operations(this.recorded, schema);
	}

	private QualifiedName name(String name) {
		return QualifiedName.of(this.schema, name);
	}

	private void add(Operation operation) {
		this.recorded.add(() -> List.of(operation));
	}

	// tables

	/** Creates a table from columns, constraints, indexes and a comment (see {@link Dsl}). */
	public void createTable(String table, TableElement... elements) {
		add(new CreateTable(Table.of(name(table), Arrays.asList(elements))));
	}

	/** Drops a table. Not reversible from this call alone: {@code upgrade()} says how to recreate it. */
	public void dropTable(String table) {
		add(new DropTable(name(table), null));
	}

	public void renameTable(String table, String newName) {
		add(new RenameTable(name(table), newName));
	}

	/** Sets (or, with {@code null}, removes) a table's comment. */
	public void setTableComment(String table, String comment) {
		add(new SetTableComment(name(table), comment, Previous.unknown()));
	}

	// columns

	public void addColumn(String table, Column column) {
		add(new AddColumn(name(table), column));
	}

	public void dropColumn(String table, String column) {
		add(new DropColumn(name(table), column, null));
	}

	public void renameColumn(String table, String column, String newName) {
		add(new RenameColumn(name(table), column, newName));
	}

	/**
	 * Changes a column's type, nullability, default or comment, as the returned builder says. Give the previous
	 * values ({@code previousType}, {@code previousDefault}, ...) to make the change reversible by autogenerate
	 * tooling; they are not checked against the database.
	 */
	public ColumnAlteration alterColumn(String table, String column) {
		ColumnAlteration alteration = new ColumnAlteration(name(table), column);
		this.recorded.add(alteration::operations);
		return alteration;
	}

	// indexes

	/** Creates an index on columns; the returned builder makes it unique, partial or concurrent. */
	public IndexCreation createIndex(String name, String table, String... columns) {
		return createIndex(name, table, Arrays.stream(columns).map(IndexPart::column).toArray(IndexPart[]::new));
	}

	/** Creates an index on columns and expressions ({@link Dsl#expression(String)}). */
	public IndexCreation createIndex(String name, String table, IndexPart... parts) {
		IndexCreation creation = new IndexCreation(new Index(name, name(table), List.of(parts), false, null, null));
		this.recorded.add(() -> List.of(creation.operation()));
		return creation;
	}

	public void dropIndex(String name) {
		add(new DropIndex(name(name), null, false));
	}

	/** {@code DROP INDEX CONCURRENTLY}: only inside {@link #nonTransactional(Consumer)}. */
	public void dropIndexConcurrently(String name) {
		add(new DropIndex(name(name), null, true));
	}

	// constraints

	public void createPrimaryKey(String name, String table, String... columns) {
		addConstraint(table, new PrimaryKey(name, List.of(columns)));
	}

	public void createUniqueConstraint(String name, String table, String... columns) {
		addConstraint(table, new UniqueConstraint(name, List.of(columns), null));
	}

	/** Adds a foreign key: {@code op.createForeignKey("fk_tokens_user", "tokens", foreignKey("user_id").references("users", "id"))}. */
	public void createForeignKey(String name, String table, ForeignKey foreignKey) {
		addConstraint(table, foreignKey.named(name));
	}

	public void createCheckConstraint(String name, String table, String condition) {
		addConstraint(table, new CheckConstraint(name, condition));
	}

	/** Adds any constraint built with {@link Dsl}. */
	public void addConstraint(String table, Constraint constraint) {
		add(new AddConstraint(name(table), constraint));
	}

	public void dropConstraint(String name, String table) {
		add(new DropConstraint(name(table), name, null));
	}

	// enums and sequences

	public void createEnum(String name, String... values) {
		add(new CreateEnum(new EnumType(name(name), List.of(values))));
	}

	/** Adds a label at the end of an enum. */
	public void addEnumValue(String type, String value) {
		add(new AddEnumValue(name(type), value, null, null));
	}

	public void addEnumValueBefore(String type, String value, String before) {
		add(new AddEnumValue(name(type), value, before, null));
	}

	public void addEnumValueAfter(String type, String value, String after) {
		add(new AddEnumValue(name(type), value, null, after));
	}

	public void dropEnum(String name) {
		add(new DropEnum(name(name), null));
	}

	public void createSequence(String name) {
		createSequence(name, SequenceOptions.defaults());
	}

	/** Creates a sequence: {@code op.createSequence("order_seq", sequenceOptions().incrementBy(50))}. */
	public void createSequence(String name, SequenceOptions options) {
		createSequence(name, null, options);
	}

	/** Creates a sequence of the given integer type ({@code smallint}, {@code integer}; {@code null}: bigint). */
	public void createSequence(String name, ColumnType type, SequenceOptions options) {
		add(new CreateSequence(new Sequence(name(name), type, options)));
	}

	/** Sets the non-null options given. */
	public void alterSequence(String name, SequenceOptions options) {
		add(new AlterSequence(name(name), options, null));
	}

	public void dropSequence(String name) {
		add(new DropSequence(name(name), null));
	}

	// data and raw SQL

	/** Runs SQL; {@code ?} placeholders are bound to the parameters, never spliced into the text. */
	public void execute(String sql, Object... parameters) {
		add(new Execute(sql, Arrays.asList(parameters)));
	}

	/** Inserts rows given as column-to-value maps, every row naming the same columns. */
	public void bulkInsert(String table, List<Map<String, Object>> rows) {
		add(new BulkInsert(name(table), rows));
	}

	/**
	 * Records operations that must run outside a transaction, such as {@code CREATE INDEX CONCURRENTLY}:
	 * {@code op.nonTransactional(block -> block.createIndex("ix_users_email", "users", "email").concurrently())}.
	 */
	public void nonTransactional(Consumer<Operations> block) {
		Operations inner = new Operations(new ArrayList<>(), this.schema);
		block.accept(inner);
		this.recorded.add(() -> List.of(new NonTransactional(inner.operations())));
	}

}
