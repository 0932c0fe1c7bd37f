package dev.migrations.hibernate.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Check;
import org.hibernate.annotations.Comment;

/**
 * Another schema, a sequence with its own start and allocation size, a one-to-one key with a named foreign key,
 * Hibernate's own comment and check.
 */
@Entity
@Table(schema = "billing")
@Check(constraints = "amount >= 0")
@SuppressWarnings("deprecation")
public class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_number")
	@SequenceGenerator(name = "invoice_number", sequenceName = "invoice_number_seq", schema = "billing",
			initialValue = 1000, allocationSize = 10)
	Long number;

	@OneToOne(optional = false)
	@JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "FK_Invoice_Order"))
	Order order;

	@Column(precision = 19, scale = 4, nullable = false)
	@Comment("gross, in the currency of the order")
	BigDecimal amount;

}
