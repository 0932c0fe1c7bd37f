package dev.migrations.hibernate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.diff.TimestampPolicyViolation;
import dev.migrations.core.support.AutogenerateRoundTrip;
import dev.migrations.hibernate.MappedSchema;
import dev.migrations.testsupport.FreshDatabase;

/**
 * The autogenerate corpus: every case starts a new database on one PostgreSQL server, maps its entities, and runs
 * autogenerate the whole way (see {@link AutogenerateRoundTrip}): the changes found are the expected ones, the
 * generated revision compiles, upgrades to an empty diff, downgrades to the starting catalog and upgrades again.
 * When a case's changes keep data ({@link CorpusCase#keepsData()}), its tables start with sample rows, which must all
 * be there, values equal, after the upgrade and after the downgrade.
 */
class AutogenerateCorpusTest {

	private static final Set<String> SCHEMAS = Set.of("public", "billing");

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private static long nanos;

	private static int cases;

	private static int casesWithRows;

	@TempDir
	Path sources;

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void generatedRevisionMakesTheDatabaseMatchTheEntitiesAndBack(CorpusCase corpusCase) throws Exception {
		long started = System.nanoTime();
		MappedSchema mapping = corpusCase.mapping();

		String source = roundTrip(corpusCase, mapping).run(corpusCase.startOperations(), mapping.schema(),
				corpusCase.expectedChanges(), corpusCase.unrestoredLines());

		assertThat(corpusCase.expectedFragments()).allSatisfy((fragment) -> assertThat(source).contains(fragment));
		casesWithRows += corpusCase.keepsData() ? 1 : 0;
		count(started);
	}

	@Test
	void aLocalDateTimeAttributeStopsGenerationUnderTheTimestamptzRuleNamingTheAttribute() throws Exception {
		long started = System.nanoTime();
		CorpusCase localTime = CorpusCase.of("LocalDateTime").entities(TypeCases.LocalEvent.Event.class);
		MappedSchema mapping = localTime.mapping();
		AutogenerateRoundTrip roundTrip = roundTrip(localTime, mapping);

		assertThatExceptionOfType(TimestampPolicyViolation.class).isThrownBy(() -> roundTrip.diff(mapping.schema()))
			.satisfies((violation) -> assertThat(violation.attributes())
				.containsExactly("TypeCases.LocalEvent.Event.happenedAt (public.event.happened_at)"));
		count(started);
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(TableCases.cases(), ColumnCases.cases(), TypeCases.cases(), KeyCases.cases(),
				CheckCases.cases(), IndexCases.cases(), SequenceAndEnumCases.cases(), CommentCases.cases(),
				NameCases.cases(), MappingShapeCases.cases(), DatabaseOnlyCases.cases())
			.flatMap(Function.identity());
	}

	/** A round trip on a database of its own, checking that rows are kept when the case's changes must keep them. */
	private AutogenerateRoundTrip roundTrip(CorpusCase corpusCase, MappedSchema mapping) {
		AutogenerateRoundTrip roundTrip = new AutogenerateRoundTrip(server.newDatabase(), this.sources, SCHEMAS,
				corpusCase.options(mapping));
		return corpusCase.keepsData() ? roundTrip.withSampleRows() : roundTrip;
	}

	private static void count(long started) {
		nanos += System.nanoTime() - started;
		cases++;
	}

	@AfterAll
	static void printTotalTime() {
		System.out.printf("autogenerate corpus: %d cases (%d with sample rows kept) in %.1f s%n", cases, casesWithRows,
				nanos / 1e9);
	}

}
