package dev.migrations.bench;

import java.util.List;

import javax.sql.DataSource;

import dev.migrations.autoconfigure.RevisionScanner;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.runtime.MigrationResult;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;

/**
 * What the starter does at startup: scans the revision package, builds the graph and upgrades to the head (which,
 * with nothing pending, is the up-to-date check).
 */
final class OursUpgrade implements Contender {

	@Override
	public String name() {
		return "ours";
	}

	@Override
	public String run(DataSource dataSource, Workload workload) {
		RevisionGraph graph = new RevisionScanner(OursUpgrade.class.getClassLoader())
			.scan(List.of(Workload.REVISION_PACKAGE));
		MigrationResult result = new Migrator(dataSource, graph, MigrationSettings.defaults()).upgrade("head");
		return result.revisions().size() + " applied";
	}

}
