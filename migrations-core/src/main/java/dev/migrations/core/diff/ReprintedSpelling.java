package dev.migrations.core.diff;

import java.util.List;
import java.util.Objects;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Table;

/**
 * Takes, for each check, default and index of the canonical target, the reprinted spelling where the live schema
 * holds that one and not the canonical one. PostgreSQL does not always print an expression as it prints it once
 * re-parsed: Hibernate's {@code status in ('NEW','PAID')} reads back
 * {@code ((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[]))}, and a check
 * created from that text, as a downgrade re-creates it from the catalog, reads back
 * {@code ((status)::text = ANY (ARRAY[('NEW'::character varying)::text, ('PAID'::character varying)::text]))}. Both
 * mean the same, so neither is a change.
 */
final class ReprintedSpelling {

	private final DatabaseSchema live;

	ReprintedSpelling(DatabaseSchema live) {
		this.live = live;
	}

	DatabaseSchema apply(DatabaseSchema canonical, DatabaseSchema reprinted) {
		if (canonical.equals(reprinted)) {
			return canonical;
		}
		List<Table> tables = canonical.tables()
			.stream()
			.map((table) -> this.live.table(table.name())
				.map((existing) -> table(table, reprinted.table(table.name()).orElseThrow(), existing))
				.orElse(table))
			.toList();
		return new DatabaseSchema(tables, canonical.sequences(), canonical.enums());
	}

	private static Table table(Table canonical, Table reprinted, Table live) {
		List<Column> columns = canonical.columns()
			.stream()
			.map((column) -> column(column, reprinted.column(column.name()), live.column(column.name())))
			.toList();
		List<CheckConstraint> checks = canonical.checks().stream().map((check) -> check(check, reprinted, live)).toList();
		List<Index> indexes = canonical.indexes().stream().map((index) -> index(index, reprinted, live)).toList();
		return new Table(canonical.name(), columns, canonical.primaryKey(), canonical.uniqueConstraints(),
				canonical.foreignKeys(), checks, indexes, canonical.comment());
	}

	private static Column column(Column canonical, Column reprinted, Column live) {
		boolean reprintedIsLive = live != null && !Objects.equals(canonical.serverDefault(), live.serverDefault())
				&& Objects.equals(reprinted.serverDefault(), live.serverDefault());
		return reprintedIsLive ? canonical.serverDefault(reprinted.serverDefault()) : canonical;
	}

	private static CheckConstraint check(CheckConstraint canonical, Table reprinted, Table live) {
		CheckConstraint again = reprinted.checks()
			.stream()
			.filter((check) -> Objects.equals(check.name(), canonical.name()))
			.findFirst()
			.orElseThrow();
		boolean reprintedIsLive = ConstraintMatch.find(canonical, live.constraints()) == null
				&& ConstraintMatch.find(again, live.constraints()) != null;
		return reprintedIsLive ? again : canonical;
	}

	private static Index index(Index canonical, Table reprinted, Table live) {
		Index again = reprinted.indexes()
			.stream()
			.filter((index) -> index.name().equals(canonical.name()))
			.findFirst()
			.orElseThrow();
		boolean reprintedIsLive = ConstraintMatch.find(canonical, live.indexes()) == null
				&& ConstraintMatch.find(again, live.indexes()) != null;
		return reprintedIsLive ? again : canonical;
	}

}
