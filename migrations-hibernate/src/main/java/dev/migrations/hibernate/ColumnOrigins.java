package dev.migrations.hibernate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Value;

import dev.migrations.core.schema.QualifiedName;

/**
 * Which entity attribute each column comes from, as {@code Entity.attribute}: {@code Customer.createdAt} (also when
 * a mapped superclass declares it), {@code OrderLine.id.orderId} inside an embedded key, {@code CardPayment.id} for
 * a joined subclass's key, {@code Order.coupons} for a collection's columns. A column that two attributes share
 * keeps the first: the key attribute before the others. Columns no attribute declares (discriminators, order
 * columns) have no origin.
 */
final class ColumnOrigins {

	private final PostgresNames names;

	private final Map<QualifiedName, Map<String, String>> origins = new LinkedHashMap<>();

	private ColumnOrigins(PostgresNames names) {
		this.names = names;
	}

	static Map<QualifiedName, Map<String, String>> of(Metadata metadata, PostgresNames names) {
		ColumnOrigins origins = new ColumnOrigins(names);
		metadata.getEntityBindings().forEach(origins::addEntity);
		metadata.getCollectionBindings().forEach(origins::addCollection);
		return origins.origins;
	}

	private void addEntity(PersistentClass entity) {
		String label = label(entity);
		if (entity.getSuperclass() == null || entity.getTable() != entity.getSuperclass().getTable()) {
			addKey(entity, label);
		}
		for (Property property : entity.getProperties()) {
			if (!property.isSynthetic()) {
				add(label + "." + property.getName(), property.getValue());
			}
		}
	}

	/** The key of a table of the entity's own: its identifier, or a joined subclass's copy of it. */
	private void addKey(PersistentClass entity, String label) {
		Property id = entity.getIdentifierProperty();
		if (id != null) {
			add(label + "." + id.getName(), entity.getKey());
		}
		else if (entity.getKey() instanceof Component idClass) {
			idClass.getProperties().forEach((property) -> add(label + "." + property.getName(), property.getValue()));
		}
	}

	private void addCollection(Collection collection) {
		if (collection.isInverse()) {
			return;
		}
		PersistentClass owner = collection.getOwner();
		String origin = label(owner) + collection.getRole().substring(owner.getEntityName().length());
		add(origin, collection.getKey());
		if (!(collection.getElement() instanceof OneToMany)) {
			add(origin, collection.getElement());
		}
		if (collection instanceof IndexedCollection indexed) {
			add(origin, indexed.getIndex());
		}
	}

	private void add(String origin, Value value) {
		if (value instanceof Component component) {
			component.getProperties()
				.forEach((property) -> add(origin + "." + property.getName(), property.getValue()));
		}
		else if (!(value instanceof Collection)) {
			QualifiedName table = this.names.table(value.getTable());
			for (Selectable selectable : value.getSelectables()) {
				if (selectable instanceof Column column) {
					this.origins.computeIfAbsent(table, (key) -> new LinkedHashMap<>())
						.putIfAbsent(this.names.column(column), origin);
				}
			}
		}
	}

	/** The entity's class name without its package, or its entity name when it has no class. */
	private static String label(PersistentClass entity) {
		String className = entity.getClassName();
		String name = (className != null) ? className : entity.getEntityName();
		return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
	}

}
