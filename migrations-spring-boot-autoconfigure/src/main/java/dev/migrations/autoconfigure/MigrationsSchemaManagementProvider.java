package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that migrations manage the schema of their DataSource, so Boot's default
 * {@code spring.jpa.hibernate.ddl-auto} for it is {@code none}, not {@code create-drop}.
 */
class MigrationsSchemaManagementProvider implements SchemaManagementProvider {

	private final DataSource dataSource;

	MigrationsSchemaManagementProvider(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return (dataSource == this.dataSource) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
