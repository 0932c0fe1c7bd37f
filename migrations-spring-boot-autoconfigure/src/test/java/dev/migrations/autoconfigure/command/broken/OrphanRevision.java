package dev.migrations.autoconfigure.command.broken;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/** A revision whose parent no class declares: the graph refuses it. */
@Revision(id = "d4d4d4d4d4d4", revises = "9c1d00000000", message = "revises a missing revision")
public class OrphanRevision implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.execute("SELECT 1");
	}

	@Override
	public void downgrade(Operations op) {
		op.execute("SELECT 1");
	}

}
