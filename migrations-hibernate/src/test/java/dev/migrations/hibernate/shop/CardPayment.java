package dev.migrations.hibernate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A joined subclass: its own table, keyed by a foreign key to its root's. */
@Entity
public class CardPayment extends Payment {

	@Column(length = 4, nullable = false)
	String lastDigits;

}
