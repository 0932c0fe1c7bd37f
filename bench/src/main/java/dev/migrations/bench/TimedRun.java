package dev.migrations.bench;

import java.sql.Connection;

import javax.sql.DataSource;

import dev.migrations.testsupport.DatabaseServer;
import dev.migrations.testsupport.TestDatabase;

/**
 * Times one call of a contender on a fresh database (a copy of the template, or empty), counting its round trips.
 * Before the clock starts, one connection to the new database has been opened and closed, as an application's
 * connection pool would have: the JDBC driver is loaded and the server has the database's catalog at hand, so what
 * is timed is the tool's own cost.
 */
final class TimedRun {

	private TimedRun() {
	}

	static Measurement measure(Scenario scenario, int index, String template, Workload workload, boolean cold,
			int run) {
		Contender contender = scenario.contenders().get(index);
		TestDatabase database = (template != null) ? DatabaseServer.copyOf(template) : DatabaseServer.createDatabase();
		RoundTrips counter = new RoundTrips();
		long nanos = -1;
		String outcome;
		try (Connection ready = database.connect()) {
			DataSource dataSource = counter
				.counting(scenario.onOpenConnection() ? OpenConnection.of(ready) : database.dataSource());
			long started = System.nanoTime();
			outcome = contender.run(dataSource, workload);
			nanos = System.nanoTime() - started;
		}
		catch (Exception | LinkageError ex) {
			outcome = "failed: " + rootCause(ex);
		}
		finally {
			DatabaseServer.drop(database.name());
		}
		return new Measurement(scenario, index, contender.name(), cold, run, nanos, counter.roundTrips(),
				counter.connections(), outcome);
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage().lines().findFirst().orElse("") : "";
		return cause.getClass().getSimpleName() + ": " + message;
	}

}
