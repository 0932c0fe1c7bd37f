package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.comment;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.util.stream.Stream;

import org.hibernate.annotations.Comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Comments on tables and columns. */
final class CommentCases {

	private CommentCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("Hibernate's @Comment on an attribute sets the column's comment")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("name", varchar(255)), primaryKey("id")))
					.entities(HibernateComment.Customer.class)
					.changes("+ set comment on column public.customer.name"),
				CorpusCase.of("a changed @Column(comment) changes the column's comment, and the downgrade restores the old one")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("name", varchar(255)).comment("the name"), primaryKey("id")))
					.entities(ColumnComment.Customer.class)
					.changes("+ set comment on column public.customer.name")
					.generating(".comment(\"what the customer calls themselves\").previousComment(\"the name\")"),
				CorpusCase.of("comments with quotes, backslashes and line breaks reach the database as written")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("name", varchar(255)), primaryKey("id")))
					.entities(TrickyComment.Customer.class)
					.changes("+ set comment on column public.customer.name"),
				CorpusCase.of("@Table(comment) sets the table's comment")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(TableComment.Customer.class)
					.changes("+ set comment on table public.customer"),
				CorpusCase.of("a removed @Table(comment) drops the table's comment")
					.entities(ColumnComment.Customer.class)
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("name", varchar(255)).comment("what the customer calls themselves"), primaryKey("id"),
							comment("customers")))
					.changes("+ drop comment on table public.customer"),
				CorpusCase.of("a changed @Table(comment) changes the table's comment")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(), primaryKey("id"),
							comment("customers")))
					.entities(TableComment.Customer.class)
					.changes("+ set comment on table public.customer"));
	}

	static final class HibernateComment {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			@SuppressWarnings("deprecation")
			@Comment("what the customer calls themselves")
			String name;

		}

	}

	static final class ColumnComment {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			@Column(comment = "what the customer calls themselves")
			String name;

		}

	}

	static final class TrickyComment {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			@Column(comment = "it's \"quoted\", C:\\names\\u0041 and\n*/ two lines")
			String name;

		}

	}

	static final class TableComment {

		@Entity
		@Table(name = "customer", comment = "people who buy, and those who might")
		static class Customer {

			@Id
			Long id;

		}

	}

}
