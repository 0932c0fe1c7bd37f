package dev.migrations.hibernate.shop;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key class of {@link Redemption}. */
public class RedemptionId implements Serializable {

	String couponCode;

	UUID customerReference;

	@Override
	public boolean equals(Object other) {
		return (other instanceof RedemptionId that) && Objects.equals(this.couponCode, that.couponCode)
				&& Objects.equals(this.customerReference, that.customerReference);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.couponCode, this.customerReference);
	}

}
