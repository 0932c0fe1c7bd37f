package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.smallint;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.util.stream.Stream;

import org.hibernate.annotations.Check;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Check constraints: declared ones and those Hibernate writes for enums. */
final class CheckCases {

	private CheckCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("@Table(check) adds a named check constraint")
					.start((op) -> op.createTable("product", column("id", bigint()).notNull(), column("stock", integer()),
							primaryKey("id")))
					.entities(StockNotNegative.Product.class)
					.changes("+ add check constraint ck_product_stock on public.product"),
				CorpusCase.of("Hibernate's @Check on an attribute adds a check named as PostgreSQL names it")
					.start((op) -> op.createTable("product", column("id", bigint()).notNull(), column("stock", integer()),
							primaryKey("id")))
					.entities(AttributeCheck.Product.class)
					.changes("+ add check constraint product_stock_check on public.product"),
				CorpusCase.of("a check whose expression changes is dropped and added with the new one")
					.start((op) -> op.createTable("product", column("id", bigint()).notNull(), column("stock", integer()),
							primaryKey("id"), check("stock > 0").named("ck_product_stock")))
					.entities(StockNotNegative.Product.class)
					.changes("- drop check constraint ck_product_stock on public.product",
							"+ add check constraint ck_product_stock on public.product"),
				CorpusCase.of("a check no longer mapped is dropped")
					.start((op) -> op.createTable("product", column("id", bigint()).notNull(), column("stock", integer()),
							primaryKey("id"), check("stock >= 0").named("ck_product_stock")))
					.entities(Unchecked.Product.class)
					.changes("- drop check constraint ck_product_stock on public.product"),
				CorpusCase.of("enums mapped as STRING and ORDINAL create their table with Hibernate's value checks")
					.entities(EnumTask.Task.class)
					.changes("+ create table public.task")
					.generating("check(\"priority between 0 and 2\")", "check(\"status in ('OPEN','DONE')\")"),
				CorpusCase.of("an enum check as a downgrade re-creates it still matches its enum")
					.start((op) -> op.createTable("task", column("id", bigint()).notNull(), column("priority", smallint()),
							column("status", varchar(255)), primaryKey("id"),
							check("((priority >= 0) AND (priority <= 2))").named("task_priority_check"),
							check("((status)::text = ANY ((ARRAY['OPEN'::character varying,"
									+ " 'DONE'::character varying])::text[]))").named("task_status_check")))
					.entities(EnumTask.Task.class)
					.changes(),
				CorpusCase.of("an enum gaining a constant replaces the check on its column")
					.start((op) -> op.createTable("task", column("id", bigint()).notNull(), column("status", varchar(255)),
							primaryKey("id"), check("status in ('OPEN','DONE')")))
					.entities(EnumTaskWithReview.Task.class)
					.changes("- drop check constraint task_status_check on public.task",
							"+ add check constraint task_status_check on public.task")
					// the downgrade adds the old check back as PostgreSQL printed it, and PostgreSQL parses that text
					// into another tree: the cast to text[] moves onto each element (a real limit, not a difference
					// in meaning)
					.downgradeLeaves("  constraint public.task.task_status_check CHECK (((status)::text = ANY"
							+ " ((ARRAY['OPEN'::character varying, 'DONE'::character varying])::text[])))",
							"  constraint public.task.task_status_check CHECK (((status)::text = ANY"
									+ " (ARRAY[('OPEN'::character varying)::text, ('DONE'::character varying)::text])))"));
	}

	enum Priority {

		LOW, NORMAL, HIGH

	}

	static final class StockNotNegative {

		@Entity
		@Table(name = "product", check = @CheckConstraint(name = "ck_product_stock", constraint = "stock >= 0"))
		static class Product {

			@Id
			Long id;

			Integer stock;

		}

	}

	static final class AttributeCheck {

		@Entity
		@Table(name = "product")
		static class Product {

			@Id
			Long id;

			@SuppressWarnings("deprecation")
			@Check(constraints = "stock >= 0")
			Integer stock;

		}

	}

	static final class Unchecked {

		@Entity
		@Table(name = "product")
		static class Product {

			@Id
			Long id;

			Integer stock;

		}

	}

	static final class EnumTask {

		enum Status {

			OPEN, DONE

		}

		@Entity
		@Table(name = "task")
		static class Task {

			@Id
			Long id;

			@Enumerated(EnumType.STRING)
			Status status;

			@Enumerated(EnumType.ORDINAL)
			Priority priority;

		}

	}

	static final class EnumTaskWithReview {

		enum Status {

			OPEN, IN_REVIEW, DONE

		}

		@Entity
		@Table(name = "task")
		static class Task {

			@Id
			Long id;

			@Enumerated(EnumType.STRING)
			Status status;

		}

	}

}
