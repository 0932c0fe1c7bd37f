package dev.migrations.hibernate.shop;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** Columns every subclass's table gets. */
@MappedSuperclass
public abstract class Audited {

	@Column(nullable = false)
	Instant createdAt;

}
