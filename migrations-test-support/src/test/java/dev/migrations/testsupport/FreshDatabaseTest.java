package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class FreshDatabaseTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Test
    void givesTheClassAnEmptyDatabaseWithARandomName() throws SQLException {
        assertThat(database.name()).matches("test_[0-9a-f]{12}");
        assertThat(queryString(database.dataSource(), "select current_database()")).isEqualTo(database.name());
        assertThat(queryString(database.dataSource(), "select count(*) from pg_class c join pg_namespace n "
                + "on n.oid = c.relnamespace where n.nspname = 'public'")).isEqualTo("0");
    }

    @Test
    void connectsWithTheJdbcUrlAndCredentials() throws SQLException {
        assertThat(database.jdbcUrl()).startsWith("jdbc:postgresql://").contains("/" + database.name());
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password())) {
            assertThat(connection.getCatalog()).isEqualTo(database.name());
        }
    }

    @Test
    void connectOpensANewConnectionEachTime() throws SQLException {
        try (Connection first = database.connect(); Connection second = database.connect()) {
            assertThat(first).isNotSameAs(second);
            assertThat(first.getCatalog()).isEqualTo(database.name());
        }
    }

    @Test
    void resolvesADataSourceParameter(DataSource dataSource) throws SQLException {
        assertThat(queryString(dataSource, "select current_database()")).isEqualTo(database.name());
    }

    @Test
    void newDatabaseIsAnotherEmptyDatabaseOnTheSameServer() throws SQLException {
        TestDatabase other = database.newDatabase();

        assertThat(other.name()).matches("test_[0-9a-f]{12}").isNotEqualTo(database.name());
        assertThat(other.username()).isEqualTo(database.username());
        assertThat(queryString(other.dataSource(), "select current_database()")).isEqualTo(other.name());
    }

    @Nested
    class NestedClasses {

        @Test
        void shareTheOuterClassDatabase(DataSource dataSource) throws SQLException {
            assertThat(queryString(dataSource, "select current_database()")).isEqualTo(database.name());
        }
    }

    static String queryString(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
