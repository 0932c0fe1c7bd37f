package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** Mappings whose tables are not one entity's attributes: hierarchies, embeddables, references to the same table. */
final class MappingShapeCases {

	private MappingShapeCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("a single-table hierarchy creates one table with its discriminator and its check")
					.entities(SingleTable.Payment.class, SingleTable.CardPayment.class, SingleTable.CashPayment.class)
					.changes("+ create table public.payment")
					.generating("column(\"dtype\", varchar(31)).notNull()",
							"check(\"dtype in ('PAYMENT','CARD','CASH')\")"),
				CorpusCase.of("a joined subclass creates its table keyed to its parent's")
					.start((op) -> op.createTable("vehicle", column("id", bigint()).notNull(),
							column("plate", varchar(255)), primaryKey("id")))
					.entities(Joined.Vehicle.class, Joined.Truck.class)
					.changes("+ create table public.truck"),
				CorpusCase.of("an @Embedded value adds one column per attribute")
					.start((op) -> op.createTable("shop", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(Embedding.Shop.class)
					.changes("+ add column public.shop.city", "+ add column public.shop.street"),
				CorpusCase.of("a self-referencing entity creates its table with the key to itself")
					.entities(SelfReference.Category.class)
					.changes("+ create table public.category"),
				CorpusCase.of("two unmapped tables referencing each other are dropped keys first, and come back whole")
					.start((op) -> {
						op.createTable("keeper", column("id", bigint()).notNull(), primaryKey("id"));
						op.createTable("old_a", column("id", bigint()).notNull(), column("b_id", bigint()), primaryKey("id"));
						op.createTable("old_b", column("id", bigint()).notNull(), column("a_id", bigint()), primaryKey("id"),
								foreignKey("a_id").references("old_a", "id").named("fk_old_b_a"));
						op.createForeignKey("fk_old_a_b", "old_a", foreignKey("b_id").references("old_b", "id"));
					})
					.entities(Keeper.class)
					.changes("- drop foreign key fk_old_a_b on public.old_a", "- drop foreign key fk_old_b_a on public.old_b",
							"- drop table public.old_b", "- drop table public.old_a"));
	}

	@Entity
	@Table(name = "keeper")
	static class Keeper {

		@Id
		Long id;

	}

	static final class SingleTable {

		@Entity
		@Table(name = "payment")
		@DiscriminatorValue("PAYMENT")
		static class Payment {

			@Id
			Long id;

		}

		@Entity
		@DiscriminatorValue("CARD")
		static class CardPayment extends Payment {

			String cardNumber;

		}

		@Entity
		@DiscriminatorValue("CASH")
		static class CashPayment extends Payment {

		}

	}

	static final class Joined {

		@Entity
		@Table(name = "vehicle")
		@Inheritance(strategy = InheritanceType.JOINED)
		static class Vehicle {

			@Id
			Long id;

			String plate;

		}

		@Entity
		@Table(name = "truck")
		@PrimaryKeyJoinColumn(foreignKey = @ForeignKey(name = "fk_truck_vehicle"))
		static class Truck extends Vehicle {

			int axles;

		}

	}

	static final class Embedding {

		@Embeddable
		static class Address {

			String street;

			@Column(length = 80)
			String city;

		}

		@Entity
		@Table(name = "shop")
		static class Shop {

			@Id
			Long id;

			@Embedded
			Address address;

		}

	}

	static final class SelfReference {

		@Entity
		@Table(name = "category")
		static class Category {

			@Id
			Long id;

			@ManyToOne
			@JoinColumn(foreignKey = @ForeignKey(name = "fk_category_parent"))
			Category parent;

		}

	}

}
