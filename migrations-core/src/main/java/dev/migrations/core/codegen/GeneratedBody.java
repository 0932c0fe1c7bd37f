package dev.migrations.core.codegen;

import java.util.List;

import dev.migrations.core.operation.Operation;

/**
 * The body of a generated revision: the operations of {@code upgrade()} and {@code downgrade()}, each with an
 * optional note written as a comment above its statement (what it cannot restore, what to review).
 *
 * @param upgrade the upgrade steps, in order
 * @param downgrade the downgrade steps, in order
 * @param defaultSchema the schema whose names are written unqualified (usually {@code public})
 */
public record GeneratedBody(List<Step> upgrade, List<Step> downgrade, String defaultSchema) {

	public GeneratedBody {
		upgrade = List.copyOf(upgrade);
		downgrade = List.copyOf(downgrade);
	}

	/**
	 * One statement of a generated method.
	 *
	 * @param operation the operation, or {@code null} for a step that is only a comment
	 * @param note a comment to write above it, or {@code null}
	 */
	public record Step(Operation operation, String note) {

	}

}
