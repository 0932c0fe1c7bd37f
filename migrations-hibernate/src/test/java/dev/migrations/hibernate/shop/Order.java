package dev.migrations.hibernate.shop;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * A reserved word as table name, a UUID key, a cascading foreign key, a native enum, jsonb, an array, a large object,
 * a verbatim column definition, a many-to-many join table and a named table check.
 */
@Entity
@Table(name = "\"order\"", check = @CheckConstraint(name = "order_total_not_negative", constraint = "total >= 0"))
public class Order {

	@Id
	@GeneratedValue
	UUID id;

	@ManyToOne(optional = false)
	@OnDelete(action = OnDeleteAction.CASCADE)
	Customer customer;

	@Column(precision = 19, scale = 4, nullable = false)
	BigDecimal total;

	OffsetDateTime placedAt;

	@JdbcTypeCode(SqlTypes.NAMED_ENUM)
	@Column(nullable = false)
	OrderState state;

	@JdbcTypeCode(SqlTypes.JSON)
	String attributes;

	String[] tags;

	@Lob
	String notes;

	@Column(columnDefinition = "text default 'n/a' not null")
	String giftMessage;

	@ManyToMany
	@JoinTable(name = "order_coupon", joinColumns = @JoinColumn(name = "order_id"),
			inverseJoinColumns = @JoinColumn(name = "coupon_code"))
	Set<Coupon> coupons;

}
