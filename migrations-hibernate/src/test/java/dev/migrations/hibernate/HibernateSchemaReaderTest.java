package dev.migrations.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.hibernate.boot.Metadata;
import org.hibernate.cfg.JdbcSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnTypes;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Identity;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.IndexPart;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.SequenceOptions;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.hibernate.shop.Shop;

class HibernateSchemaReaderTest {

	private static MappedSchema shop;

	@BeforeAll
	static void readShop() {
		long start = System.nanoTime();
		Metadata metadata = HibernateSchemaReader.buildMetadata(Shop.CLASSES, Shop.SNAKE_CASE);
		long built = System.nanoTime();
		shop = HibernateSchemaReader.read(metadata, "public");
		System.out.printf("buildMetadata for %d annotated classes, the test class's first: %.0f ms; read: %.0f ms%n",
				Shop.CLASSES.size(), (built - start) / 1e6, (System.nanoTime() - built) / 1e6);
	}

	@Test
	void tablesWithoutASchemaAreInTheDefaultSchemaAndTheOthersInTheirOwn() {
		assertThat(shop.schema().tables()).extracting(Table::name)
			.containsExactly(name("billing", "invoice"), name("card_payment"), name("coupon"), name("customer"),
					name("customer_label"), name("notification"), name("order"), name("order_coupon"),
					name("order_line"), name("payment"), name("redemption"));
	}

	@Test
	void columnsComeInHibernatesOrderWithTheTypesThePostgresqlDialectRenders() {
		assertThat(table("customer").columns()).extracting(Column::name, Column::type)
			.containsExactly(column("id", ColumnTypes.bigint()), column("birth_date", ColumnTypes.date()),
					column("created_at", ColumnTypes.timestamptz(6)),
					column("display_name", ColumnTypes.varchar(255)), column("email", ColumnTypes.varchar(320)),
					column("last_seen_local", ColumnTypes.parse("timestamp(6)")),
					column("nickname", ColumnTypes.varchar(255)), column("phone", ColumnTypes.varchar(20)),
					column("priority", ColumnTypes.smallint()), column("status", ColumnTypes.varchar(255)),
					column("version", ColumnTypes.bigint()), column("referrer_id", ColumnTypes.bigint()));
	}

	@Test
	void javaTypesHaveThePostgresqlTypesTheDialectGivesThem() {
		Table order = table("order");
		assertThat(order.column("id").type()).isEqualTo(ColumnTypes.uuid());
		assertThat(order.column("placed_at").type()).isEqualTo(ColumnTypes.timestamptz(6));
		assertThat(order.column("total").type()).isEqualTo(ColumnTypes.numeric(19, 4));
		assertThat(order.column("attributes").type()).isEqualTo(ColumnTypes.jsonb());
		assertThat(order.column("tags").type()).isEqualTo(ColumnTypes.arrayOf(ColumnTypes.varchar(255)));
		assertThat(order.column("notes").type()).isEqualTo(ColumnTypes.parse("oid"));
		Table coupon = table("coupon");
		assertThat(coupon.column("percent").type()).isEqualTo(ColumnTypes.doublePrecision());
		assertThat(coupon.column("weight").type()).isEqualTo(ColumnTypes.real());
		assertThat(coupon.column("active").type()).isEqualTo(ColumnTypes.bool());
		assertThat(coupon.column("image").type()).isEqualTo(ColumnTypes.bytea());
		assertThat(coupon.column("validity").type()).isEqualTo(ColumnTypes.numeric(21, 0));
		assertThat(coupon.column("redeemable_from").type()).isEqualTo(ColumnTypes.parse("time(0)"));
	}

	@Test
	void onlyLocalDateTimeIsTimestampWithoutTimeZone() {
		assertThat(shop.schema().tables()).flatMap(Table::columns)
			.filteredOn((column) -> column.type().isTimestampWithoutTimeZone())
			.extracting(Column::name)
			.containsExactly("last_seen_local");
	}

	@Test
	void nullabilityFollowsTheMapping() {
		assertThat(table("customer").column("email").nullable()).isFalse();
		assertThat(table("customer").column("phone").nullable()).isTrue();
		assertThat(table("order").column("customer_id").nullable()).as("optional = false").isFalse();
		assertThat(table("order").column("id").nullable()).as("a key column").isFalse();
	}

	@Test
	void identityKeysAreGeneratedByDefaultAndNotNull() {
		Column id = table("customer").column("id");

		assertThat(id.identity()).isEqualTo(Identity.BY_DEFAULT);
		assertThat(id.nullable()).isFalse();
		assertThat(table("order").column("id").identity()).isEqualTo(Identity.NONE);
	}

