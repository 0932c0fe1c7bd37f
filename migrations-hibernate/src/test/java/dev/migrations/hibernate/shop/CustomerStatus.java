package dev.migrations.hibernate.shop;

/** Stored by name: Hibernate adds a check on the allowed names. */
public enum CustomerStatus {

	NEW, ACTIVE, CLOSED

}
