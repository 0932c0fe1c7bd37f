package dev.migrations.autoconfigure;

import dev.migrations.core.runtime.MigrationSettings;

/**
 * Adjusts the runtime settings built from {@code migrations.*} properties, for what properties cannot say. Beans of
 * this type are applied in order.
 */
@FunctionalInterface
public interface MigrationSettingsCustomizer {

	/** Returns the settings to use, usually {@code settings.withXxx(...)}. */
	MigrationSettings customize(MigrationSettings settings);

}