	@Test
	void columnDefaultsAreServerDefaultsAsWritten() {
		assertThat(table("customer").column("nickname").serverDefault()).isEqualTo("'n/a'");
		assertThat(table("customer").column("phone").serverDefault()).isNull();
	}

	@Test
	void aColumnDefinitionGivesTheTypeTheDefaultAndNotNullItCarries() {
		Column giftMessage = table("order").column("gift_message");

		assertThat(giftMessage.type()).isEqualTo(ColumnTypes.text());
		assertThat(giftMessage.serverDefault()).isEqualTo("'n/a'");
		assertThat(giftMessage.nullable()).isFalse();
	}

	@Test
	void commentsComeFromJpaAndHibernateAnnotations() {
		assertThat(table("customer").comment()).isEqualTo("people who buy");
		assertThat(table("customer").column("display_name").comment()).isEqualTo("as shown on invoices");
		assertThat(table(name("billing", "invoice")).column("amount").comment())
			.isEqualTo("gross, in the currency of the order");
	}

	@Test
	void primaryKeysAreLeftForPostgresqlToNameAndKeepHibernatesColumnOrder() {
		assertThat(table("customer").primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
		assertThat(table("order_line").primaryKey().columns()).as("@EmbeddedId, alphabetical")
			.containsExactly("line_number", "order_id");
		assertThat(table("redemption").primaryKey().columns()).as("@IdClass, alphabetical")
			.containsExactly("coupon_code", "customer_reference");
		assertThat(table("order_coupon").primaryKey().columns()).containsExactly("order_id", "coupon_code");
		assertThat(table("customer_label").primaryKey()).as("a set of nullable values").isNull();
	}

	@Test
	void uniqueColumnsKeysAndIndexesAreUniqueConstraintsNamedOnlyWhenTheMappingNamesThem() {
		assertThat(table("customer").uniqueConstraints()).containsExactly(unique(null, "email"));
		assertThat(table(name("billing", "invoice")).uniqueConstraints()).as("@OneToOne")
			.containsExactly(unique(null, "order_id"));
		assertThat(table("coupon").uniqueConstraints()).containsExactly(unique(null, "campaign", "rank"),
				unique("ux_coupon_label", "label"));
		assertThat(table("customer_label").uniqueConstraints()).containsExactly(unique(null, "customer_id", "label"));
	}

	@Test
	void foreignKeysReferenceTheReferencedPrimaryKeyUnderTheNamePostgresqlStores() {
		assertThat(table("order").foreignKeys()).singleElement().satisfies((key) -> {
			assertThat(key.name()).matches("fk[0-9a-z]+");
			assertThat(key.columns()).containsExactly("customer_id");
			assertThat(key.referencedTable()).isEqualTo(name("customer"));
			assertThat(key.referencedColumns()).containsExactly("id");
			assertThat(key.onDelete()).as("@OnDelete").isEqualTo(ReferentialAction.CASCADE);
		});
		assertThat(table(name("billing", "invoice")).foreignKeys()).containsExactly(new ForeignKey("fk_invoice_order",
				List.of("order_id"), name("order"), List.of("id"), ReferentialAction.NO_ACTION, null, null));
		assertThat(table("order_coupon").foreignKeys()).extracting(ForeignKey::referencedTable)
			.containsExactlyInAnyOrder(name("order"), name("coupon"));
		assertThat(table("order_line").foreignKeys()).extracting(ForeignKey::columns)
			.containsExactly(List.of("order_id"));
		assertThat(table("customer").foreignKeys()).as("ConstraintMode.NO_CONSTRAINT").isEmpty();
	}

	@Test
	void checksComeFromEnumsAndCheckAnnotations() {
		assertThat(table("customer").checks()).containsExactly(
				new CheckConstraint(null, "priority between 0 and 2"),
				new CheckConstraint(null, "status in ('NEW','ACTIVE','CLOSED')"));
		assertThat(table("order").checks()).as("@Table(check)")
			.containsExactly(new CheckConstraint("order_total_not_negative", "total >= 0"));
		assertThat(table(name("billing", "invoice")).checks()).as("@Check")
			.containsExactly(new CheckConstraint(null, "amount >= 0"));
	}

	@Test
	void indexesKeepTheirColumnsExpressionsAndPredicate() {
		assertThat(table("customer").indexes()).containsExactly(
				new Index("ix_customer_lower_email", name("customer"), List.of(IndexPart.expression("lower(email)")),
						false, null, null),
				new Index("ix_customer_phone_nickname", name("customer"),
						List.of(IndexPart.column("phone"), IndexPart.column("nickname")), false, null, null));
		assertThat(table("coupon").indexes()).containsExactly(new Index("ix_coupon_campaign_active", name("coupon"),
				List.of(IndexPart.column("campaign")), false, "active", null));
	}

	@Test
	void sequencesStartAndIncrementAsTheirGeneratorSays() {
		assertThat(shop.schema().sequences()).containsExactly(
				new Sequence(name("billing", "invoice_number_seq"), null,
						SequenceOptions.defaults().start(1000).incrementBy(10)),
				new Sequence(name("payment_seq"), null, SequenceOptions.defaults().start(1).incrementBy(50)));
	}

	@Test
	void packagesGiveTheirPackageLevelGenerators() {
		Metadata withPackage = HibernateSchemaReader.buildMetadata(List.of(Ticket.class),
				List.of("dev.migrations.hibernate.generators"), Shop.SNAKE_CASE);
		Metadata withoutPackage = HibernateSchemaReader.buildMetadata(List.of(Ticket.class), Shop.SNAKE_CASE);

		assertThat(HibernateSchemaReader.read(withPackage, "public").schema().sequences()).containsExactly(new Sequence(
				name("shared_reference_seq"), null, SequenceOptions.defaults().start(1).incrementBy(1)));
		assertThat(HibernateSchemaReader.read(withoutPackage, "public").schema().sequences())
			.as("Hibernate's fallback for an unknown generator")
			.containsExactly(new Sequence(name("shared_reference"), null,
					SequenceOptions.defaults().start(1).incrementBy(50)));
	}

	@Test
	void theDefaultSchemaHoldsTheUnqualifiedTablesSequencesAndTypes() {
		MappedSchema mapped = HibernateSchemaReader
			.read(HibernateSchemaReader.buildMetadata(Shop.CLASSES, Shop.SNAKE_CASE), "shop");

		assertThat(mapped.schema().tables()).extracting(Table::name)
			.contains(name("shop", "customer"), name("billing", "invoice"));
		assertThat(mapped.schema().table(name("billing", "invoice")).orElseThrow().foreignKeys())
			.extracting(ForeignKey::referencedTable)
			.containsExactly(name("shop", "order"));
		assertThat(mapped.schema().sequences()).extracting(Sequence::name).contains(name("shop", "payment_seq"));
		assertThat(mapped.schema().enums()).extracting(EnumType::name).containsExactly(name("shop", "orderstate"));
		assertThat(mapped.origin(name("shop", "customer"), "email")).contains("Customer.email");
	}

	@Test
	void aSingleTableHierarchyIsOneTableWithACheckedDiscriminator() {
		Table notification = table("notification");

		assertThat(notification.columns()).extracting(Column::name)
			.containsExactlyInAnyOrder("dtype", "id", "phone_number", "subject", "recipient_id");
		assertThat(notification.column("dtype").nullable()).isFalse();
		assertThat(notification.checks())
			.containsExactly(new CheckConstraint(null, "dtype in ('EmailNotification','SmsNotification')"));
	}

	@Test
	void aJoinedSubclassTableIsKeyedByAForeignKeyToItsRoot() {
		Table cardPayment = table("card_payment");

		assertThat(cardPayment.primaryKey().columns()).containsExactly("id");
		assertThat(cardPayment.foreignKeys()).singleElement().satisfies((key) -> {
			assertThat(key.referencedTable()).isEqualTo(name("payment"));
			assertThat(key.columns()).containsExactly("id");
		});
	}

	@Test
	void nativeEnumsAreNamedTypesInTheDefaultSchemaWithTheLabelsSorted() {
		assertThat(table("order").column("state").type()).isEqualTo(ColumnTypes.named(name("orderstate")));
		assertThat(shop.schema().enums())
			.containsExactly(new EnumType(name("orderstate"), List.of("CANCELLED", "PAID", "PLACED", "SHIPPED")));
	}

	@Test
	void preferringNativeEnumsMakesEveryEnumATypeAndOrdinalsKeepTheirOrder() {
		MappedSchema mapped = read(Shop.NATIVE_ENUMS);
		Table customer = mapped.schema().table(name("customer")).orElseThrow();

		assertThat(customer.column("status").type()).isEqualTo(ColumnTypes.named(name("customerstatus")));
		assertThat(customer.checks()).isEmpty();
		assertThat(mapped.schema().enums()).containsExactly(
				new EnumType(name("customerstatus"), List.of("ACTIVE", "CLOSED", "NEW")),
				new EnumType(name("orderstate"), List.of("CANCELLED", "PAID", "PLACED", "SHIPPED")),
				new EnumType(name("priority"), List.of("LOW", "NORMAL", "HIGH")));
	}

	@Test
	void bareNamesAreFoldedToLowerCaseAsPostgresqlFoldsThemAndQuotedOnesKept() {
		MappedSchema mapped = read(Shop.NATIVE_ENUMS);

		assertThat(mapped.schema().tables()).extracting(Table::name).contains(name("orderline"), name("order"));
		assertThat(mapped.schema().table(name("customer")).orElseThrow().columns()).extracting(Column::name)
			.contains("displayname", "lastseenlocal", "referrer_id");
	}

	@Test
	void eachColumnKnowsTheEntityAttributeItComesFrom() {
		assertThat(shop.origin(name("customer"), "last_seen_local")).contains("Customer.lastSeenLocal");
		assertThat(shop.origin(name("billing", "invoice"), "order_id")).contains("Invoice.order");
		assertThat(shop.origin(name("order_line"), "order_id")).contains("OrderLine.id.orderId");
		assertThat(shop.origin(name("redemption"), "coupon_code")).contains("Redemption.couponCode");
		assertThat(shop.origin(name("order_coupon"), "coupon_code")).contains("Order.coupons");
		assertThat(shop.origin(name("customer_label"), "label")).contains("Customer.labels");
		assertThat(shop.origin(name("customer"), "no_such_column")).isEmpty();
	}

	@Test
	void inheritedAndKeyColumnsComeFromTheEntityWhoseTableHoldsThem() {
		assertThat(shop.origin(name("payment"), "created_at")).contains("Payment.createdAt");
		assertThat(shop.origin(name("card_payment"), "id")).contains("CardPayment.id");
		assertThat(shop.origin(name("notification"), "subject")).contains("EmailNotification.subject");
		assertThat(shop.origin(name("notification"), "dtype")).as("the discriminator").isEmpty();
	}

	@Test
	void everyColumnButTheDiscriminatorHasAnOrigin() {
		for (Table table : shop.schema().tables()) {
			assertThat(table.columns()).extracting(Column::name)
				.filteredOn((column) -> shop.origin(table.name(), column).isEmpty())
				.as(table.name().toString())
				.isSubsetOf("dtype");
		}
	}

	@Test
	void theDatabaseMajorVersionMayBeANumber() {
		Metadata metadata = HibernateSchemaReader.buildMetadata(Shop.CLASSES,
				Map.of(JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, 17));

		assertThat(metadata.getDatabase().getDialect().getVersion().getMajor()).isEqualTo(17);
	}

	@Test
	void aDialectOtherThanPostgresqlIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HibernateSchemaReader.buildMetadata(Shop.CLASSES,
					Map.of(JdbcSettings.DIALECT, "org.hibernate.dialect.H2Dialect")))
			.withMessageContaining("H2Dialect")
			.withMessageContaining("PostgreSQL");
	}

	@Test
	void buildingMetadataAgainTakes() {
		StringBuilder timings = new StringBuilder();
		for (int run = 1; run <= 5; run++) {
			long start = System.nanoTime();
			HibernateSchemaReader.buildMetadata(Shop.CLASSES, Shop.SNAKE_CASE);
			timings.append(String.format(" %.0f ms", (System.nanoTime() - start) / 1e6));
		}
		System.out.println("buildMetadata for " + Shop.CLASSES.size() + " annotated classes, five more times:" + timings);
	}

	private static MappedSchema read(Map<String, Object> settings) {
		return HibernateSchemaReader.read(HibernateSchemaReader.buildMetadata(Shop.CLASSES, settings), "public");
	}

	private static Table table(String name) {
		return table(name(name));
	}

	private static Table table(QualifiedName name) {
		return shop.schema().table(name).orElseThrow();
	}

	private static QualifiedName name(String name) {
		return QualifiedName.of("public", name);
	}

	private static QualifiedName name(String schema, String name) {
		return QualifiedName.of(schema, name);
	}

	private static Tuple column(String name, ColumnType type) {
		return Tuple.tuple(name, type);
	}

	private static UniqueConstraint unique(String name, String... columns) {
		return new UniqueConstraint(name, List.of(columns), null);
	}

}
