package dev.migrations.core.revision;

import dev.migrations.core.operation.Operations;

/** Base of the test fixtures: a migration whose bodies do nothing, so a fixture is one annotated line. */
public abstract class NoOpMigration implements Migration {

	@Override
	public void upgrade(Operations op) {
	}

	@Override
	public void downgrade(Operations op) {
	}

}
