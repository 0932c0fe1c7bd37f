package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

import static dev.migrations.testsupport.FreshDatabaseTest.queryString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs a test class of its own through JUnit to watch the databases it gets come and go.
 */
class DatabaseLifecycleTest {

    @RegisterExtension
    static final FreshDatabase observer = new FreshDatabase();

    private static final List<String> seen = new CopyOnWriteArrayList<>();

    @Test
    void dropsTheClassDatabaseAndItsAdditionalDatabasesAfterTheClass() throws SQLException {
        seen.clear();

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(ObservedTestCase.class)).execute()
                .testEvents().assertStatistics((stats) -> stats.succeeded(1).failed(0));

        assertThat(seen).hasSize(2);
        for (String name : seen) {
            assertThat(queryString(observer.dataSource(),
                    "select count(*) from pg_database where datname = '" + name + "'")).as(name).isEqualTo("0");
        }
    }

    static class ObservedTestCase {

        @RegisterExtension
        static final FreshDatabase database = new FreshDatabase();

        @Test
        void usesTwoDatabasesAndLeavesAConnectionOpen() throws SQLException {
            seen.add(database.name());
            seen.add(database.newDatabase().name());
            Connection leftOpen = database.connect();
            assertThat(leftOpen.isValid(1)).isTrue();
            assertThat(queryString(observer.dataSource(),
                    "select count(*) from pg_database where datname in ('" + String.join("', '", seen) + "')"))
                    .isEqualTo("2");
        }
    }
}
