package dev.migrations.hibernate;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Table;

import dev.migrations.core.schema.QualifiedName;

/**
 * The names PostgreSQL stores for what Hibernate's DDL declares. Hibernate writes quoted identifiers in double quotes,
 * which PostgreSQL keeps as written, and the rest bare, which PostgreSQL folds to lower case: a foreign key Hibernate
 * calls {@code FK5vvtlps3u3s7l94w7f1w2daa0} is {@code fk5vvtlps3u3s7l94w7f1w2daa0} in the catalog. Unqualified
 * names live in the default schema.
 */
final class PostgresNames {

	private final String defaultSchema;

	private final IdentifierHelper identifierHelper;

	PostgresNames(String defaultSchema, IdentifierHelper identifierHelper) {
		this.defaultSchema = defaultSchema;
		this.identifierHelper = identifierHelper;
	}

	QualifiedName table(Table table) {
		return qualified(table.getSchemaIdentifier(), table.getNameIdentifier());
	}

	QualifiedName sequence(QualifiedSequenceName name) {
		return qualified(name.getSchemaName(), name.getSequenceName());
	}

	/** A user-defined type such as a native enum, which Hibernate creates unqualified: in the default schema. */
	QualifiedName type(String declaredName) {
		return new QualifiedName(this.defaultSchema, name(declaredName));
	}

	String column(Column column) {
		return column.isQuoted() ? column.getName() : folded(column.getName());
	}

	/** A foreign key's name, which Hibernate quotes as it quotes other identifiers (globally, or keywords). */
	String foreignKey(ForeignKey foreignKey) {
		return stored(this.identifierHelper.toIdentifier(foreignKey.getName()));
	}

	/** A name that Hibernate writes into DDL as it is (index, unique key and check names): quoted only if written so. */
	String name(String declaredName) {
		return stored(Identifier.toIdentifier(declaredName, false, false));
	}

	private QualifiedName qualified(Identifier schema, Identifier name) {
		return new QualifiedName((schema != null) ? stored(schema) : this.defaultSchema, stored(name));
	}

	private static String stored(Identifier identifier) {
		return identifier.isQuoted() ? identifier.getText() : folded(identifier.getText());
	}

	/** What PostgreSQL makes of a bare identifier: ASCII letters in lower case, everything else as it is. */
	private static String folded(String name) {
		StringBuilder folded = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			folded.append((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c);
		}
		return folded.toString();
	}

}
