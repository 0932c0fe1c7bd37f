package dev.migrations.hibernate.shop;

/** Stored as a native PostgreSQL enum, whose labels Hibernate sorts alphabetically. */
public enum OrderState {

	PLACED, PAID, SHIPPED, CANCELLED

}
