package dev.migrations.hibernate.shop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnDefault;

/**
 * An identity key, a unique column, enums by name and by ordinal, the three date-time kinds, an expression index, a
 * mixed-case index name, an element collection and a reference without a foreign key.
 */
@Entity
@Table(comment = "people who buy", indexes = { @Index(name = "ix_customer_lower_email", columnList = "(lower(email))"),
		@Index(name = "IX_Customer_Phone_Nickname", columnList = "phone, nickname") })
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(nullable = false, unique = true, length = 320)
	String email;

	@Column(comment = "as shown on invoices")
	String displayName;

	@Column(length = 20)
	String phone;

	@ColumnDefault("'n/a'")
	@Column(nullable = false)
	String nickname;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	CustomerStatus status;

	@Enumerated(EnumType.ORDINAL)
	Priority priority;

	@Column(nullable = false)
	Instant createdAt;

	LocalDateTime lastSeenLocal;

	LocalDate birthDate;

	@ElementCollection
	@CollectionTable(name = "customer_label", joinColumns = @JoinColumn(name = "customer_id"))
	@Column(name = "label", length = 40)
	Set<String> labels;

	@ManyToOne
	@JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
	Customer referrer;

	@Version
	long version;

}
