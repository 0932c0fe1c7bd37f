package dev.migrations.bench;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the bench measures: the jobs users compare tools on, ours first and then the peers, and the physical floors
 * (what no tool can do faster). Each run of a contender gets a fresh database, empty or prepared.
 */
enum Scenario {

	UP_TO_DATE("up-to-date check at boot, %1$d revisions applied", Kind.COMPARISON, Scenario::migrations,
			Preparation.SAME_TOOL_APPLIED),

	APPLY("apply %1$d small revisions to an empty database", Kind.COMPARISON, Scenario::migrations, Preparation.NONE),

	AUTOGENERATE_MATCHING("autogenerate, %2$d entities vs a matching database", Kind.COMPARISON,
			() -> List.of(new OursAutogenerate(), new LiquibaseHibernateDiff(), new HibernateSchemaTool("validate")),
			Preparation.ENTITY_SCHEMA),

	AUTOGENERATE_EMPTY("autogenerate, %2$d entities vs an empty database", Kind.COMPARISON,
			() -> List.of(new OursAutogenerate(), new LiquibaseHibernateDiff()), Preparation.NONE),

	PROCESS_CURRENT("whole process from the packaged jar: -Dmigrate.current vs Flyway's start, %1$d revisions applied",
			Kind.PROCESS,
			() -> List.of(new ApplicationProcess("ours -Dmigrate.current", "ours", List.of("-Dmigrate.current")),
					flywayStart()),
			Preparation.SAME_APPLICATION_STARTED),

	PROCESS_START("whole process from the packaged jar: start with the up-to-date check, %1$d revisions applied",
			Kind.PROCESS, Scenario::applicationStarts, Preparation.SAME_APPLICATION_STARTED),

	FLOOR_ROUND_TRIP("floor: one round trip", Kind.FLOOR_ON_OPEN_CONNECTION, () -> List.of(new SelectOne()),
			Preparation.NONE),

	FLOOR_CATALOG("floor: columns, constraints, indexes of %2$d tables", Kind.FLOOR_ON_OPEN_CONNECTION,
			() -> List.of(new CatalogQueries()), Preparation.ENTITY_SCHEMA),

	FLOOR_METADATA("floor: Hibernate metadata for %2$d entities", Kind.FLOOR, () -> List.of(new MetadataBuild()),
			Preparation.NONE);

	private final String title;

	private final Kind kind;

	private final Supplier<List<Contender>> contenders;

	private final Preparation preparation;

	Scenario(String title, Kind kind, Supplier<List<Contender>> contenders, Preparation preparation) {
		this.title = title;
		this.kind = kind;
		this.contenders = contenders;
		this.preparation = preparation;
	}

	private static List<Contender> migrations() {
		return List.of(new OursUpgrade(), new FlywayMigrate(), new LiquibaseUpdate());
	}

	private static List<Contender> applicationStarts() {
		return List.of(new ApplicationProcess("ours start", "ours", List.of()), flywayStart());
	}

	private static Contender flywayStart() {
		return new ApplicationProcess("Flyway " + ArtifactVersion.of("org.flywaydb", "flyway-core") + " start", "flyway",
				List.of());
	}

	String title(Workload workload) {
		return this.title.formatted(workload.revisions(), workload.entities());
	}

	/** Ours first, then the peers; a floor has one. */
	List<Contender> contenders() {
		return this.contenders.get();
	}

	/** Whether ours is compared with peers (the others are floors, printed for reference). */
	boolean isComparison() {
		return this.kind == Kind.COMPARISON || this.kind == Kind.PROCESS;
	}

	/** Whether the contenders' round trips go through the bench's data source, where they are counted. */
	boolean countsRoundTrips() {
		return this.kind != Kind.PROCESS;
	}

	/** Whether a warm run means anything: not when every run is a new process anyway. */
	boolean hasWarmRuns() {
		return this.kind != Kind.PROCESS;
	}

	/**
	 * Whether the contender is handed a connection opened before the clock starts: the floors of single queries
	 * measure the queries, not the connection handshake.
	 */
	boolean onOpenConnection() {
		return this.kind == Kind.FLOOR_ON_OPEN_CONNECTION;
	}

	/** What fills the database of each run of the contender before it runs; empty for an empty database. */
	Optional<Contender> preparation(int contender) {
		return Optional.ofNullable(this.preparation.contender.apply(contender));
	}

	private enum Kind {

		COMPARISON, PROCESS, FLOOR, FLOOR_ON_OPEN_CONNECTION

	}

	private enum Preparation {

		NONE((contender) -> null),

		/** The revisions applied by the same tool, whose bookkeeping then says everything is applied. */
		SAME_TOOL_APPLIED((contender) -> APPLY.contenders().get(contender)),

		/**
		 * The revisions applied by the first start of the same packaged application, as a restarted deployment finds
		 * its database (ours then also finds its revision classes verified by the same build).
		 */
		SAME_APPLICATION_STARTED((contender) -> applicationStarts().get(contender)),

		/** The schema Hibernate itself creates for the entities. */
		ENTITY_SCHEMA((contender) -> new HibernateSchemaTool("create"));

		private final Function<Integer, Contender> contender;

		Preparation(Function<Integer, Contender> contender) {
			this.contender = contender;
		}

	}

}
