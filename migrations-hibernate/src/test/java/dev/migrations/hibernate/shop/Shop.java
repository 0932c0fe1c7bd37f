package dev.migrations.hibernate.shop;

import java.util.List;
import java.util.Map;

import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.cfg.MappingSettings;

/**
 * The shop fixture: its entities and mapped superclass, as a scanner would find them, and settings an application
 * may map them with.
 */
public final class Shop {

	public static final List<Class<?>> CLASSES = List.of(Customer.class, Order.class, OrderLine.class, Coupon.class,
			Redemption.class, Invoice.class, Audited.class, Payment.class, CardPayment.class, Notification.class,
			EmailNotification.class, SmsNotification.class);

	/**
	 * Snake-case names, as Spring Boot maps by default: Boot's physical strategy is Hibernate's snake-case one; its
	 * implicit strategy (in {@code spring-boot-hibernate}, not on this module's path) names these entities as
	 * Hibernate's JPA-compliant one does.
	 */
	public static final Map<String, Object> SNAKE_CASE = Map.of(MappingSettings.PHYSICAL_NAMING_STRATEGY,
			PhysicalNamingStrategySnakeCaseImpl.class.getName(), MappingSettings.IMPLICIT_NAMING_STRATEGY,
			ImplicitNamingStrategyJpaCompliantImpl.class.getName());

	/**
	 * Hibernate's own names, camel case written bare for PostgreSQL to fold ({@code displayName} is
	 * {@code displayname}), and every enum a native enum type.
	 */
	public static final Map<String, Object> NATIVE_ENUMS = Map.of(MappingSettings.PREFER_NATIVE_ENUM_TYPES, true);

	private Shop() {
	}

}
