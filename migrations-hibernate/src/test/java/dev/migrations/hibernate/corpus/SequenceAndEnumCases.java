package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.sequenceOptions;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.named;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.util.stream.Stream;

import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Sequences from {@code @SequenceGenerator} and native PostgreSQL enum types. */
final class SequenceAndEnumCases {

	private SequenceAndEnumCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("a new @SequenceGenerator creates its sequence")
					.start((op) -> op.createTable("invoice", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(NumberedBySequence.Invoice.class)
					.changes("+ create sequence public.invoice_number_seq")
					.generating("op.createSequence(\"invoice_number_seq\", sequenceOptions().start(1L).incrementBy(1L));"),
				CorpusCase.of("a changed allocationSize alters the sequence's increment")
					.start((op) -> {
						op.createSequence("invoice_number_seq", sequenceOptions().start(1L).incrementBy(50L));
						op.createTable("invoice", column("id", bigint()).notNull(), primaryKey("id"));
					})
					.entities(NumberedBySequence.Invoice.class)
					.changes("+ alter sequence public.invoice_number_seq")
					.generating("op.alterSequence(\"invoice_number_seq\", sequenceOptions().incrementBy(1L));",
							"op.alterSequence(\"invoice_number_seq\", sequenceOptions().incrementBy(50L));"),
				CorpusCase.of("a sequence no generator uses is dropped, and comes back on downgrade")
					.start((op) -> {
						op.createSequence("ticket_number_seq", sequenceOptions().start(1000L).incrementBy(10L));
						op.createTable("invoice", column("id", bigint()).notNull(), primaryKey("id"));
					})
					.entities(Unnumbered.Invoice.class)
					.changes("- drop sequence public.ticket_number_seq"),
				CorpusCase.of("an enum type no attribute uses is dropped, and comes back on downgrade")
					.start((op) -> {
						op.createEnum("legacy_mood", "meh", "fine");
						op.createTable("diary", column("id", bigint()).notNull(), primaryKey("id"));
					})
					.entities(Undecided.Diary.class)
					.changes("- drop enum public.legacy_mood"),
				CorpusCase.of("a native enum attribute creates its enum type, then the column")
					.start((op) -> op.createTable("diary", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(MoodDiary.Diary.class)
					.changes("+ create enum public.mood [CALM, HAPPY, SAD]", "+ add column public.diary.mood"),
				CorpusCase.of("a varchar column mapped as a native enum with a default creates the type and converts the column")
					.start((op) -> op.createTable("diary", column("id", bigint()).notNull(),
							column("mood", varchar(255)).serverDefault("'HAPPY'"), primaryKey("id")))
					.entities(DefaultMoodDiary.Diary.class)
					.changes("+ create enum public.mood [CALM, HAPPY, SAD]", "+ alter column public.diary.mood drop default",
							"+ alter column public.diary.mood type character varying(255) -> public.mood",
							"+ alter column public.diary.mood set default 'HAPPY'"),
				CorpusCase.of("a native enum gaining a constant adds the label, which the downgrade cannot remove")
					.start((op) -> {
						op.createEnum("mood", "HAPPY", "SAD");
						op.createTable("diary", column("id", bigint()).notNull(), column("mood", named("mood")),
								primaryKey("id"));
					})
					.entities(MoodDiary.Diary.class)
					.changes("+ add value 'CALM' to enum public.mood")
					.generating("op.addEnumValueBefore(\"mood\", \"CALM\", \"HAPPY\");",
							"// cannot be reversed: add value 'CALM' to enum public.mood")
					.downgradeLeaves("enum public.mood ('HAPPY', 'SAD')", "enum public.mood ('CALM', 'HAPPY', 'SAD')"));
	}

	enum Mood {

		HAPPY, SAD, CALM

	}

	static final class NumberedBySequence {

		@Entity
		@Table(name = "invoice")
		static class Invoice {

			@Id
			@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_number")
			@SequenceGenerator(name = "invoice_number", sequenceName = "invoice_number_seq", allocationSize = 1)
			Long id;

		}

	}

	static final class Unnumbered {

		@Entity
		@Table(name = "invoice")
		static class Invoice {

			@Id
			Long id;

		}

	}

	static final class Undecided {

		@Entity
		@Table(name = "diary")
		static class Diary {

			@Id
			Long id;

		}

	}

	static final class DefaultMoodDiary {

		@Entity
		@Table(name = "diary")
		static class Diary {

			@Id
			Long id;

			@Enumerated(EnumType.STRING)
			@JdbcTypeCode(SqlTypes.NAMED_ENUM)
			@ColumnDefault("'HAPPY'")
			Mood mood;

		}

	}

	static final class MoodDiary {

		@Entity
		@Table(name = "diary")
		static class Diary {

			@Id
			Long id;

			@Enumerated(EnumType.STRING)
			@JdbcTypeCode(SqlTypes.NAMED_ENUM)
			Mood mood;

		}

	}

}
