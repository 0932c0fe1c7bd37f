package dev.migrations.autoconfigure.startup.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "accounts")
public class Account {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Account() {
	}

	public Account(UUID id, String email, Instant createdAt) {
		this.id = id;
		this.email = email;
		this.createdAt = createdAt;
	}

	public UUID getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

}
