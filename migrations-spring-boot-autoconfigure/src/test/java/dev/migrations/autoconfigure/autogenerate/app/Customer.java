package dev.migrations.autoconfigure.autogenerate.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(name = "ix_customer_name", columnList = "name"))
public class Customer {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, length = 320)
	private String email;

	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(precision = 12, scale = 2)
	private BigDecimal credit;

	@Column(nullable = false)
	private Instant createdAt;

	/** A customer's state. */
	public enum Status {

		NEW, ACTIVE, CLOSED

	}

}
