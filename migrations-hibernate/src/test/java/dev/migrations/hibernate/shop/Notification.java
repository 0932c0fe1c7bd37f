package dev.migrations.hibernate.shop;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;

/** The root of a single-table hierarchy: one table, a discriminator column. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public abstract class Notification {

	@Id
	@GeneratedValue
	UUID id;

	@ManyToOne(optional = false)
	Customer recipient;

}
