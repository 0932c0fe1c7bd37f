package dev.migrations.hibernate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A single-table subclass: its columns are nullable in the shared table, whatever the mapping says. */
@Entity
public class EmailNotification extends Notification {

	@Column(nullable = false)
	String subject;

}
