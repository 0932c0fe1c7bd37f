package dev.migrations.core.postgres.catalog;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.TableElement;

/** A table being read: the readers of columns, constraints and indexes add its elements, then it is built. */
final class TableDraft {

	private final QualifiedName name;

	private final List<TableElement> elements = new ArrayList<>();

	TableDraft(QualifiedName name) {
		this.name = name;
	}

	void add(TableElement element) {
		this.elements.add(element);
	}

	Table build() {
		return Table.of(this.name, this.elements);
	}

}
