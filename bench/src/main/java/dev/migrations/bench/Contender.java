package dev.migrations.bench;

import javax.sql.DataSource;

/** One tool doing a scenario's job once, on a database it is handed. */
interface Contender {

	/** The name the table shows, with the tool's version. */
	String name();

	/**
	 * Does the job once.
	 * @param dataSource the database, counting the round trips
	 * @param workload the generated revisions, scripts and entities
	 * @return what came of it in a few words (revisions applied, changes found), so the table shows each tool did
	 * the same work
	 * @throws Exception whatever the tool throws
	 */
	String run(DataSource dataSource, Workload workload) throws Exception;

}
