package dev.migrations.core.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RevisionSetTest {

	private static final String FINGERPRINT = "a".repeat(64);

	@Test
	void theGraphIsBuiltOnceOnFirstUse() {
		AtomicInteger built = new AtomicInteger();
		RevisionSet revisions = RevisionSet.of(FINGERPRINT, () -> {
			built.incrementAndGet();
			return RevisionGraph.ofClasses(List.of());
		});
		assertThat(built).hasValue(0);

		assertThat(revisions.graph()).isSameAs(revisions.graph());
		assertThat(built).hasValue(1);
		assertThat(revisions.fingerprint()).hasValue(FINGERPRINT);
	}

	@Test
	void aBrokenGraphIsRefusedWithTheSameExceptionWithoutBuildingItAgain() {
		AtomicInteger built = new AtomicInteger();
		RevisionSet revisions = RevisionSet.of(FINGERPRINT, () -> {
			built.incrementAndGet();
			throw new RevisionGraphException("Revision 1a2b3c4d5e6f is present more than once");
		});

		Throwable first = catchThrowable(revisions::graph);
		Throwable second = catchThrowable(revisions::graph);

		assertThat(first).isInstanceOf(RevisionGraphException.class).hasMessageContaining("more than once");
		assertThat(second).isSameAs(first);
		assertThat(built).hasValue(1);
	}

}
