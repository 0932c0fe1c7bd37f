package dev.migrations.core.schema;

/**
 * The settable properties of a sequence. A {@code null} field means "PostgreSQL's default" when creating and
 * "unchanged" when altering.
 */
public record SequenceOptions(Long start, Long increment, Long minValue, Long maxValue, Long cache, Boolean cycle) {

	/** No option set. */
	public static SequenceOptions defaults() {
		return new SequenceOptions(null, null, null, null, null, null);
	}

	public SequenceOptions start(long value) {
		return new SequenceOptions(value, this.increment, this.minValue, this.maxValue, this.cache, this.cycle);
	}

	public SequenceOptions incrementBy(long value) {
		return new SequenceOptions(this.start, value, this.minValue, this.maxValue, this.cache, this.cycle);
	}

	public SequenceOptions minValue(long value) {
		return new SequenceOptions(this.start, this.increment, value, this.maxValue, this.cache, this.cycle);
	}

	public SequenceOptions maxValue(long value) {
		return new SequenceOptions(this.start, this.increment, this.minValue, value, this.cache, this.cycle);
	}

	public SequenceOptions cache(long value) {
		return new SequenceOptions(this.start, this.increment, this.minValue, this.maxValue, value, this.cycle);
	}

	public SequenceOptions cycle(boolean value) {
		return new SequenceOptions(this.start, this.increment, this.minValue, this.maxValue, this.cache, value);
	}

}
