package dev.migrations.core.reliability;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.numeric;
import static dev.migrations.core.schema.ColumnTypes.timestamp;
import static dev.migrations.core.schema.ColumnTypes.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.postgres.Sql;
import dev.migrations.core.support.SampleRows;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

/**
 * The check that the corpus's data-keeping cases rely on ({@link SampleRows}) fills tables in foreign-key order,
 * accepts what keeps every value (widened types), and notices a value changed, a row gone or a table dropped.
 */
class SampleRowsTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private TestDatabase database;

	private Sql sql;

	private SampleRows rows;

	@BeforeEach
	void fillAShop() throws SQLException {
		this.database = server.newDatabase();
		this.sql = new Sql(this.database.dataSource());
		this.sql.run((op) -> {
			op.createTable("orders", column("id", integer()).notNull(), primaryKey("id"));
			op.createTable("item", column("id", bigint()).notNull(), column("order_id", integer()).notNull(),
					column("code", varchar(10)), column("price", numeric(10, 2)),
					column("sold_at", timestamp()).allowTimestampWithoutTimeZone(), primaryKey("id"),
					foreignKey("order_id").references("orders", "id"));
		});
		this.rows = SampleRows.insert(this.database, Set.of("public"));
	}

	@Test
	void everyTableGetsRowsParentsFirst() throws SQLException { // item comes first by name, and waits for orders
		assertThat(this.sql.rows("SELECT count(*) FROM orders")).containsExactly(List.of("3"));
		assertThat(this.sql.rows("SELECT count(*) FROM item JOIN orders ON orders.id = item.order_id"))
			.containsExactly(List.of("3"));
	}

	@Test
	void widenedTypesKeepEveryValue() throws SQLException {
		this.sql.run((op) -> {
			op.alterColumn("item", "code").type(varchar(40));
			op.alterColumn("item", "price").type(numeric(12, 4));
			op.alterColumn("item", "order_id").type(bigint());
			op.execute("ALTER TABLE item ALTER COLUMN sold_at TYPE timestamptz USING sold_at AT TIME ZONE 'UTC'");
		});

		this.rows.assertKept(this.database);
	}

	@Test
	void aChangedValueIsNoticed() throws SQLException {
		this.sql.run((op) -> op.execute("UPDATE item SET price = price + 0.01 WHERE id = 2"));

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.rows.assertKept(this.database));
	}

	@Test
	void aLostRowIsNoticed() throws SQLException {
		this.sql.run((op) -> op.execute("DELETE FROM item WHERE id = 3"));

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.rows.assertKept(this.database));
	}

	@Test
	void aDroppedTableIsNoticed() throws SQLException {
		this.sql.run((Operations op) -> op.dropTable("item"));

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.rows.assertKept(this.database));
	}

}
