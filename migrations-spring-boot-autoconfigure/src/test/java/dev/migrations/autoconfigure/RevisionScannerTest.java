package dev.migrations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.revision.RevisionSet;

class RevisionScannerTest {

	private static final String BRANCHED = "dev.migrations.autoconfigure.startup.branched";

	private static final String FAILING = "dev.migrations.autoconfigure.startup.failing";

	private final RevisionScanner scanner = new RevisionScanner(getClass().getClassLoader());

	@Test
	void theSameClassFilesGiveTheSameFingerprint() {
		assertThat(this.scanner.scan(List.of(FAILING)).fingerprint())
			.isEqualTo(this.scanner.scan(List.of(FAILING)).fingerprint())
			.get()
			.asString()
			.hasSize(64);
	}

	@Test
	void otherClassFilesGiveAnotherFingerprint() {
		assertThat(this.scanner.scan(List.of(FAILING)).fingerprint())
			.isNotEqualTo(this.scanner.scan(List.of(BRANCHED)).fingerprint())
			.isNotEqualTo(this.scanner.scan(List.of(FAILING, BRANCHED)).fingerprint());
	}

	@Test
	void theGraphIsBuiltWhenFirstAskedFor() {
		RevisionSet failing = this.scanner.scan(List.of(FAILING));

		assertThat(failing.graph().revisions()).extracting(RevisionScript::id)
			.containsExactly("f00000000001", "f00000000002");
	}

	@Test
	void packagesAreScannedTogether() {
		RevisionSet both = this.scanner.scan(List.of(BRANCHED, FAILING));

		assertThat(both.graph().revisions()).hasSize(5);
		assertThat(both.graph().heads()).hasSize(3);
	}

}
