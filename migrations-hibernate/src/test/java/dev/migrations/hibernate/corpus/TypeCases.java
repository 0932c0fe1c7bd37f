package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.numeric;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.timestamp;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import java.util.stream.Stream;

import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Column types changed, and the types PostgreSQL has that other databases lack. */
final class TypeCases {

	private TypeCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("a longer @Column(length) widens the varchar")
					.start((op) -> op.createTable("customer", column("id", bigint()).notNull(),
							column("email", varchar(100)), primaryKey("id")))
					.entities(LongerEmail.Customer.class)
					.changes("+ alter column public.customer.email type character varying(100) -> character varying(320)"),
				CorpusCase.of("an int attribute made long turns integer into bigint")
					.start((op) -> op.createTable("counter", column("id", bigint()).notNull(),
							column("hits", integer()).notNull(), primaryKey("id")))
					.entities(LongHits.Counter.class)
					.changes("+ alter column public.counter.hits type integer -> bigint"),
				CorpusCase.of("a text column mapped as Integer is converted with USING, and back to text on downgrade")
					.start((op) -> op.createTable("product", column("id", bigint()).notNull(),
							column("stock", text()), primaryKey("id")))
					.entities(IntegerStock.Product.class)
					.changes("+ alter column public.product.stock type text -> integer")
					.generating(".type(integer(), \"stock::integer\")", ".previousType(text(), \"stock::text\")"),
				CorpusCase.of("a new precision and scale change the numeric")
					.start((op) -> op.createTable("product", column("id", bigint()).notNull(),
							column("price", numeric(10, 2)), primaryKey("id")))
					.entities(PreciseProduct.Product.class)
					.changes("+ alter column public.product.price type numeric(10,2) -> numeric(12,4)"),
				CorpusCase.of("a timestamp column opted out of the TIMESTAMPTZ rule becomes timestamptz, read as UTC")
					.start((op) -> op.createTable("event", column("id", bigint()).notNull(),
							column("happened_at", timestamp()).allowTimestampWithoutTimeZone(), primaryKey("id")))
					.entities(InstantEvent.Event.class)
					.changes("+ alter column public.event.happened_at type timestamp without time zone -> timestamp(6) with time zone")
					.generating("happened_at AT TIME ZONE 'UTC'"),
				CorpusCase.of("a String[] attribute adds a varchar array column")
					.start((op) -> op.createTable("article", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(TaggedArticle.Article.class)
					.changes("+ add column public.article.tags")
					.generating("column(\"tags\", arrayOf(varchar(255)))"),
				CorpusCase.of("a JSON attribute adds a jsonb column")
					.start((op) -> op.createTable("article", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(JsonArticle.Article.class)
					.changes("+ add column public.article.metadata")
					.generating("column(\"metadata\", jsonb())"),
				CorpusCase.of("a text column with a default mapped as Integer with another default converts both")
					.start((op) -> op.createTable("product", column("id", bigint()).notNull(),
							column("stock", text()).serverDefault("'none'"), primaryKey("id")))
					.entities(IntegerStockWithDefault.Product.class)
					.changes("+ alter column public.product.stock drop default",
							"+ alter column public.product.stock type text -> integer",
							"+ alter column public.product.stock set default 0"),
				CorpusCase.of("dates, times, durations, floating point, booleans and bytes add columns of the dialect's types")
					.start((op) -> op.createTable("measurement", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(Measurement.class)
					.changes("+ add column public.measurement.day", "+ add column public.measurement.duration",
							"+ add column public.measurement.ratio", "+ add column public.measurement.raw",
							"+ add column public.measurement.time_of_day", "+ add column public.measurement.valid",
							"+ add column public.measurement.value")
					.generating("// NOT NULL without a default: fails if public.measurement has rows")
					.refusingExistingRows(),
				CorpusCase.of("a uuid id with gen_random_uuid() as its default creates the table with it")
					.entities(UuidDocument.Document.class)
					.changes("+ create table public.document")
					.generating("column(\"id\", uuid()).notNull().serverDefault(\"gen_random_uuid()\")"));
	}

	static final class LongerEmail {

		@Entity
		@Table(name = "customer")
		static class Customer {

			@Id
			Long id;

			@Column(length = 320)
			String email;

		}

	}

	static final class LongHits {

		@Entity
		@Table(name = "counter")
		static class Counter {

			@Id
			Long id;

			long hits;

		}

	}

	static final class IntegerStock {

		@Entity
		@Table(name = "product")
		static class Product {

			@Id
			Long id;

			Integer stock;

		}

	}

	static final class IntegerStockWithDefault {

		@Entity
		@Table(name = "product")
		static class Product {

			@Id
			Long id;

			@ColumnDefault("0")
			Integer stock;

		}

	}

	@Entity
	@Table(name = "measurement")
	static class Measurement {

		@Id
		Long id;

		LocalDate day;

		LocalTime timeOfDay;

		Duration duration;

		double value;

		Float ratio;

		boolean valid;

		byte[] raw;

	}

	static final class PreciseProduct {

		@Entity
		@Table(name = "product")
		static class Product {

			@Id
			Long id;

			@Column(precision = 12, scale = 4)
			BigDecimal price;

		}

	}

	static final class InstantEvent {

		@Entity
		@Table(name = "event")
		static class Event {

			@Id
			Long id;

			Instant happenedAt;

		}

	}

	/** Breaks the TIMESTAMPTZ rule: a LocalDateTime maps to timestamp without time zone. */
	static final class LocalEvent {

		@Entity
		@Table(name = "event")
		static class Event {

			@Id
			Long id;

			LocalDateTime happenedAt;

		}

	}

	static final class TaggedArticle {

		@Entity
		@Table(name = "article")
		static class Article {

			@Id
			Long id;

			String[] tags;

		}

	}

	static final class JsonArticle {

		@Entity
		@Table(name = "article")
		static class Article {

			@Id
			Long id;

			@JdbcTypeCode(SqlTypes.JSON)
			String metadata;

		}

	}

	static final class UuidDocument {

		@Entity
		@Table(name = "document")
		static class Document {

			@Id
			@ColumnDefault("gen_random_uuid()")
			UUID id;

			String title;

		}

	}

}
