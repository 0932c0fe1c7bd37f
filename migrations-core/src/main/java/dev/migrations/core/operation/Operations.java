package dev.migrations.core.operation;

/** Placeholder replaced by the operations DSL in the next commit. */
public final class Operations {
}
