package dev.migrations.hibernate.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.Operations;
import dev.migrations.hibernate.HibernateSchemaReader;
import dev.migrations.hibernate.MappedSchema;
import dev.migrations.hibernate.shop.Shop;

/**
 * One schema-evolution case of the autogenerate corpus: the schema the database starts with, the entities the
 * application now maps, and the changes autogenerate must find, written as its summary lines. The entities are
 * mapped alone, with Spring Boot's snake-case names (see {@link Shop#SNAKE_CASE} for the implicit naming strategy).
 * <pre>{@code
 * CorpusCase.of("a new attribute adds its column")
 *     .start((op) -> op.createTable("customer", column("id", bigint()).notNull(), primaryKey("id")))
 *     .entities(Customer.class)
 *     .changes("+ add column public.customer.phone");
 * }</pre>
 */
final class CorpusCase {

	private final String specification;

	private List<Operation> start = List.of();

	private List<Class<?>> entities = List.of();

	private List<String> changes = List.of();

	private boolean dropUnmapped = true;

	private boolean refusesExistingRows;

	private final List<String> generated = new ArrayList<>();

	private final Map<String, String> unrestored = new LinkedHashMap<>();

	private CorpusCase(String specification) {
		this.specification = specification;
	}

	/** A case; the specification is the test's name. */
	static CorpusCase of(String specification) {
		return new CorpusCase(specification);
	}

	/** The schema the database starts with (nothing by default). */
	CorpusCase start(Consumer<Operations> body) {
		this.start = Operations.record(body);
		return this;
	}

	/** The entities the application maps now. */
	CorpusCase entities(Class<?>... entities) {
		this.entities = List.of(entities);
		return this;
	}

	/** The changes autogenerate must find, in order; none when the mapping and the database agree. */
	CorpusCase changes(String... summary) {
		this.changes = List.of(summary);
		return this;
	}

	/** Leaves tables, sequences and enum types that no entity maps alone ({@code dropUnmapped} off). */
	CorpusCase keepingUnmapped() {
		this.dropUnmapped = false;
		return this;
	}

	/**
	 * Says the changes cannot apply to a table that has rows, as the generated revision warns (a NOT NULL column
	 * without a default): the case runs on empty tables.
	 */
	CorpusCase refusingExistingRows() {
		this.refusesExistingRows = true;
		return this;
	}

	/** Text the generated source must contain. */
	CorpusCase generating(String... fragments) {
		this.generated.addAll(List.of(fragments));
		return this;
	}

	/**
	 * A line of the starting catalog that the generated downgrade cannot restore, and the line it leaves instead:
	 * what PostgreSQL cannot undo, and what the downgrade says in a comment.
	 */
	CorpusCase downgradeLeaves(String startLine, String leftLine) {
		this.unrestored.put(startLine, leftLine);
		return this;
	}

	/**
	 * Whether the changes apply to tables with rows and keep them, values equal: every change keeps data (see
	 * {@link DataKeepingChange}), the downgrade restores everything, and no change refuses existing rows.
	 */
	boolean keepsData() {
		return !this.refusesExistingRows && this.unrestored.isEmpty()
				&& this.changes.stream().allMatch(DataKeepingChange::keepsData);
	}

	List<Operation> startOperations() {
		return this.start;
	}

	List<String> expectedChanges() {
		return this.changes;
	}

	List<String> expectedFragments() {
		return this.generated;
	}

	Map<String, String> unrestoredLines() {
		return this.unrestored;
	}

	/** What the entities map to, read as the Spring module reads an application's mapping. */
	MappedSchema mapping() {
		return HibernateSchemaReader.read(HibernateSchemaReader.buildMetadata(this.entities, Shop.SNAKE_CASE),
				"public");
	}

	/** How autogenerate compares, naming each column's entity attribute. */
	DiffOptions options(MappedSchema mapping) {
		return DiffOptions.defaults().withDropUnmapped(this.dropUnmapped).withOrigins(mapping.columnOrigins());
	}

	@Override
	public String toString() {
		return this.specification;
	}

}
