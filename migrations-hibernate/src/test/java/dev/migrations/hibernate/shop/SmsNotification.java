package dev.migrations.hibernate.shop;

import jakarta.persistence.Entity;

/** Another single-table subclass. */
@Entity
public class SmsNotification extends Notification {

	String phoneNumber;

}
