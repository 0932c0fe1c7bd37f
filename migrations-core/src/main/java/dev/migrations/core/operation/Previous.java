package dev.migrations.core.operation;

/**
 * What a property was before an operation changed it, when known: the information a reverse operation needs.
 * {@code Previous.of(null)} says the property was absent (no default, no comment); {@link #unknown()} says the
 * revision did not tell.
 */
public record Previous<T>(boolean known, T value) {

	private static final Previous<?> UNKNOWN = new Previous<>(false, null);

	/** The previous value was not given. */
	@SuppressWarnings("unchecked")
	public static <T> Previous<T> unknown() {
		return (Previous<T>) UNKNOWN;
	}

	/** The previous value, {@code null} meaning it was absent. */
	public static <T> Previous<T> of(T value) {
		return new Previous<>(true, value);
	}

}
