package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Names that need quotes, and tables outside the default schema. */
final class NameCases {

	private NameCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("tables and columns named by reserved words are created quoted")
					.entities(ReservedWords.User.class, ReservedWords.Order.class)
					.changes("+ create table public.user", "+ create table public.order"),
				CorpusCase.of("a quoted mixed-case table gains a quoted mixed-case column")
					.start((op) -> op.createTable("Mixed", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(MixedCase.Mixed.class)
					.changes("+ add column public.Mixed.DisplayName")
					.generating("op.addColumn(\"Mixed\", column(\"DisplayName\", varchar(255)));"),
				CorpusCase.of("an index on a quoted table and column keeps their case, and its own name folds")
					.start((op) -> op.createTable("Mixed", column("id", bigint()).notNull(),
							column("DisplayName", varchar(255)), primaryKey("id")))
					.entities(MixedCaseIndexed.Mixed.class)
					.changes("+ create index ix_mixed_displayname on public.Mixed"),
				CorpusCase.of("an entity in @Table(schema = \"billing\") creates its table there, keyed to the default schema")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(Billing.Customer.class, Billing.Invoice.class)
					.changes("+ create table billing.invoice")
					.generating("op.inSchema(\"billing\").createTable(\"invoice\""),
				CorpusCase.of("a new attribute of an entity in another schema adds its column there")
					.start((op) -> {
						op.createTable("customer", column("id", bigint()).notNull(), primaryKey("id"));
						op.inSchema("billing").createTable("invoice", column("id", bigint()).notNull(),
								column("customer_id", bigint()), primaryKey("id"));
					})
					.entities(Billing.Customer.class, Billing.Invoice.class)
					.changes("+ add column billing.invoice.number", "+ add foreign key fk_invoice_customer on billing.invoice")
					.generating("op.inSchema(\"billing\").addColumn(\"invoice\""));
	}

	static final class ReservedWords {

		@Entity
		@Table(name = "user")
		static class User {

			@Id
			Long id;

			String select;

		}

		@Entity
		@Table(name = "order")
		static class Order {

			@Id
			Long id;

			@ManyToOne
			User user;

			@Column(name = "group")
			String group;

		}

	}

	static final class MixedCase {

		@Entity
		@Table(name = "\"Mixed\"")
		static class Mixed {

			@Id
			Long id;

			@Column(name = "\"DisplayName\"")
			String displayName;

		}

	}

	static final class MixedCaseIndexed {

		@Entity
		@Table(name = "\"Mixed\"", indexes = @Index(name = "IX_Mixed_DisplayName", columnList = "\"DisplayName\""))
		static class Mixed {

			@Id
			Long id;

			@Column(name = "\"DisplayName\"")
			String displayName;

		}

	}

	static final class Billing {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

		}

		@Entity
		@Table(schema = "billing", name = "invoice")
		static class Invoice {

			@Id
			Long id;

			String number;

			@ManyToOne
			@JoinColumn(foreignKey = @ForeignKey(name = "fk_invoice_customer"))
			Customer customer;

		}

	}

}
