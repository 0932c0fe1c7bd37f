package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migrations.sample.migrations.SampleRevisions;
import dev.migrations.sample.user.UserRepository;
import dev.migrations.testsupport.FreshDatabase;

/**
 * The data migration on a database that already has users: it is brought to the second revision and given a
 * mixed-case email before the application starts and applies the third.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EmailLowerCasingTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabaseProperties.register(registry, database);
	}

	@BeforeAll
	static void aUserRegisteredBeforeEmailsWereLowerCased() throws SQLException {
		SampleRevisions.migrator(database.dataSource()).upgrade(SampleRevisions.PHONE_NUMBER);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO users (id, email) VALUES (gen_random_uuid(), 'Ada.Lovelace@Example.COM')");
		}
	}

	@Autowired
	UserRepository users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startupLowerCasedTheEmailWrittenBeforeTheDataMigration() {
		assertThat(this.users.findAll()).singleElement()
			.satisfies((user) -> assertThat(user.getEmail()).isEqualTo("ada.lovelace@example.com"));
	}

	@Test
	void theCheckConstraintRefusesMixedCaseEmailsFromThenOn() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("INSERT INTO users (id, email) VALUES (gen_random_uuid(), ?)",
					"Charles.Babbage@Example.com"))
			.withMessageContaining("ck_users_email_lower_case");
	}

}
