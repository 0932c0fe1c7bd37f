package dev.migrations.core.postgres.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.QualifiedName;

/** Reads the native enum types of the schemas with their labels in sort order, except those of an extension. */
final class EnumReader {

	private static final CatalogQuery ENUMS = new CatalogQuery("""
			select n.nspname, t.typname,
			       array(select e.enumlabel::text from pg_enum e where e.enumtypid = t.oid order by e.enumsortorder)
			       as labels
			from pg_type t
			join pg_namespace n on n.oid = t.typnamespace
			where n.nspname = any(?) and t.typtype = 'e' and %s
			""".formatted(CatalogQuery.notInExtension("pg_type", "t.oid")));

	private EnumReader() {
	}

	static List<EnumType> read(Connection connection, Array schemas) throws SQLException {
		List<EnumType> enums = new ArrayList<>();
		ENUMS.forEachRow(connection, schemas,
				(row) -> enums.add(new EnumType(QualifiedName.of(row.getString("nspname"), row.getString("typname")),
						CatalogQuery.strings(row, "labels"))));
		return enums;
	}

}
