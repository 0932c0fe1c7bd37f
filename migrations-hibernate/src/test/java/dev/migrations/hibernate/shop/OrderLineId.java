package dev.migrations.hibernate.shop;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/** An embedded key class: Hibernate orders its columns alphabetically. */
@Embeddable
public class OrderLineId implements Serializable {

	UUID orderId;

	int lineNumber;

	@Override
	public boolean equals(Object other) {
		return (other instanceof OrderLineId that) && Objects.equals(this.orderId, that.orderId)
				&& this.lineNumber == that.lineNumber;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.orderId, this.lineNumber);
	}

}
