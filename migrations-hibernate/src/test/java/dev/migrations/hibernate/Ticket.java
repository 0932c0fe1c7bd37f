package dev.migrations.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An entity keyed by a generator that another package declares. */
@Entity
class Ticket {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared_reference")
	Long id;

}
