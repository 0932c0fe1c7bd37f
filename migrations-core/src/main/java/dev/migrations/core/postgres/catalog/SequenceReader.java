package dev.migrations.core.postgres.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.schema.ColumnTypes;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.SequenceOptions;

/**
 * Reads the sequences of the schemas that no column owns, with their type and every option set to its value in
 * the catalog (none left {@code null}). A {@code serial} column's sequence and an identity column's are details of
 * their column, and so are left out, as are the sequences of an extension.
 */
final class SequenceReader {

	private static final CatalogQuery SEQUENCES = new CatalogQuery("""
			select n.nspname, c.relname, format_type(s.seqtypid, null) as data_type, s.seqstart, s.seqincrement,
			       s.seqmin, s.seqmax, s.seqcache, s.seqcycle
			from pg_sequence s
			join pg_class c on c.oid = s.seqrelid
			join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = any(?) and %s and not exists (select from pg_depend owner
			      where owner.classid = 'pg_class'::regclass and owner.objid = c.oid
			      and owner.refclassid = 'pg_class'::regclass and owner.refobjsubid > 0 and owner.deptype in ('a', 'i'))
			""".formatted(CatalogQuery.notInExtension("pg_class", "c.oid")));

	private SequenceReader() {
	}

	static List<Sequence> read(Connection connection, Array schemas) throws SQLException {
		List<Sequence> sequences = new ArrayList<>();
		SEQUENCES.forEachRow(connection, schemas,
				(row) -> sequences.add(new Sequence(QualifiedName.of(row.getString("nspname"), row.getString("relname")),
						ColumnTypes.parse(row.getString("data_type")),
						new SequenceOptions(row.getLong("seqstart"), row.getLong("seqincrement"), row.getLong("seqmin"),
								row.getLong("seqmax"), row.getLong("seqcache"), row.getBoolean("seqcycle")))));
		return sequences;
	}

}
