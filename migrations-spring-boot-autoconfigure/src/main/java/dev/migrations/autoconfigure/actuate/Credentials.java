package dev.migrations.autoconfigure.actuate;

import java.util.regex.Pattern;

/**
 * Masks credentials that a message may quote, such as a JDBC URL with {@code password=...} or
 * {@code //user:secret@host}, before the message leaves the application through the endpoint or the health
 * contributor. PostgreSQL's own messages name the user but never the password; this guards against drivers, pools
 * and wrappers that quote the URL they were given.
 */
final class Credentials {

	private static final String MASK = "******";

	private static final Pattern PASSWORD_PARAMETER = Pattern
		.compile("(?i)\\b(password|passwd|pwd)(\\s*[=:]\\s*)[^&;,\\s)\"']+");

	private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@\\s]+):[^@/\\s]+@");

	private Credentials() {
	}

	/** The message with every password it quotes replaced by {@value #MASK}; {@code null} stays {@code null}. */
	static String mask(String message) {
		if (message == null) {
			return null;
		}
		String masked = PASSWORD_PARAMETER.matcher(message).replaceAll("$1$2" + MASK);
		return URL_USER_INFO.matcher(masked).replaceAll("$1:" + MASK + "@");
	}

}
