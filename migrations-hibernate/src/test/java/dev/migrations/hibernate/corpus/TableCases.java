package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.comment;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.bool;
import static dev.migrations.core.schema.ColumnTypes.text;

import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.migrations.core.schema.ReferentialAction;

/** Tables created and dropped. */
final class TableCases {

	private TableCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("entities on an empty database create their tables, referenced tables first")
					.entities(Chain.Publisher.class, Chain.Book.class, Chain.Chapter.class)
					.changes("+ create table public.publisher", "+ create table public.book",
							"+ create table public.chapter"),
				CorpusCase.of("tables that reference each other are created first, then the key closing the cycle is added")
					.entities(Cycle.Department.class, Cycle.Employee.class)
					.changes("+ create table public.department", "+ create table public.employee",
							"+ add foreign key fk_department_manager on public.department"),
				CorpusCase.of("a table no entity maps is dropped, and comes back with its keys, checks, index, defaults and comments")
					.start((op) -> {
						op.createTable("customer", column("id", bigint()).notNull(), primaryKey("id"));
						op.createTable("legacy_note", column("id", bigint()).notNull(), column("customer_id", bigint()),
								column("body", text()).notNull().serverDefault("''").comment("what was said"),
								column("pinned", bool()).notNull().serverDefault("false"), primaryKey("id"),
								foreignKey("customer_id").references("customer", "id").onDelete(ReferentialAction.CASCADE),
								unique("customer_id", "body"), check("length(body) < 4000"),
								index("ix_legacy_note_pinned", "customer_id").where("pinned"), comment("notes before CRM"));
					})
					.entities(Customer.class)
					.changes("- drop table public.legacy_note"),
				CorpusCase.of("an id with @GeneratedValue creates Hibernate's sequence before its table")
					.entities(Receipt.class)
					.changes("+ create sequence public.receipt_seq", "+ create table public.receipt")
					.generating("op.createSequence(\"receipt_seq\""),
				CorpusCase.of("with dropUnmapped off a table no entity maps stays")
					.start((op) -> {
						op.createTable("customer", column("id", bigint()).notNull(), primaryKey("id"));
						op.createTable("legacy_note", column("id", bigint()).notNull(), primaryKey("id"));
					})
					.entities(CustomerWithName.class)
					.keepingUnmapped()
					.changes("+ add column public.customer.name"));
	}

	@Entity
	@Table(name = "customer")
	static class Customer {

		@Id
		Long id;

	}

	/** Named, as Hibernate names its default sequence after the entity. */
	@Entity(name = "Receipt")
	@Table(name = "receipt")
	static class Receipt {

		@Id
		@GeneratedValue
		Long id;

	}

	@Entity
	@Table(name = "customer")
	static class CustomerWithName {

		@Id
		Long id;

		String name;

	}

	/** Three tables whose names sort against the order their keys impose. */
	static final class Chain {

		@Entity
		@Table(name = "publisher")
		static class Publisher {

			@Id
			Long id;

			String name;

		}

		@Entity
		@Table(name = "book")
		static class Book {

			@Id
			Long id;

			@ManyToOne
			Publisher publisher;

		}

		@Entity
		@Table(name = "chapter")
		static class Chapter {

			@Id
			Long id;

			@ManyToOne
			Book book;

		}

	}

	/** A department's manager is an employee, and an employee's department a department. */
	static final class Cycle {

		@Entity
		@Table(name = "department")
		static class Department {

			@Id
			Long id;

			@ManyToOne
			@JoinColumn(foreignKey = @ForeignKey(name = "fk_department_manager"))
			Employee manager;

		}

		@Entity
		@Table(name = "employee")
		static class Employee {

			@Id
			Long id;

			@ManyToOne
			@JoinColumn(foreignKey = @ForeignKey(name = "fk_employee_department"))
			Department department;

		}

	}

}
