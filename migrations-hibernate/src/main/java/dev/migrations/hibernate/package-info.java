/**
 * Hibernate's boot {@code Metadata} as the core's schema model: {@link dev.migrations.hibernate.HibernateSchemaReader}
 * builds the metadata without a database and reads it into a {@link dev.migrations.hibernate.MappedSchema}.
 */
package dev.migrations.hibernate;
