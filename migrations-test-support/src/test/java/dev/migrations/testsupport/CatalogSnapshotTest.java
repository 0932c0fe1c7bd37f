package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogSnapshotTest {

    private static final String SCHEMA = """
            create schema app;
            create type app.status as enum ('new', 'active', 'closed');
            create sequence app.invoice_number as integer start with 1000 increment by 10 cache 5;
            create table app.customer (
                id bigint generated always as identity primary key,
                email varchar(255) not null unique,
                status app.status not null default 'new',
                created_at timestamptz not null default now(),
                email_domain text generated always as (split_part(email, '@', 2)) stored
            );
            comment on table app.customer is 'People who buy';
            comment on column app.customer.email is 'Where the invoices go';
            create table app.invoice (
                id serial primary key,
                customer_id bigint not null references app.customer (id) on delete cascade,
                number integer not null default nextval('app.invoice_number'),
                total numeric(12, 2) check (total >= 0)
            );
            create index invoice_customer_idx on app.invoice (customer_id) where total > 0;
            create view app.big_invoice as select id, total from app.invoice where total > 1000;
            create materialized view app.invoice_count as select customer_id, count(*) from app.invoice group by 1;
            create table migrations_version (version_num varchar(32) primary key);
            """;

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @BeforeAll
    static void createSchema() throws SQLException {
        execute(database.dataSource(), SCHEMA);
    }

    @Test
    void describesEachObjectOnOneLineTablesWithTheirColumnsConstraintsAndIndexes() throws SQLException {
        CatalogSnapshot snapshot = CatalogSnapshot.of(database.dataSource());

        assertThat(snapshot.lines()).containsSubsequence(
                "schema app",
                "schema public",
                "table app.customer comment 'People who buy'",
                "  column app.customer.id bigint not null generated always as identity",
                "  column app.customer.email character varying(255) not null comment 'Where the invoices go'",
                "  column app.customer.status app.status not null default 'new'::app.status",
                "  column app.customer.created_at timestamp with time zone not null default now()",
                "  column app.customer.email_domain text generated always as "
                        + "(split_part((email)::text, '@'::text, 2)) stored",
                "  constraint app.customer.customer_email_key UNIQUE (email)",
                "  constraint app.customer.customer_pkey PRIMARY KEY (id)",
                "  index CREATE UNIQUE INDEX customer_email_key ON app.customer USING btree (email)",
                "  index CREATE UNIQUE INDEX customer_pkey ON app.customer USING btree (id)",
                "table app.invoice",
                "  column app.invoice.id integer not null default nextval('app.invoice_id_seq'::regclass)",
                "  column app.invoice.customer_id bigint not null",
                "  column app.invoice.number integer not null default nextval('app.invoice_number'::regclass)",
                "  column app.invoice.total numeric(12,2)",
                "  constraint app.invoice.invoice_customer_id_fkey FOREIGN KEY (customer_id) "
                        + "REFERENCES app.customer(id) ON DELETE CASCADE",
                "  constraint app.invoice.invoice_pkey PRIMARY KEY (id)",
                "  constraint app.invoice.invoice_total_check CHECK ((total >= (0)::numeric))",
                "  index CREATE INDEX invoice_customer_idx ON app.invoice USING btree (customer_id) "
                        + "WHERE (total > (0)::numeric)",
                "  index CREATE UNIQUE INDEX invoice_pkey ON app.invoice USING btree (id)",
                "table public.migrations_version",
                "sequence app.customer_id_seq as bigint increment by 1 minvalue 1 maxvalue 9223372036854775807 "
                        + "start with 1 cache 1 no cycle owned by app.customer.id",
                "sequence app.invoice_id_seq as integer increment by 1 minvalue 1 maxvalue 2147483647 "
                        + "start with 1 cache 1 no cycle owned by app.invoice.id",
                "sequence app.invoice_number as integer increment by 10 minvalue 1 maxvalue 2147483647 "
                        + "start with 1000 cache 5 no cycle",
                "enum app.status ('new', 'active', 'closed')");
        // pg_get_viewdef spells column references differently across PostgreSQL versions.
        assertThat(snapshot.lines()).anySatisfy((line) -> assertThat(line)
                .startsWith("materialized view app.invoice_count AS SELECT "));
        assertThat(snapshot.lines()).last().asString().startsWith("view app.big_invoice AS SELECT ");
        assertThat(snapshot.toString()).isEqualTo(String.join("\n", snapshot.lines()));
    }

    @Test
    void namesTheTablesWithTheirSchemas() throws SQLException {
        assertThat(CatalogSnapshot.of(database.dataSource()).tableNames())
                .containsExactlyInAnyOrder("app.customer", "app.invoice", "public.migrations_version");
    }

    @Test
    void anEmptyDatabaseHasOnlyThePublicSchema() throws SQLException {
        CatalogSnapshot snapshot = CatalogSnapshot.of(database.newDatabase().dataSource());

        assertThat(snapshot.lines()).containsExactly("schema public");
        assertThat(snapshot.tableNames()).isEmpty();
    }

    @Test
    void isEqualForTwoDatabasesBuiltAlike() throws SQLException {
        DataSource other = database.newDatabase().dataSource();
        execute(other, SCHEMA);

        assertThat(CatalogSnapshot.of(other)).isEqualTo(CatalogSnapshot.of(database.dataSource()))
                .hasSameHashCodeAs(CatalogSnapshot.of(database.dataSource()));
    }

    @Test
    void differsAfterAnAlter() throws SQLException {
        DataSource other = database.newDatabase().dataSource();
        execute(other, SCHEMA);
        execute(other, "alter table app.customer add column phone varchar(20)");

        CatalogSnapshot altered = CatalogSnapshot.of(other);

        assertThat(altered).isNotEqualTo(CatalogSnapshot.of(database.dataSource()));
        assertThat(altered.lines()).contains("  column app.customer.phone character varying(20)");
    }

    @Test
    void leavesOutExcludedTablesWithTheirColumnsConstraintsIndexesAndSequences() throws SQLException {
        DataSource other = database.newDatabase().dataSource();
        execute(other, SCHEMA);
        execute(other, "create table migrations_history (id bigint generated by default as identity primary key)");

        CatalogSnapshot withoutTheToolsTables = CatalogSnapshot.of(other, "migrations_history",
                "public.migrations_version");

        assertThat(withoutTheToolsTables.tableNames()).containsExactlyInAnyOrder("app.customer", "app.invoice");
        assertThat(withoutTheToolsTables.toString()).doesNotContain("migrations_");
        assertThat(withoutTheToolsTables).isEqualTo(CatalogSnapshot.of(database.dataSource(), "migrations_version"));
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
