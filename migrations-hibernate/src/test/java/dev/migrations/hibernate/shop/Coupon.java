package dev.migrations.hibernate.shop;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A natural string key, scalar types, a unique index (which Hibernate makes a constraint), a partial index and a
 * two-column unique key.
 */
@Entity
@Table(indexes = { @Index(name = "ux_coupon_label", columnList = "label", unique = true),
		@Index(name = "ix_coupon_campaign_active", columnList = "campaign", options = "where active") },
		uniqueConstraints = @UniqueConstraint(columnNames = { "campaign", "rank" }))
public class Coupon {

	@Id
	@Column(length = 32)
	String code;

	@Column(nullable = false)
	String label;

	String campaign;

	Integer rank;

	double percent;

	Float weight;

	boolean active;

	byte[] image;

	Duration validity;

	LocalTime redeemableFrom;

}
