package dev.migrations.bench;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;

import dev.migrations.hibernate.HibernateSchemaReader;

/** The floor of any comparison with the entities: Hibernate's boot metadata for them, without a database. */
final class MetadataBuild implements Contender {

	@Override
	public String name() {
		return "Hibernate metadata build";
	}

	@Override
	public String run(DataSource dataSource, Workload workload) throws Exception {
		Metadata metadata = HibernateSchemaReader.buildMetadata(workload.entityClasses(), EntityMapping.settings());
		return metadata.getEntityBindings().size() + " entities";
	}

}
