package dev.migrations.hibernate.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The root of a joined hierarchy, keyed by Hibernate's default sequence, with a mapped superclass's column. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Payment extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	Long id;

	@Column(precision = 19, scale = 4)
	BigDecimal amount;

}
