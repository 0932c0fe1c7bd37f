package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the database holds that the mapping does not speak of, and databases that already match. */
final class DatabaseOnlyCases {

	private DatabaseOnlyCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("a database that matches the entities has no changes")
					.start((op) -> op.createTable("ticket", column("id", bigint()).notNull(),
							column("title", varchar(255)), primaryKey("id")))
					.entities(Plain.Ticket.class)
					.changes(),
				CorpusCase.of("a serial id in the database satisfies an IDENTITY id in the mapping")
					.start((op) -> op.execute("CREATE TABLE ticket (id serial PRIMARY KEY, title varchar(255))"))
					.entities(Identity.Ticket.class)
					.changes(),
				CorpusCase.of("a view over a mapped table is ignored, and the downgrade leaves it as it was")
					.start((op) -> {
						op.createTable("ticket", column("id", bigint()).notNull(), primaryKey("id"));
						op.execute("CREATE VIEW ticket_ids AS SELECT id FROM ticket");
					})
					.entities(Plain.Ticket.class)
					.changes("+ add column public.ticket.title"));
	}

	static final class Plain {

		@Entity
		@Table(name = "ticket")
		static class Ticket {

			@Id
			Long id;

			String title;

		}

	}

	static final class Identity {

		@Entity
		@Table(name = "ticket")
		static class Ticket {

			@Id
			@GeneratedValue(strategy = GenerationType.IDENTITY)
			Integer id;

			String title;

		}

	}

}
