package dev.migrations.hibernate.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** An embedded composite key, part of which is a foreign key. */
@Entity
public class OrderLine {

	@EmbeddedId
	OrderLineId id;

	@MapsId("orderId")
	@ManyToOne
	Order order;

	@Column(nullable = false)
	String product;

	@Column(precision = 19, scale = 4)
	BigDecimal unitPrice;

}
