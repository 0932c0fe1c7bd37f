package dev.migrations.autoconfigure.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.migrations.autoconfigure.reliability.revisions.failing.CreateWidgets;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.PasswordRole;
import dev.migrations.testsupport.TestDatabase;

/**
 * An application pointed at a database it cannot use (a host that does not exist, a wrong password or user, a
 * database that does not exist, a server that is not PostgreSQL or does not answer) fails to start within seconds and says so in
 * Spring Boot's "APPLICATION FAILED TO START" report: what went wrong and which properties to check, no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnusableDatabaseTest {

	private static final String CHECK_DATASOURCE = "Action:\n\nCheck spring.datasource.url (host, port and database"
			+ " name), spring.datasource.username and spring.datasource.password.";

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	@Test
	void aHostThatDoesNotExist(CapturedOutput output) {
		failsToStart("jdbc:postgresql://no-such-host.invalid:5432/app", "app", "secret");

		assertReported(output, "Could not connect to the database: SQLState 08001: The connection attempt failed.\n"
				+ "  The host name no-such-host.invalid does not resolve: check the host of the JDBC URL.");
	}

	@Test
	void aWrongPassword(CapturedOutput output) throws Exception {
		TestDatabase database = server.newDatabase();
		try (PasswordRole role = PasswordRole.create(database)) {
			DriverManager.getConnection(database.jdbcUrl(), role.name(), role.password()).close();

			failsToStart(database.jdbcUrl(), role.name(), "not-" + role.password());

			assertReported(output, "Could not connect to the database: SQLState 28P01: FATAL: password"
					+ " authentication failed for user \"" + role.name() + "\"\n"
					+ "  The server refused the password: check the password given for this user.");
		}
	}

	@Test
	void aUserThatDoesNotExist(CapturedOutput output) {
		failsToStart(server.jdbcUrl(), "nobody_here", "secret");

		assertReported(output, "Could not connect to the database: SQLState 28000: FATAL: role \"nobody_here\" does not"
				+ " exist\n  The server refused this user: it does not exist, or pg_hba.conf does not let it connect from"
				+ " this host to this database.");
	}

	@Test
	void aDatabaseThatDoesNotExist(CapturedOutput output) {
		String url = server.jdbcUrl().replace("/" + server.name(), "/no_such_database");
		failsToStart(url, server.username(), server.password());

		assertReported(output, "Could not connect to the database: SQLState 3D000: FATAL: database"
				+ " \"no_such_database\" does not exist\n  There is no database of this name on the server");
	}

	@Test
	void aDatabaseThatIsNotPostgresql(CapturedOutput output) {
		failsToStart("jdbc:h2:mem:not_postgresql", "sa", "");

		assertReported(output, "The database is H2 ", ", not PostgreSQL: migrations run on PostgreSQL only.");
	}

	@Test
	void aServerThatIsNotPostgresql(CapturedOutput output) throws Exception {
		try (ForeignServer http = ForeignServer.http()) {
			failsToStart(http.jdbcUrl(), "app", "secret");
		}

		assertReported(output, "Could not connect to the database: SQLState 08P01: ",
				"\n  Something answered that does not speak PostgreSQL's protocol: check the port of the JDBC URL");
	}

	@Test
	void aServerThatNeverAnswersIsGivenUpOnAfterTheConnectTimeout(CapturedOutput output) throws Exception {
		try (ForeignServer silent = ForeignServer.silent()) {
			failsToStart(silent.jdbcUrl(), "app", "secret", "migrations.connect-timeout=2s");
		}

		assertReported(output, "No answer from the database within 2 s: something accepted the connection but did"
				+ " not answer as PostgreSQL does");
	}

	private static void failsToStart(String url, String username, String password, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + url,
				"spring.datasource.username=" + username, "spring.datasource.password=" + password,
				"migrations.packages=" + CreateWidgets.class.getPackageName()));
		all.addAll(List.of(properties));
		FailedStart.run(all.toArray(String[]::new));
	}

	private static void assertReported(CapturedOutput output, String... description) {
		FailedStart.assertReported(output, description);
		assertThat(output.getOut()).contains(CHECK_DATASOURCE);
	}

}
