package dev.migrations.core.runtime;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which entry of a statement batch failed, and the server's own error. PostgreSQL's driver stops a batch at its
 * first error and reports every entry as failed, naming the failed one only in its message ("Batch entry 2 ... was
 * aborted"), so the position is read from there: the first number of the message, accepted only when the entry's
 * SQL is in the message too (the driver includes it unless {@code logServerErrorDetail=false}) or no entry's is.
 */
record BatchFailure(OptionalInt entry, SQLException error) {

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	static BatchFailure of(SQLException ex, List<String> entries) {
		SQLException error = serverError(ex);
		if (!(ex instanceof BatchUpdateException)) {
			return new BatchFailure(OptionalInt.empty(), error);
		}
		String message = (ex.getMessage() != null) ? ex.getMessage() : "";
		Matcher number = NUMBER.matcher(message);
		if (!number.find() || number.group().length() > 9) {
			return new BatchFailure(OptionalInt.empty(), error);
		}
		int entry = Integer.parseInt(number.group());
		boolean named = entry < entries.size() && message.contains(entries.get(entry));
		boolean noneNamed = entries.stream().noneMatch(message::contains);
		return (entry < entries.size() && (named || noneNamed)) ? new BatchFailure(OptionalInt.of(entry), error)
				: new BatchFailure(OptionalInt.empty(), error);
	}

	/** The error the server sent, which the driver chains behind its batch exception. */
	private static SQLException serverError(SQLException ex) {
		if (ex.getNextException() != null) {
			return ex.getNextException();
		}
		return (ex.getCause() instanceof SQLException cause) ? cause : ex;
	}

}
