package dev.migrations.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class BatchFailureTest {

	private static final List<String> ENTRIES = List.of("CREATE TABLE a (id int)", "INSERT INTO b VALUES (1)",
			"COMMIT");

	private static BatchUpdateException driverException(String message) {
		SQLException server = new SQLException("ERROR: relation \"b\" does not exist", "42P01");
		BatchUpdateException batch = new BatchUpdateException(message, "42P01", 0, new int[] { -3, -3, -3 }, server);
		batch.setNextException(server);
		return batch;
	}

	@Test
	void theFailedEntryIsTheOneTheDriverNamesWithItsSql() {
		BatchFailure failure = BatchFailure.of(driverException("Batch entry 1 INSERT INTO b VALUES (1) was aborted:"
				+ " ERROR: relation \"b\" does not exist  Call getNextException to see other errors in the batch."),
				ENTRIES);

		assertThat(failure.entry()).isEqualTo(OptionalInt.of(1));
		assertThat(failure.error().getMessage()).isEqualTo("ERROR: relation \"b\" does not exist");
	}

	@Test
	void theNumberIsTrustedWhenTheDriverLeavesEverySqlOut() {
		BatchFailure failure = BatchFailure.of(driverException("Batch-Eintrag 2 <unknown> wurde abgebrochen."),
				ENTRIES);

		assertThat(failure.entry()).isEqualTo(OptionalInt.of(2));
	}

	@Test
	void aNumberThatDoesNotMatchTheSqlInTheMessageNamesNoEntry() {
		BatchFailure failure = BatchFailure.of(driverException("Entry 0 aborted: INSERT INTO b VALUES (1)"), ENTRIES);

		assertThat(failure.entry()).isEmpty();
		assertThat(failure.error().getSQLState()).isEqualTo("42P01");
	}

	@Test
	void anErrorThatIsNoBatchErrorNamesNoEntry() {
		SQLException connectionLost = new SQLException("An I/O error occurred while sending to the backend.", "08006");

		BatchFailure failure = BatchFailure.of(connectionLost, ENTRIES);

		assertThat(failure.entry()).isEmpty();
		assertThat((Object) failure.error()).isSameAs(connectionLost);
	}

}
