package dev.migrations.core.diff;

import java.util.Objects;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.Table;

/**
 * The schema the mapping wants, three times: as written (what a generated revision must say, so that PostgreSQL prints
 * it back the way it prints the live schema), as PostgreSQL spells it (what the diff compares), and as PostgreSQL
 * spells that spelling once re-created from it, which is not always the same (a check, default or index expression
 * that a downgrade re-creates from the catalog comes back in this spelling). All carry the same names for every
 * table, column, constraint and index, so one finds the others.
 *
 * @param written the target as the mapping writes it, every constraint named
 * @param canonical the same target as PostgreSQL's catalog prints it
 * @param reprinted the canonical target as PostgreSQL's catalog prints it once created from its printed text
 */
public record CanonicalTarget(DatabaseSchema written, DatabaseSchema canonical, DatabaseSchema reprinted) {

	public CanonicalTarget {
		Objects.requireNonNull(written, "written");
		Objects.requireNonNull(canonical, "canonical");
		Objects.requireNonNull(reprinted, "reprinted");
	}

	/** A target already in PostgreSQL's spelling, or one compared as written. */
	public static CanonicalTarget asIs(DatabaseSchema schema) {
		return new CanonicalTarget(schema, schema, schema);
	}

	/**
	 * The canonical target to compare with the live schema: where the live schema holds an expression in its
	 * reprinted spelling, that spelling, so a schema a downgrade re-created shows no change.
	 */
	DatabaseSchema comparedWith(DatabaseSchema live) {
		return new ReprintedSpelling(live).apply(this.canonical, this.reprinted);
	}

	Table writtenTable(QualifiedName name) {
		return this.written.table(name).orElseThrow();
	}

	Column writtenColumn(QualifiedName table, String column) {
		return writtenTable(table).column(column);
	}

	Constraint writtenConstraint(QualifiedName table, Constraint canonical) {
		return writtenTable(table).constraints()
			.stream()
			.filter((constraint) -> Objects.equals(constraint.name(), canonical.name()))
			.findFirst()
			.orElse(canonical);
	}

	/** The sequence as the mapping declares it: the options it sets, not every option PostgreSQL then holds. */
	Sequence writtenSequence(QualifiedName name) {
		return this.written.sequences().stream().filter((sequence) -> sequence.name().equals(name)).findFirst().orElseThrow();
	}

	Index writtenIndex(QualifiedName table, Index canonical) {
		return writtenTable(table).indexes()
			.stream()
			.filter((index) -> index.name().equals(canonical.name()))
			.findFirst()
			.orElse(canonical);
	}

}
