package dev.migrations.sample.migrations;

import java.util.List;

import javax.sql.DataSource;

import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;

/** The sample's revisions, for tests that run them with the core {@link Migrator}, without Spring. */
public final class SampleRevisions {

	public static final String INITIAL_SCHEMA = "7b7d30ef4180";

	public static final String PHONE_NUMBER = "6be6f63cef55";

	public static final String LOWER_CASE_EMAILS = "6b41dd6cdab5";

	private SampleRevisions() {
	}

	/** A migrator of the sample's revisions with the default settings, as the application uses them. */
	public static Migrator migrator(DataSource dataSource) {
		RevisionGraph graph = RevisionGraph.ofClasses(List.of(R20261121_1030_7b7d30ef4180_initial_schema.class,
				R20261121_1045_6be6f63cef55_add_user_phone_number.class,
				R20261121_1100_6b41dd6cdab5_lower_case_user_emails.class));
		return new Migrator(dataSource, graph, MigrationSettings.defaults());
	}

}
