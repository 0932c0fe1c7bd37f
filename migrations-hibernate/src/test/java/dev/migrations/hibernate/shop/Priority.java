package dev.migrations.hibernate.shop;

/** Stored by ordinal: Hibernate adds a check on the ordinal range. */
public enum Priority {

	LOW, NORMAL, HIGH

}
