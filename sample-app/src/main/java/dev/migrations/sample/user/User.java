package dev.migrations.sample.user;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A user of the application, known by a unique email, stored lower-case. */
@Entity
@Table(name = "users",
		check = @CheckConstraint(name = "ck_users_email_lower_case", constraint = "email = lower(email)"))
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(length = 32)
	private String phoneNumber;

	@CreationTimestamp
	@ColumnDefault("now()")
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@UpdateTimestamp
	@ColumnDefault("now()")
	@Column(nullable = false)
	private Instant updatedAt;

	protected User() {
	}

	/** A new user; the email is stored lower-case, as the schema requires. */
	public User(String email, String phoneNumber) {
		this.email = normalize(email);
		this.phoneNumber = phoneNumber;
	}

	/** The email as stored: lower-case. */
	public static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	public UUID getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhoneNumber() {
		return this.phoneNumber;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
