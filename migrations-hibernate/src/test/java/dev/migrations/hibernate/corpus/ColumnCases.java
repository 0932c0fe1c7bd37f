package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.util.stream.Stream;

import org.hibernate.annotations.ColumnDefault;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Columns added and dropped, their nullability and server defaults. */
final class ColumnCases {

	private ColumnCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("a new attribute adds a nullable column")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(NullableAdded.Customer.class)
					.changes("+ add column public.customer.phone")
					.generating("op.addColumn(\"customer\", column(\"phone\", varchar(255)));"),
				CorpusCase.of("a new NOT NULL attribute with @ColumnDefault adds the column with its default")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(NotNullWithDefaultAdded.Customer.class)
					.changes("+ add column public.customer.loyalty_points")
					.generating("column(\"loyalty_points\", integer()).notNull().serverDefault(\"0\")"),
				CorpusCase.of("a columnDefinition with a default and not null adds the column as it reads")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(DefinedNote.Customer.class)
					.changes("+ add column public.customer.note")
					.generating("column(\"note\", text()).notNull().serverDefault(\"'n/a'\")"),
				CorpusCase.of("a removed attribute drops its column, which the downgrade adds back")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("fax", varchar(255)).comment("nobody faxes"), primaryKey("id")))
					.entities(Identified.Customer.class)
					.changes("- drop column public.customer.fax"),
				CorpusCase.of("columns a mapped table has beyond its entity's attributes are dropped")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("name", varchar(255)), column("imported_from", text()),
							column("import_batch", integer()).notNull().serverDefault("0"), primaryKey("id")))
					.entities(Named.Customer.class)
					.changes("- drop column public.customer.import_batch", "- drop column public.customer.imported_from"),
				CorpusCase.of("an attribute made NOT NULL sets the column not null")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("name", varchar(255)), primaryKey("id")))
					.entities(NameRequired.Customer.class)
					.changes("+ alter column public.customer.name set not null"),
				CorpusCase.of("an attribute made nullable drops the column's not null")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("name", varchar(255)).notNull(), primaryKey("id")))
					.entities(Named.Customer.class)
					.changes("+ alter column public.customer.name drop not null"),
				CorpusCase.of("a new @ColumnDefault sets the column's default")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("status", varchar(255)), primaryKey("id")))
					.entities(StatusDefaultNew.Customer.class)
					.changes("+ alter column public.customer.status set default 'new'"),
				CorpusCase.of("a changed @ColumnDefault changes the column's default, and the downgrade restores the old one")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("status", varchar(255)).serverDefault("'draft'"), primaryKey("id")))
					.entities(StatusDefaultNew.Customer.class)
					.changes("+ alter column public.customer.status set default 'new'")
					.generating(".setDefault(\"'new'\").previousDefault(\"'draft'::character varying\")"),
				CorpusCase.of("a removed @ColumnDefault drops the column's default")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("status", varchar(255)).serverDefault("'draft'"), primaryKey("id")))
					.entities(Status.Customer.class)
					.changes("+ alter column public.customer.status drop default"));
	}

	static final class Identified {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

		}

	}

	static final class Named {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			String name;

		}

	}

	static final class NameRequired {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			@Column(nullable = false)
			String name;

		}

	}

	static final class NullableAdded {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			String phone;

		}

	}

	static final class NotNullWithDefaultAdded {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			@Column(nullable = false)
			@ColumnDefault("0")
			int loyaltyPoints;

		}

	}

	static final class DefinedNote {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			@Column(columnDefinition = "text default 'n/a' not null")
			String note;

		}

	}

	static final class Status {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			String status;

		}

	}

	static final class StatusDefaultNew {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			@ColumnDefault("'new'")
			String status;

		}

	}

}
