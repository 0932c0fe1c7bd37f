package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.migrations.testsupport.FreshDatabaseTest.queryString;
import static org.assertj.core.api.Assertions.assertThat;

class TwoFreshDatabasesTest {

    @RegisterExtension
    static final FreshDatabase first = new FreshDatabase();

    @RegisterExtension
    static final FreshDatabase second = new FreshDatabase();

    @Test
    void eachExtensionHasItsOwnDatabase() throws SQLException {
        assertThat(first.name()).isNotEqualTo(second.name());
        try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table only_in_first (id int)");
        }

        assertThat(queryString(first.dataSource(), "select to_regclass('only_in_first') is not null")).isEqualTo("t");
        assertThat(queryString(second.dataSource(), "select to_regclass('only_in_first') is not null")).isEqualTo("f");
    }
}
