package dev.migrations.autoconfigure;

import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.runtime.MigrationException;
import dev.migrations.core.runtime.Migrator;

/**
 * Brings the database to the configured target when the application starts, before anything that needs the
 * schema: Spring Boot's database-initialization ordering makes the JPA {@code EntityManagerFactory}, JDBC users and
 * {@code spring.sql.init} wait for this bean. In command mode ({@code -Dmigrate.*}) it does nothing.
 */
public class MigrationsInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(MigrationsInitializer.class);

	private final Migrator migrator;

	private final MigrationsProperties.Mode mode;

	private final String target;

	private final boolean commandMode;

	public MigrationsInitializer(Migrator migrator, MigrationsProperties.Mode mode, String target, boolean commandMode) {
		this.migrator = migrator;
		this.mode = mode;
		this.target = target;
		this.commandMode = commandMode;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.commandMode || this.mode == MigrationsProperties.Mode.NONE) {
			return;
		}
		try {
			if (this.mode == MigrationsProperties.Mode.VALIDATE) {
				refusePending();
			}
			else {
				this.migrator.upgrade(this.target);
			}
		}
		catch (RevisionGraphException ex) {
			throw severalHeads().orElseThrow(() -> ex);
		}
	}

	private void refusePending() {
		List<RevisionScript> pending = this.migrator.pending(this.target);
		if (!pending.isEmpty()) {
			throw new MigrationException(pending.size() + " revision(s) pending ("
					+ String.join(", ", pending.stream().map((revision) -> revision.id() + " " + revision.message())
						.toList())
					+ ") and migrations.mode=validate applies none: run the migration job first"
					+ " (mvn spring-boot:run -Dmigrate.upgrade=head, or the app with migrations.mode=upgrade)");
		}
		logger.info("Database is up to date at " + String.join(", ", this.migrator.currentRevisions())
				+ "; nothing pending");
	}

	/**
	 * Alembic's "Multiple head revisions" failure, told with what to do, when several heads are why {@code head}
	 * cannot be reached (the graph is only asked once a run fails: a start that finds the database up to date
	 * with the same classes does not load them).
	 */
	private Optional<MigrationException> severalHeads() {
		List<RevisionScript> heads = this.migrator.graph().heads();
		if (!this.target.equals("head") || heads.size() < 2) {
			return Optional.empty();
		}
		return Optional.of(new MigrationException("Multiple heads are present: "
				+ String.join(", ", heads.stream().map(RevisionScript::id).toList())
				+ "; run mvn spring-boot:run -Dmigrate.merge=\"merge heads\""));
	}

}
