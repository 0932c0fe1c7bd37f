package dev.migrations.bench;

import java.util.List;

import javax.sql.DataSource;

import dev.migrations.autoconfigure.RevisionScanner;
import dev.migrations.core.revision.RevisionSet;
import dev.migrations.core.runtime.MigrationResult;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;

/**
 * What the starter does at startup: scans the revision package (reading the class files for their fingerprint) and
 * upgrades to the head, which builds the graph only when the database is not known to be up to date with these
 * classes (with nothing pending, this is the up-to-date check).
 */
final class OursUpgrade implements Contender {

	@Override
	public String name() {
		return "ours";
	}

	@Override
	public String run(DataSource dataSource, Workload workload) {
		RevisionSet revisions = new RevisionScanner(OursUpgrade.class.getClassLoader())
			.scan(List.of(Workload.REVISION_PACKAGE));
		MigrationResult result = new Migrator(dataSource, revisions, MigrationSettings.defaults(), List.of())
			.upgrade("head");
		return result.revisions().size() + " applied";
	}

}
