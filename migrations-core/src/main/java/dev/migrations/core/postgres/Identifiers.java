package dev.migrations.core.postgres;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

import dev.migrations.core.schema.QualifiedName;

/**
 * Writes identifiers as PostgreSQL's {@code quote_ident} does: bare when PostgreSQL would read them back unchanged,
 * double-quoted otherwise. Names PostgreSQL would silently truncate or cannot store are refused.
 */
public final class Identifiers {

	/** PostgreSQL keeps the first {@code NAMEDATALEN - 1} bytes of an identifier and drops the rest. */
	public static final int MAX_BYTES = 63;

	/**
	 * The keywords that cannot stand bare as a column or table name: the reserved, {@code col_name} and
	 * {@code type_func_name} categories of PostgreSQL 18's {@code src/include/parser/kwlist.h}, which contain those
	 * of every older version supported (14 to 17). Unreserved keywords ({@code name}, {@code comment}) need no
	 * quotes.
	 */
	private static final Set<String> KEYWORDS = Set.of(
			// reserved
			"all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
			"check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
			"current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
			"else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
			"initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
			"null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
			"session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true", "union",
			"unique", "user", "using", "variadic", "when", "where", "window", "with",
			// col_name: allowed as column names only where the grammar can tell them from the keyword
			"between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
			"extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "json", "json_array",
			"json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query", "json_scalar",
			"json_serialize", "json_table", "json_value", "least", "merge_action", "national", "nchar", "none",
			"normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real", "row", "setof",
			"smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar", "xmlattributes",
			"xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
			"xmlserialize", "xmltable",
			// type_func_name: allowed as function or type names only
			"authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
			"ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
			"right", "similar", "tablesample", "verbose");

	private Identifiers() {
	}

	/**
	 * The identifier as SQL: bare if it is lower case ({@code [a-z_][a-z0-9_]*}) and not a keyword that needs
	 * quoting, otherwise in double quotes with inner double quotes doubled ({@code "Mixed Case"}, {@code "order"},
	 * {@code "a""b"}). Like {@code quote_ident}, this quotes names with {@code $} too.
	 * @param identifier the name as stored in the catalog
	 * @return the name to splice into SQL
	 * @throws IllegalArgumentException if the name is empty, contains a NUL character or is longer than 63 bytes
	 * in UTF-8 (PostgreSQL would silently truncate it)
	 */
	public static String quote(String identifier) {
		Objects.requireNonNull(identifier, "identifier");
		if (identifier.isEmpty()) {
			throw new IllegalArgumentException("an identifier must not be empty");
		}
		if (identifier.indexOf('\0') >= 0) {
			throw new IllegalArgumentException(
					"identifier \"" + identifier.replace("\0", "\\0") + "\" contains a NUL character, which PostgreSQL cannot store");
		}
		int bytes = identifier.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			throw new IllegalArgumentException("identifier \"" + identifier + "\" is " + bytes
					+ " bytes long in UTF-8, over PostgreSQL's limit of " + MAX_BYTES
					+ " bytes: PostgreSQL would silently truncate it, so choose a shorter name");
		}
		return isBare(identifier) ? identifier : '"' + identifier.replace("\"", "\"\"") + '"';
	}

	/** The name as {@code schema.name}, each part quoted as {@link #quote(String)} says; just the name without schema. */
	public static String qualified(QualifiedName name) {
		return (name.schema() != null) ? quote(name.schema()) + "." + quote(name.name()) : quote(name.name());
	}

	private static boolean isBare(String identifier) {
		char first = identifier.charAt(0);
		if (!((first >= 'a' && first <= 'z') || first == '_')) {
			return false;
		}
		for (int i = 1; i < identifier.length(); i++) {
			char c = identifier.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return !KEYWORDS.contains(identifier);
	}

}
