package dev.migrations.hibernate.shop;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** An {@code @IdClass} composite key. */
@Entity
@IdClass(RedemptionId.class)
public class Redemption {

	@Id
	UUID customerReference;

	@Id
	String couponCode;

	Instant redeemedAt;

}
