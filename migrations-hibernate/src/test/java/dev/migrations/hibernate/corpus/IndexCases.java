package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.bool;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;

import dev.migrations.core.operation.Operations;

/** Indexes from {@code @Table(indexes)}: columns, uniqueness, expressions and partial indexes. */
final class IndexCases {

	private IndexCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("an @Index over two columns creates the index")
					.start(person(null))
					.entities(NameIndexed.Person.class)
					.changes("+ create index ix_person_name on public.person"),
				CorpusCase.of("an @Index no longer declared drops the index")
					.start(person((op) -> op.createIndex("ix_person_name", "person", "last_name", "first_name")))
					.entities(Person.class)
					.changes("- drop index public.ix_person_name"),
				CorpusCase.of("an @Index over other columns replaces the index")
					.start(person((op) -> op.createIndex("ix_person_name", "person", "last_name")))
					.entities(NameIndexed.Person.class)
					.changes("- drop index public.ix_person_name", "+ create index ix_person_name on public.person"),
				CorpusCase.of("a unique @Index adds a unique constraint, as Hibernate creates it")
					.start(person(null))
					.entities(UniqueName.Person.class)
					.changes("+ add unique constraint ux_person_name on public.person"),
				CorpusCase.of("an @Index on (lower(email)) creates an expression index")
					.start(person(null))
					.entities(LowerEmailIndexed.Person.class)
					.changes("+ create index ix_person_lower_email on public.person")
					.generating("expression(\"lower(email)\")"),
				CorpusCase.of("a unique @Index on (lower(email)) creates a unique expression index")
					.start(person(null))
					.entities(LowerEmailUnique.Person.class)
					.changes("+ create unique index ux_person_lower_email on public.person"),
				CorpusCase.of("an @Index with options \"where ...\" creates a partial index")
					.start(person(null))
					.entities(ActiveIndexed.Person.class)
					.changes("+ create index ix_person_active_email on public.person")
					.generating(".where(\"active\")"));
	}

	/** A person table, and what else the case starts with. */
	private static Consumer<Operations> person(Consumer<Operations> more) {
		return (op) -> {
			op.createTable("person", column("id", bigint()).notNull(), column("active", bool()).notNull(),
					column("email", varchar(255)), column("first_name", varchar(255)), column("last_name", varchar(255)),
					primaryKey("id"));
			if (more != null) {
				more.accept(op);
			}
		};
	}

	/** The attributes every case's person has; each case declares its own indexes. */
	@MappedSuperclass
	static class PersonAttributes {

		@Id
		Long id;

		boolean active;

		String email;

		String firstName;

		String lastName;

	}

	@Entity
	@Table(name = "person")
	static class Person extends PersonAttributes {

	}

	static final class NameIndexed {

		@Entity
		@Table(name = "person", indexes = @Index(name = "ix_person_name", columnList = "last_name, first_name"))
		static class Person extends PersonAttributes {

		}

	}

	static final class UniqueName {

		@Entity
		@Table(name = "person",
				indexes = @Index(name = "ux_person_name", columnList = "last_name, first_name", unique = true))
		static class Person extends PersonAttributes {

		}

	}

	static final class LowerEmailIndexed {

		@Entity
		@Table(name = "person", indexes = @Index(name = "ix_person_lower_email", columnList = "(lower(email))"))
		static class Person extends PersonAttributes {

		}

	}

	static final class LowerEmailUnique {

		@Entity
		@Table(name = "person",
				indexes = @Index(name = "ux_person_lower_email", columnList = "(lower(email))", unique = true))
		static class Person extends PersonAttributes {

		}

	}

	static final class ActiveIndexed {

		@Entity
		@Table(name = "person", indexes = @Index(name = "ix_person_active_email", columnList = "email", options = "where active"))
		static class Person extends PersonAttributes {

		}

	}

}
